using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Security;

/// <summary>
/// Cross-site request forgery and response headers, for every endpoint the host maps (read from its endpoint metadata, so a
/// new screen or API call cannot escape): every state-changing screen route refuses a post without its antiforgery token
/// and changes nothing; every state-changing API call made with the session cookie needs the token in <c>X-CSRF-TOKEN</c>
/// (a bearer token needs none); every answer carries the security headers.
/// </summary>
public abstract class CsrfAndHeadersTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task EveryStateChangingScreenRoute_RefusesAPostWithoutItsAntiforgeryToken_AndChangesNothing()
    {
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var endpoints = HostEndpoints.All(App).Where(e => !e.IsApi && e.IsWrite && HostEndpoints.IsOn(App, e) && !e.Template.StartsWith("/status", StringComparison.Ordinal)
            // OpenID Connect protocol endpoints carry their own credential (ArchitectureTests names them); they take no cookie-based change.
            && !e.Template.StartsWith("/connect/", StringComparison.Ordinal)).ToList();
        Assert.True(endpoints.Count >= 20, $"Only {endpoints.Count} screen posts?");
        var before = await App.TableCountsAsync();
        var failures = new List<string>();

        foreach (var e in endpoints)
        {
            // A complete-looking form, as another site could post it: every simple field and a code that names nothing.
            var fields = e.SimpleFields.ToDictionary(f => f, _ => "1");
            fields["Code"] = "29999999";
            fields["Name"] = "跨站";
            var response = await screen.PostAsync(e.Url(HostEndpoint.Placeholder), new FormUrlEncodedContent(fields));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{e}: {(int)response.StatusCode}");
            }
            else if (!body.Contains("表单已失效", StringComparison.Ordinal))
            {
                failures.Add($"{e}: 400 without the expired-form page");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await App.TableCountsAsync());
    }

    [Fact]
    public async Task EveryStateChangingApiCall_WithTheSessionCookie_NeedsTheAntiforgeryHeader()
    {
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var endpoints = HostEndpoints.All(App).Where(e => e.IsApi && e.IsWrite && !e.IsAnonymous && HostEndpoints.IsOn(App, e)).ToList();
        Assert.True(endpoints.Count >= 20, $"Only {endpoints.Count} API writes?");
        var before = await App.TableCountsAsync();
        var failures = new List<string>();

        foreach (var e in endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(e.Method), e.Url(HostEndpoint.Placeholder))
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            var response = await screen.SendAsync(request);
            var code = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()
                : null;
            if (response.StatusCode != HttpStatusCode.BadRequest || code != "request.antiforgery")
            {
                failures.Add($"{e}: {(int)response.StatusCode} {code}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await App.TableCountsAsync());

        // With the page's token in the header the same cookie call goes through (here to its own validation).
        var token = await AdminAppFactory.AntiforgeryTokenOfAsync(screen, "/admin/outlets/new");
        using var withToken = new HttpRequestMessage(HttpMethod.Post, "/api/outlets") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        withToken.Headers.Add("X-CSRF-TOKEN", token);
        var accepted = await screen.SendAsync(withToken);
        Assert.Equal(HttpStatusCode.BadRequest, accepted.StatusCode);
        Assert.NotEqual("request.antiforgery", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        // A bearer token needs no antiforgery token.
        var api = await App.AdminApiClientAsync();
        var bearer = await api.PostAsync("/api/outlets", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.NotEqual("request.antiforgery", (await bearer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task EveryAnswer_CarriesTheSecurityHeaders()
    {
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var api = await App.AdminApiClientAsync();
        var anonymous = App.CreateBrowserLikeClient();
        var failures = new List<string>();
        var calls = 0;

        foreach (var e in HostEndpoints.All(App).Where(e => e.Method == "GET"))
        {
            foreach (var (who, client) in new[] { ("admin", e.IsApi ? api : screen), ("anonymous", anonymous) })
            {
                var response = await client.GetAsync(e.Url(HostEndpoint.Placeholder));
                calls++;
                var missing = Missing(response);
                if (missing.Count > 0)
                {
                    failures.Add($"{e} as {who} ({(int)response.StatusCode}): no {string.Join(", ", missing)}");
                }
            }
        }

        // Unknown routes, static files and error answers too.
        foreach (var path in new[] { "/no/such/page", "/api/no-such-thing", "/_content/Admin.Themes.TheAdmin/favicon.svg", "/status/500" })
        {
            var response = await anonymous.GetAsync(path);
            calls++;
            var missing = Missing(response);
            if (missing.Count > 0)
            {
                failures.Add($"{path} ({(int)response.StatusCode}): no {string.Join(", ", missing)}");
            }
        }

        Assert.True(calls >= 60, $"Only {calls} calls?");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static List<string> Missing(HttpResponseMessage response)
    {
        string? Header(string name) => response.Headers.TryGetValues(name, out var v) ? string.Join(",", v) : null;
        var missing = new List<string>();
        if (Header("X-Content-Type-Options") != "nosniff")
        {
            missing.Add("X-Content-Type-Options: nosniff");
        }

        if (Header("X-Frame-Options") != "DENY")
        {
            missing.Add("X-Frame-Options: DENY");
        }

        if (Header("Content-Security-Policy")?.Contains("frame-ancestors 'none'", StringComparison.Ordinal) != true)
        {
            missing.Add("Content-Security-Policy with frame-ancestors 'none'");
        }

        if (Header("Referrer-Policy") is null)
        {
            missing.Add("Referrer-Policy");
        }

        return missing;
    }
}

public sealed class CsrfAndHeadersTests_Sqlite(SqliteDatabase db) : CsrfAndHeadersTests(db), IClassFixture<SqliteDatabase>;

public sealed class CsrfAndHeadersTests_Postgres(PostgresDatabase db) : CsrfAndHeadersTests(db), IClassFixture<PostgresDatabase>;
