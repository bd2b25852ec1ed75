using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Admin.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Admin.Tests.Security;

/// <summary>
/// Two hosts on one PostgreSQL database, as behind a load balancer: a cookie and a bearer token issued by one are
/// accepted by the other (the data-protection keys live in the database), and a module switched off through one is
/// off on the other within <c>Modules:RefreshSeconds</c> (the production default, 2 s, not the tests' 0).
/// </summary>
public sealed partial class TwoHostTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const double RefreshSeconds = 2;

    private AdminAppFactory _one = null!;
    private AdminAppFactory _two = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("two_hosts");
        var settings = new Dictionary<string, string?> { ["Modules:RefreshSeconds"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        _one = new AdminAppFactory("Postgres", connectionString, settings);
        _ = _one.Server; // migrates and runs the setup recipe
        _two = new AdminAppFactory("Postgres", connectionString, settings);
        _ = _two.Server; // finds the database ready
    }

    public async Task DisposeAsync()
    {
        await _two.DisposeAsync();
        await _one.DisposeAsync();
        await PostgresServer.DropDatabaseAsync(_one.ConnectionString);
    }

    [Fact]
    public async Task ABearerToken_IssuedByOneHost_WorksOnTheOther()
    {
        var token = (await _one.AdminApiClientAsync()).DefaultRequestHeaders.Authorization!.Parameter!;

        var client = _two.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var response = await client.GetAsync("/api/outlets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenIddictTokens_AreSharedByTheHosts_AndAPasswordChangeOnOneEndsThemOnTheOther()
    {
        var login = await _one.CreateOperatorAsync(AdminAppFactory.HeadOffice, "Counter2024", "Auditor");
        var response = await _one.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = AdminAppFactory.HeadOffice, loginName = login, password = "Counter2024" });
        var tokens = (await response.Content.ReadFromJsonAsync<AdminAppFactory.TokenBody>())!;

        // Refreshed on host two, used on host one: one key set, one token store.
        var refreshed = await _two.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.RefreshToken }));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await refreshed.Content.ReadAsStringAsync());
        var onOne = _one.CreateClient();
        onOne.DefaultRequestHeaders.Authorization = new("Bearer", json.RootElement.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await onOne.GetAsync("/api/operators?limit=1")).StatusCode);

        // The password changed through host two: host one refuses the token at its next request.
        var onTwo = await _two.ApiClientAsync(AdminAppFactory.HeadOffice, login, "Counter2024");
        var changed = await onTwo.PostAsJsonAsync("/api/auth/change-password", new { oldPassword = "Counter2024", newPassword = "Other2024ok", confirmPassword = "Other2024ok" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onOne.GetAsync("/api/operators?limit=1")).StatusCode);
    }

    [Fact]
    public async Task ASessionCookie_IssuedByOneHost_WorksOnTheOther()
    {
        // Sign in on host one by hand, keeping the cookies as a browser would.
        var one = _one.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var loginPage = await one.GetAsync("/login");
        var cookies = Cookies(loginPage);
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(await loginPage.Content.ReadAsStringAsync()).Groups[1].Value);
        var post = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["OutletCode"] = AdminAppFactory.HeadOffice, ["LoginName"] = "admin", ["Password"] = AdminAppFactory.AdminPassword, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", cookies);
        var signedIn = await one.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = Cookies(signedIn);
        Assert.Contains("admin.auth=", session, StringComparison.Ordinal);

        // Host two accepts it: a page that needs a permission, and a form post with the antiforgery token of host one's page.
        var two = _two.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var page = new HttpRequestMessage(HttpMethod.Get, "/admin/outlets");
        page.Headers.Add("Cookie", session);
        var answered = await two.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        var anonymous = await two.GetAsync("/admin/outlets");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task AModuleSwitchedOffThroughOneHost_IsOffOnTheOther_WithinTheRefreshInterval()
    {
        var adminOne = await _one.AdminApiClientAsync();
        var adminTwo = await _two.AdminApiClientAsync();

        // On through host one: host two sees it within the interval.
        Assert.Equal(HttpStatusCode.OK, (await adminOne.PostAsJsonAsync("/api/modules", new { id = "Sample", enabled = true })).StatusCode);
        var on = await WaitForAsync(adminTwo, HttpStatusCode.OK);

        // Off through host one.
        Assert.Equal(HttpStatusCode.OK, (await adminOne.PostAsJsonAsync("/api/modules", new { id = "Sample", enabled = false })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminOne.GetAsync("/api/sample/ping")).StatusCode); // at once on the host that switched
        var off = await WaitForAsync(adminTwo, HttpStatusCode.NotFound);

        output.WriteLine($"host two saw the module on after {on.TotalSeconds:0.00} s, off after {off.TotalSeconds:0.00} s (Modules:RefreshSeconds = {RefreshSeconds})");
        Assert.True(off.TotalSeconds <= RefreshSeconds + 3, $"Host two still served the module {off.TotalSeconds:0.0} s after it was switched off.");
    }

    private static async Task<TimeSpan> WaitForAsync(HttpClient client, HttpStatusCode wanted)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            if ((await client.GetAsync("/api/sample/ping")).StatusCode == wanted)
            {
                return clock.Elapsed;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"Host two never answered {(int)wanted} for the sample module.");
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
