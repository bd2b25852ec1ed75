using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Admin.Tests.Security.Generated;

public abstract partial class OpenApiBadInputTests
{
    /// <summary>Malformed bodies to every write operation, many at once: Kestrel must not end a connection abnormally.</summary>
    [Fact]
    public async Task MalformedBodiesInParallel_LogStaysClean()
    {
        var (head, _) = await CallersAsync();
        var writes = HostEndpoints.All(App).Where(e => e.IsApi && e.IsWrite && HostEndpoints.IsOn(App, e) && e.ModuleId != "Till" && !e.Template.StartsWith("/api/auth/", StringComparison.Ordinal)).ToList();
        var bodies = new (string Label, Func<HttpContent> Content)[]
        {
            ("truncated JSON", () => new StringContent("{\"name\":\"abc", Encoding.UTF8, "application/json")),
            ("broken JSON", () => new StringContent("{\"items\":[null,}", Encoding.UTF8, "application/json")),
            ("deep JSON", () => new StringContent(new string('[', 5000) + new string(']', 5000), Encoding.UTF8, "application/json")),
            ("1 MB of junk as JSON", () => new StringContent("{\"x\":\"" + new string('y', 1_000_000), Encoding.UTF8, "application/json")),
            ("binary as JSON", () => new ByteArrayContent([0xff, 0xfe, 0x00, 0x7b, 0x22]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }),
            ("a form to a JSON operation", () => new FormUrlEncodedContent([new("a", "b\u0000"), new("c", new string('d', 200_000))])),
            ("multipart junk", () => new MultipartFormDataContent { { new ByteArrayContent(new byte[300_000]), "file", "x.csv" } }),
            ("text/plain", () => new StringContent("{}", Encoding.UTF8, "text/plain")),
            ("broken JSON arriving in pieces", () => new SlowContent("{\"name\":\"a\",\"items\":[{\"x\":", "1,}]}", chunked: false)),
            ("broken JSON chunked in pieces", () => new SlowContent("{\"value\":\"" + new string('z', 70_000), "\"]]", chunked: true)),
            ("NUL in JSON arriving in pieces", () => new SlowContent("{\"name\":\"a\\u0000", "b\"}", chunked: false)),
        };
        var pool = head.Own;
        var probes = writes.SelectMany(e => bodies.Select(b => (e, b))).SelectMany(x => Enumerable.Repeat(x, 3)).ToList();
        host.Log.Clear();
        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (x, ct) =>
        {
            var url = x.e.Url(p => pool.FirstOrDefault(v => HostEndpoint.Fits(p, v) && (HostEndpoint.Constraint(p) is not null || !Guid.TryParse(v, out _))) ?? HostEndpoint.Placeholder(p));
            var what = $"{x.e.Method} {url} {x.b.Label}";
            using var request = new HttpRequestMessage(new HttpMethod(x.e.Method), url) { Content = x.b.Content() };
            using (host.Log.InFlight(what))
            {
                using var response = await head.Client.SendAsync(request, ct);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Enqueue($"{(int)response.StatusCode} for {what}");
                }
            }
        });

        // The same bodies over raw connections, as scanners send them: cut off (announcing more than is sent, then closing),
        // behind "Expect: 100-continue", and arriving in two pieces.
        var token = head.Client.DefaultRequestHeaders.Authorization!.ToString();
        var raw = writes.Where(e => e.Parameters.Count == 0 || e.Parameters.All(p => pool.Any(v => HostEndpoint.Fits(p, v)))).Take(20).ToList();
        await Parallel.ForEachAsync(Enumerable.Range(0, 240), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var e = raw[i % raw.Count];
            var url = e.Url(p => pool.First(v => HostEndpoint.Fits(p, v)));
            var body = Encoding.UTF8.GetBytes((i / raw.Count % 3) switch { 0 => "{\"name\":", 1 => "{\"items\":[null,}", _ => "{\"x\":\"" + new string('y', 40_000) });
            var mode = i % 3;
            using (host.Log.InFlight($"raw {e.Method} {url} mode {mode}"))
            {
                await RawAsync(host.Database.BaseAddress!, e.Method, url, token, body, mode, ct);
            }
        });

        await Task.Delay(1000);
        output.WriteLine($"{probes.Count} malformed bodies to {writes.Count} write operations on {App.Provider}");
        Assert.True(failures.IsEmpty && host.Log.Entries.Count == 0,
            string.Join("\n", failures.Take(60).Concat(host.Log.Entries.Take(30).Select(l => "log: " + l))));
    }

    /// <summary>A body sent in two writes with a pause between (as a slow or far client's arrives), with or without a length.</summary>
    private sealed class SlowContent : HttpContent
    {
        private readonly string _first;
        private readonly string _second;
        private readonly bool _chunked;

        public SlowContent(string first, string second, bool chunked)
        {
            (_first, _second, _chunked) = (first, second, chunked);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(_first));
            await stream.FlushAsync();
            await Task.Delay(30);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(_second));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = Encoding.UTF8.GetByteCount(_first) + Encoding.UTF8.GetByteCount(_second);
            return !_chunked;
        }
    }

    /// <summary>One request on a connection of its own. Mode 0: the whole body in two pieces; 1: announces 100 bytes more than
    /// it sends, then closes; 2: waits for "100 Continue" first.</summary>
    private static async Task RawAsync(Uri server, string method, string url, string authorization, byte[] body, int mode, CancellationToken ct)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(server.Host, server.Port, ct);
        var length = body.Length + (mode == 1 ? 100 : 0);
        var head = $"{method} {url} HTTP/1.1\r\nHost: {server.Authority}\r\nAuthorization: {authorization}\r\nContent-Type: application/json\r\n"
            + $"Content-Length: {length}\r\n{(mode == 2 ? "Expect: 100-continue\r\n" : "")}\r\n";
        try
        {
            await socket.SendAsync(Encoding.ASCII.GetBytes(head), ct);
            await Task.Delay(mode == 2 ? 10 : 0, ct);
            await socket.SendAsync(body.AsMemory(0, body.Length / 2), ct);
            await Task.Delay(5, ct);
            await socket.SendAsync(body.AsMemory(body.Length / 2), ct);
            if (mode == 1)
            {
                await Task.Delay(30, ct);
                return;
            }

            var buffer = new byte[65536];
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await socket.ReceiveAsync(buffer, timeout.Token);
        }
        catch (Exception x) when (x is SocketException or OperationCanceledException)
        {
            // The host may close first: what matters is its log.
        }
    }
}
