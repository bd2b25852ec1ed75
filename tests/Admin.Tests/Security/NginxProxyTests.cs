using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Admin.Kernel.Audit;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Security;

/// <summary>
/// The host behind Debian's nginx terminating TLS (self-signed certificate), configured exactly as the README's deployment
/// section shows. The client connects from 127.0.0.3, nginx reaches the host from 127.0.0.2 (the only listed proxy), so
/// "the client's address" and "the proxy's" differ on one machine. Behind the proxy: Secure cookies, https redirects, HSTS,
/// the client's address in the audit trail. Straight to the host from an unlisted address, forged X-Forwarded-* headers
/// change nothing.
/// </summary>
public sealed class NginxProxyTests(NginxProxyTests.Host host) : IClassFixture<NginxProxyTests.Host>
{
    private const string ClientAddress = "127.0.0.3";
    private const string ProxyAddress = "127.0.0.2";

    public sealed class Host : SqliteDatabase
    {
        protected override bool RealServer => true;

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies"] = ProxyAddress };

        // HSTS and the https redirect are what a deployed (non-Development) host does.
        protected override void ConfigureHost(IWebHostBuilder builder) => builder.UseEnvironment("Production");
    }

    [Fact]
    public async Task BehindNginx_SecureCookies_HttpsRedirects_Hsts_ClientAddressAudited_ForgedHeadersIgnored()
    {
        const string nginx = "/usr/sbin/nginx";
        Assert.True(File.Exists(nginx), "nginx is missing: apt-get install -y nginx");
        var dir = Directory.CreateTempSubdirectory("admin-nginx-").FullName;
        var (tls, plain) = (FreePort(), FreePort());
        Process? proxy = null;
        try
        {
            Run("openssl", $"req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=admin.test -keyout {dir}/key.pem -out {dir}/cert.pem");
            await File.WriteAllTextAsync(Path.Combine(dir, "nginx.conf"), Config(dir, tls, plain, host.BaseAddress!));
            proxy = Process.Start(new ProcessStartInfo(nginx, $"-e {dir}/error.log -p {dir} -c {dir}/nginx.conf") { RedirectStandardError = true, RedirectStandardOutput = true })!;
            await WaitForPortAsync(tls, proxy, dir);

            // Through nginx over TLS, from the client's own address.
            using var client = Client(new Uri($"https://admin.test:{tls}"), ClientAddress, tls);
            var challenge = await client.GetAsync("/admin/outlets");
            Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
            Assert.StartsWith($"https://admin.test:{tls}/login", challenge.Headers.Location!.ToString(), StringComparison.Ordinal);
            var login = await client.GetAsync("/login");
            Assert.True(login.Headers.Contains("Strict-Transport-Security"), "No HSTS behind the proxy");
            Assert.Contains(Cookies(login), c => c.StartsWith("admin.af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
            var opLogin = await host.App.CreateOperatorAsync(AdminAppFactory.HeadOffice, OperatorsTestKit.Password);
            var signIn = await AdminAppFactory.PostFormAsync(client, "/login", "/login",
                new() { ["OutletCode"] = AdminAppFactory.HeadOffice, ["LoginName"] = opLogin, ["Password"] = OperatorsTestKit.Password });
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Contains(Cookies(signIn), c => c.StartsWith("admin.auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
            Assert.False(signIn.Headers.Location!.IsAbsoluteUri && signIn.Headers.Location.Scheme != "https", $"Redirect {signIn.Headers.Location}");
            Assert.Equal(ClientAddress, string.Join(",", await AuditedAddressesAsync(opLogin)));

            // Straight to the host from an unlisted address (loopback), with forged forwarded headers: ignored.
            using var direct = Client(host.BaseAddress!, "127.0.0.1", null);
            direct.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.9");
            direct.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            var forgedLogin = await direct.GetAsync("/login");
            Assert.False(forgedLogin.Headers.Contains("Strict-Transport-Security"), "HSTS sent on plain http from an unlisted address");
            Assert.DoesNotContain(Cookies(forgedLogin), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
            var forgedChallenge = await direct.GetAsync("/admin/outlets");
            Assert.StartsWith("http://", forgedChallenge.Headers.Location!.ToString(), StringComparison.Ordinal);
            var other = await host.App.CreateOperatorAsync(AdminAppFactory.HeadOffice, OperatorsTestKit.Password);
            var forgedSignIn = await AdminAppFactory.PostFormAsync(direct, "/login", "/login",
                new() { ["OutletCode"] = AdminAppFactory.HeadOffice, ["LoginName"] = other, ["Password"] = OperatorsTestKit.Password });
            Assert.Equal(HttpStatusCode.Redirect, forgedSignIn.StatusCode);
            Assert.DoesNotContain(Cookies(forgedSignIn), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
            Assert.Equal("127.0.0.1", string.Join(",", await AuditedAddressesAsync(other)));
        }
        finally
        {
            if (proxy is { HasExited: false })
            {
                proxy.Kill(entireProcessTree: true);
                await proxy.WaitForExitAsync();
            }

            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The README's nginx configuration, on test ports and paths, in a foreground nginx of its own.</summary>
    private static string Config(string dir, int tls, int plain, Uri upstream)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var server = Regex.Match(readme, "### Deployment behind nginx.*?```nginx\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(server), "No ```nginx block in the README's deployment section");
        server = server.Replace("listen 443 ssl;", $"listen 127.0.0.1:{tls} ssl;", StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{plain};", StringComparison.Ordinal)
            .Replace("/etc/ssl/admin-console/", dir + "/", StringComparison.Ordinal)
            .Replace("http://127.0.0.1:5080", upstream.ToString().TrimEnd('/'), StringComparison.Ordinal);
        return $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{dir}}/nginx.pid;
            error_log {{dir}}/error.log warn;
            events { worker_connections 64; }
            http {
                access_log off;
                client_body_temp_path {{dir}}/body;
                proxy_temp_path {{dir}}/proxy;
                fastcgi_temp_path {{dir}}/fastcgi;
                uwsgi_temp_path {{dir}}/uwsgi;
                scgi_temp_path {{dir}}/scgi;
                proxy_bind {{ProxyAddress}};
            {{server}}
            }
            """;
    }

    private async Task<string?[]> AuditedAddressesAsync(string login) =>
        await host.App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.OperatorLogin == login).Select(e => e.ClientIp).Distinct().ToArrayAsync());

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    /// <summary>A client whose connections start from <paramref name="from"/>, to <paramref name="port"/> on loopback (or the URI's).</summary>
    private static HttpClient Client(Uri baseAddress, string from, int? port)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse(from), 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port ?? context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port, Process proxy, string dir)
    {
        for (var i = 0; i < 100; i++)
        {
            Assert.False(proxy.HasExited, $"nginx exited: {await proxy.StandardError.ReadToEndAsync()} {(File.Exists($"{dir}/error.log") ? await File.ReadAllTextAsync($"{dir}/error.log") : "")}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail("nginx did not listen within 10 s");
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {arguments}: {error}");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Admin.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Admin.sln not found above " + AppContext.BaseDirectory);
    }
}
