using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Security;

/// <summary>
/// A NUL character (U+0000) in a query string, a route value or a screen's form field is refused before anything is bound,
/// for every endpoint the host maps (read from its endpoint metadata): the API answers 400 <c>request.nulCharacter</c>
/// naming the field, a screen a 400 page saying what is wrong, never a 500, and nothing changes. JSON bodies are covered
/// by the bad-input suite.
/// </summary>
public abstract class NulCharacterTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task EveryGet_WithNulInItsQuery_IsRefusedNamingTheField()
    {
        var api = await App.AdminApiClientAsync();
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var endpoints = HostEndpoints.All(App).Where(e => e.Method == "GET" && HostEndpoints.IsOn(App, e) && !NotMvc(e)).ToList();
        Assert.True(endpoints.Count >= 40, $"Only {endpoints.Count} GET endpoints?");
        var failures = new List<string>();

        foreach (var e in endpoints)
        {
            var query = string.Join("&", e.SimpleFields.Append("search").Distinct().Select(f => $"{f}=a%00b"));
            var response = await (e.IsApi ? api : screen).GetAsync(e.Url(HostEndpoint.Placeholder) + "?" + query);
            var failure = await RefusalProblemAsync(e, response, "search");
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryScreenPost_WithNulInAFormField_IsRefused_AndChangesNothing()
    {
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var token = await AdminAppFactory.AntiforgeryTokenOfAsync(screen, "/admin/outlets/new");
        var endpoints = HostEndpoints.All(App).Where(e => !e.IsApi && e.IsWrite && HostEndpoints.IsOn(App, e) && !NotMvc(e)).ToList();
        Assert.True(endpoints.Count >= 20, $"Only {endpoints.Count} screen posts?");
        var before = await App.TableCountsAsync();
        var failures = new List<string>();

        foreach (var e in endpoints)
        {
            // A complete-looking form from this console (valid token) whose code holds a NUL: without the guard, some would
            // reach the database.
            var fields = e.SimpleFields.ToDictionary(f => f, _ => "1");
            fields["Code"] = "2999\09999";
            fields["Name"] = "空\0字符";
            fields["__RequestVerificationToken"] = token;
            var response = await screen.PostAsync(e.Url(HostEndpoint.Placeholder), new FormUrlEncodedContent(fields));
            var failure = await RefusalProblemAsync(e, response, "Code");
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await App.TableCountsAsync());

        // Still signed in (the sign-out post was refused too), and the same form without the NUL goes through to its own checks.
        var again = await screen.GetAsync("/admin/outlets");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task ApiWrite_WithNulInTheQuery_IsRefusedBeforeTheBody()
    {
        var api = await App.AdminApiClientAsync();
        var before = await App.TableCountsAsync();
        var response = await api.PostAsJsonAsync("/api/outlets?note=x%00", new { code = "29990001", name = "NUL", type = "Outlet", parentCode = AdminAppFactory.HeadOffice });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("request.nulCharacter", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("note", out _), problem.ToString());
        Assert.Equal(before, await App.TableCountsAsync());
    }

    // The status pages, the health check and the OpenAPI document read no input.
    private static bool NotMvc(HostEndpoint e) => e.Template.StartsWith("/status", StringComparison.Ordinal)
        || e.Template.StartsWith("/health", StringComparison.Ordinal) || e.Template.StartsWith("/openapi", StringComparison.Ordinal);

    private static async Task<string?> RefusalProblemAsync(HostEndpoint e, HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500)
        {
            return $"{e}: {(int)response.StatusCode}";
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized || response.StatusCode == HttpStatusCode.Forbidden)
        {
            return null; // refused before (sign-in / permission), which is fine
        }

        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return $"{e}: {(int)response.StatusCode}, not 400";
        }

        if (e.Template.StartsWith("/connect/", StringComparison.Ordinal))
        {
            // OpenID Connect protocol endpoints answer the protocol's own error, which OAuth clients understand.
            return body.Contains("\"invalid_request\"", StringComparison.Ordinal) ? null : $"{e}: 400 without invalid_request: {body}";
        }

        if (e.IsApi)
        {
            using var json = JsonDocument.Parse(body);
            var code = json.RootElement.GetProperty("code").GetString();
            var camel = char.ToLowerInvariant(field[0]) + field[1..];
            return code != "request.nulCharacter" ? $"{e}: 400 {code}"
                : json.RootElement.GetProperty("errors").TryGetProperty(camel, out _) ? null : $"{e}: the problem does not name '{camel}': {body}";
        }

        return body.Contains("空字符", StringComparison.Ordinal) ? null : $"{e}: 400 without the NUL page";
    }
}

public sealed class NulCharacterTests_Sqlite(SqliteDatabase db) : NulCharacterTests(db), IClassFixture<SqliteDatabase>;

public sealed class NulCharacterTests_Postgres(PostgresDatabase db) : NulCharacterTests(db), IClassFixture<PostgresDatabase>;
