using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Xunit.Abstractions;

namespace Admin.Tests.Security.Generated;

/// <summary>
/// The bad-input suite generated from the host's own OpenAPI document (<c>/openapi/v1.json</c>), like the authorisation
/// matrix is generated from endpoint metadata: every query, path and body field of every operation gets the hostile values
/// of its schema type (<see cref="OpenApiValues"/>), one field at a time, as a head-office operator holding every
/// permission and as an outlet operator (whose "other outlet" values are another outlet's ids and codes); date ranges are
/// also sent backwards and across the whole calendar. Every answer must be 2xx or 4xx, a 4xx with a problem-details body;
/// the host runs on Kestrel with its log captured (<see cref="HostLog"/>), and any error or Kestrel warning in it
/// (an unhandled exception, "Connection processing ended abnormally") fails the test and names the requests in flight.
/// A new operation is covered the moment it is in the document. Requests go 8 at a time on one host per database.
/// </summary>
public abstract partial class OpenApiBadInputTests(ILoggedHost host, ITestOutputHelper output)
{
    private const int Parallelism = 8;

    private AdminAppFactory App => host.Database.App;

    private sealed record Probe(string Method, string Url, JsonNode? Body, string Description, bool Anonymous);

    private sealed record Caller(string Role, HttpClient Client, IReadOnlyList<string> Own, IReadOnlyList<string> Foreign);

    [Fact]
    public async Task EveryOperation_HostileValuesOfEachFieldsType_No5xx_ProblemDetails_CleanLog()
    {
        var (head, outlet) = await CallersAsync();
        using var document = JsonDocument.Parse(await head.Client.GetStringAsync("/openapi/v1.json"));
        var api = new OpenApiValues(document);
        // The test-only till module deliberately throws (it proves rollback); sign-out and password changes end the caller's session: last.
        var operations = api.Operations().Where(o => !o.Path.StartsWith("/api/till", StringComparison.Ordinal)).ToList();
        Assert.True(operations.Count >= 90, $"Only {operations.Count} operations in the OpenAPI document?");
        static bool Last(ApiOperation o) => o.Path.StartsWith("/api/auth/", StringComparison.Ordinal);

        host.Log.Clear();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        var total = 0;
        foreach (var caller in new[] { outlet, head })
        {
            var random = new Random(20261207);
            var probes = operations.Where(o => !Last(o)).SelectMany(o => Probes(api, o, caller, random)).ToList();
            await SendAllAsync(caller, probes, failures, statuses, Parallelism);
            var last = operations.Where(Last).SelectMany(o => Probes(api, o, caller, random)).ToList();
            await SendAllAsync(caller, last, failures, statuses, 1);
            total += probes.Count + last.Count;
        }

        await Task.Delay(500); // Kestrel logs an abnormal end of a connection after the answer
        output.WriteLine($"{total} requests over {operations.Count} operations in {clock.Elapsed.TotalSeconds:0.0} s on {App.Provider}; statuses: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(failures.IsEmpty && host.Log.Entries.Count == 0,
            string.Join("\n", failures.Take(60).Concat(host.Log.Entries.Take(30).Select(l => "log: " + l))));
    }

    private async Task SendAllAsync(Caller caller, List<Probe> probes, ConcurrentQueue<string> failures, ConcurrentDictionary<int, int> statuses, int parallelism)
    {
        await Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (probe, ct) =>
        {
            var what = $"{caller.Role}: {probe.Method} {Short(probe.Url)} {probe.Description}";
            using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url);
            if (probe.Body is not null || probe.Method is "POST" or "PUT")
            {
                request.Content = new StringContent(probe.Body?.ToJsonString() ?? "null", Encoding.UTF8, "application/json");
            }

            HttpResponseMessage response;
            using (host.Log.InFlight(what))
            {
                response = await caller.Client.SendAsync(request, ct);
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                var text = await response.Content.ReadAsStringAsync(ct);
                if (status >= 500)
                {
                    failures.Enqueue($"{status} for {what}: {Short(text)}");
                }
                else if (status == 401 && !probe.Anonymous && !probe.Url.StartsWith("/api/auth/", StringComparison.Ordinal))
                {
                    failures.Enqueue($"401 for {what}: the caller was signed out, so the rest of the run proves nothing");
                }
                else if (status >= 400 && !IsProblem(response, text))
                {
                    failures.Enqueue($"{status} without a problem-details body for {what}: {response.Content.Headers.ContentType} {Short(text)}");
                }
            }
        });
    }

    private static bool IsProblem(HttpResponseMessage response, string text)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        // A validation problem names its fields; any other names its kind by code.
        return root.TryGetProperty("status", out _) && root.TryGetProperty("code", out _)
            && (!root.TryGetProperty("errors", out var errors) || errors.EnumerateObject().Any());
    }

    /// <summary>Every probe of one operation for one caller.</summary>
    private static IEnumerable<Probe> Probes(OpenApiValues api, ApiOperation op, Caller caller, Random random)
    {
        string? Pick(IReadOnlyList<string> pool, string kind)
        {
            var fitting = pool.Where(v => Guid.TryParse(v, out _) == (kind == "uuid")).ToList();
            return fitting.Count == 0 ? null : fitting[random.Next(fitting.Count)];
        }

        string? Own(string kind) => Pick(caller.Own, kind);
        string? Foreign(string kind) => Pick(caller.Foreign, kind);
        var anonymous = op.Path is "/api/auth/token" or "/api/auth/refresh";

        // The values the other path parameters keep while one is spoiled: real ones of the caller's outlet.
        var paths = op.Parameters.Where(p => p.In == "path").ToDictionary(p => p.Name,
            p => OpenApiValues.UrlText(api.Sample(p.Schema, Own)) ?? "x");
        var body = op.Body is { } schema ? api.Sample(schema, Own) : null;

        string Url(string? spoiled, string? value, IEnumerable<(string Name, string Value)> query)
        {
            var path = op.Path;
            foreach (var (name, real) in paths)
            {
                path = path.Replace("{" + name + "}", Uri.EscapeDataString(name == spoiled ? value ?? "" : real), StringComparison.Ordinal);
            }

            var q = string.Join("&", query.Select(x => $"{Uri.EscapeDataString(x.Name)}={Uri.EscapeDataString(x.Value)}"));
            return q.Length == 0 ? path : path + "?" + q;
        }

        yield return new Probe(op.Method, Url(null, null, []), body?.DeepClone(), "(sample values)", anonymous);
        foreach (var p in op.Parameters)
        {
            foreach (var v in api.Values(p.Schema, inUrl: true, Own, Foreign))
            {
                var text = OpenApiValues.UrlText(v.Value);
                if (p.In == "path")
                {
                    // A path segment cannot be empty or hold a NUL or "/" and still reach the operation.
                    if (!string.IsNullOrEmpty(text) && !text.Contains('\0', StringComparison.Ordinal))
                    {
                        yield return new Probe(op.Method, Url(p.Name, text, []), body?.DeepClone(), $"{p.Name}: {v.Label}", anonymous);
                    }
                }
                else if (text is not null)
                {
                    yield return new Probe(op.Method, Url(null, null, [(p.Name, text)]), body?.DeepClone(), $"{p.Name}: {v.Label}", anonymous);
                }
            }
        }

        var from = op.Parameters.FirstOrDefault(p => p.In == "query" && p.Name.Equals("from", StringComparison.OrdinalIgnoreCase));
        var to = op.Parameters.FirstOrDefault(p => p.In == "query" && p.Name.Equals("to", StringComparison.OrdinalIgnoreCase));
        if (from is not null && to is not null)
        {
            yield return new Probe(op.Method, Url(null, null, [(from.Name, "9999-12-31"), (to.Name, "0001-01-01")]), null, "range backwards across the calendar", anonymous);
            yield return new Probe(op.Method, Url(null, null, [(from.Name, "0001-01-01"), (to.Name, "9999-12-31")]), null, "the whole calendar", anonymous);
            yield return new Probe(op.Method, Url(null, null, [(from.Name, "2026-12-07"), (to.Name, "2026-12-01")]), null, "range backwards", anonymous);
        }

        if (body is null)
        {
            yield break;
        }

        yield return new Probe(op.Method, Url(null, null, []), null, "body: null", anonymous);
        yield return new Probe(op.Method, Url(null, null, []), new JsonArray(), "body: an array", anonymous);
        var bodySchema = api.Resolve(op.Body!.Value);
        if (!bodySchema.TryGetProperty("properties", out var properties))
        {
            yield break;
        }

        foreach (var field in properties.EnumerateObject())
        {
            foreach (var v in api.Values(field.Value, inUrl: false, Own, Foreign))
            {
                var spoiled = body.DeepClone().AsObject();
                spoiled[field.Name] = v.Value?.DeepClone();
                yield return new Probe(op.Method, Url(null, null, []), spoiled, $"{field.Name}: {v.Label}", anonymous);
            }

            // A list of objects: each field of its element too (items[0].quantity).
            var fieldSchema = api.Resolve(field.Value);
            if (OpenApiValues.TypeOf(fieldSchema) == "array" && fieldSchema.TryGetProperty("items", out var items)
                && api.Resolve(items) is var element && element.TryGetProperty("properties", out var elementProperties))
            {
                foreach (var inner in elementProperties.EnumerateObject())
                {
                    foreach (var v in api.Values(inner.Value, inUrl: false, Own, Foreign).Where(v => !v.Label.Contains("10,000", StringComparison.Ordinal)))
                    {
                        var spoiled = body.DeepClone().AsObject();
                        var e = api.Sample(items, Own)!.AsObject();
                        e[inner.Name] = v.Value?.DeepClone();
                        spoiled[field.Name] = new JsonArray(e);
                        yield return new Probe(op.Method, Url(null, null, []), spoiled, $"{field.Name}[0].{inner.Name}: {v.Label}", anonymous);
                    }
                }
            }
        }
    }

    /// <summary>A head-office operator with every permission, and an outlet operator of a test outlet; their pools of ids.</summary>
    private async Task<(Caller Head, Caller Outlet)> CallersAsync()
    {
        var target = await App.CreateOutletAsync();
        var other = await App.CreateOutletAsync();
        var all = HostEndpoints.AllPermissions(App).ToArray();
        var (_, loginT, _) = await App.CreateOperatorWithGrantsAsync(target, all);
        var (_, loginO, _) = await App.CreateOperatorWithGrantsAsync(other, all);
        var (_, loginH, _) = await App.CreateOperatorWithGrantsAsync(AdminAppFactory.HeadOffice, all);
        var loginOp = await App.CreateOperatorAsync(target, OperatorsTestKit.Password, Admin.Kernel.Permissions.DefaultRoles.OutletOperator);
        var seenT = await HostEndpoints.VisibleValuesAsync(App, await App.ApiClientAsync(target, loginT, OperatorsTestKit.Password));
        var seenO = await HostEndpoints.VisibleValuesAsync(App, await App.ApiClientAsync(other, loginO, OperatorsTestKit.Password));
        // What only the target outlet sees is its own; what only the other sees is out of the outlet operator's reach.
        var own = seenT.Except(seenO).Append(target).Distinct().OrderBy(v => v, StringComparer.Ordinal).ToList();
        var foreign = seenO.Except(seenT).Append(other).Distinct().OrderBy(v => v, StringComparer.Ordinal).ToList();
        var head = new Caller("head office", await App.ApiClientAsync(AdminAppFactory.HeadOffice, loginH, OperatorsTestKit.Password), own, []);
        var outlet = new Caller("outlet operator", await App.ApiClientAsync(target, loginOp, OperatorsTestKit.Password), own, foreign);
        return (head, outlet);
    }

    private static string Short(string s) => s.Length > 240 ? s[..240] + $"…({s.Length} chars)" : s;
}

[Trait("Category", "BadInput")]
public sealed class OpenApiBadInputTests_Sqlite(LoggedSqliteHost host, ITestOutputHelper output) : OpenApiBadInputTests(host, output), IClassFixture<LoggedSqliteHost>;

[Trait("Category", "BadInput")]
public sealed class OpenApiBadInputTests_Postgres(LoggedPostgresHost host, ITestOutputHelper output) : OpenApiBadInputTests(host, output), IClassFixture<LoggedPostgresHost>;
