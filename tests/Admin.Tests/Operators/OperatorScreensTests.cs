using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Modules.Operators.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Admin.Tests.Operators.OperatorsTestKit;

namespace Admin.Tests.Operators;

/// <summary>The operator, role and profile screens through the real host (cookie sign-in, antiforgery tokens).</summary>
public abstract partial class OperatorScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private Task<HttpClient> AdminScreensAsync() => App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);

    [Fact]
    public async Task OperatorsList_AsAdministrator_Is200_WithFiltersAndRows()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, Password, "Auditor");
        var client = await AdminScreensAsync();

        var response = await client.GetAsync($"/admin/operators?outlet={outlet}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"operator-filters\"", html);
        Assert.Contains($"value=\"{outlet}\"", html);
        Assert.Contains(login, html);
        Assert.Contains($"data-href=\"/admin/operators/{await App.IdOfAsync(outlet, login)}\"", html);
        Assert.Contains($"/admin/operators/export.csv?outlet={outlet}", html);
    }

    [Fact]
    public async Task OperatorsList_InChinese_SpeaksChinese()
    {
        var client = await AdminScreensAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var html = await client.GetStringAsync("/admin/operators");

        Assert.Contains("<h1 class=\"h3 mb-0\">操作员</h1>", html);
        Assert.Contains("新增操作员", html);
    }

    [Fact]
    public async Task Create_ThroughTheForm_ShowsTheTemporaryPasswordOnce()
    {
        var outlet = await App.CreateOutletAsync();
        var login = Codes.NewLoginName();
        var client = await AdminScreensAsync();

        var response = await AdminAppFactory.PostFormAsync(client, "/admin/operators/new", "/admin/operators/new", new()
        {
            ["OutletCode"] = outlet, ["LoginName"] = login, ["DisplayName"] = "李娜", ["EmployeeNumber"] = "E-9", ["Roles"] = "Reviewer",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        var password = TemporaryPassword().Match(html).Groups[1].Value;
        Assert.Equal(10, password.Length);
        // Not carried in a cookie (TempData; reading the notices may only clear it) nor shown again.
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider=", StringComparison.Ordinal) && !c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider=;", StringComparison.Ordinal));
        var id = await App.IdOfAsync(outlet, login);
        var record = await client.GetStringAsync($"/admin/operators/{id}");
        Assert.DoesNotContain(password, record);
        Assert.Contains("data-badge=\"must-change\"", record);
        Assert.Contains("Operator.Create", record);
        var (status, _, token) = await App.TokenAsync(outlet, login, password);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(token!.MustChangePassword);
    }

    [Fact]
    public async Task CreateForm_OffersTheOutletsAsAPicker_NotFreeTextOnly()
    {
        var outlet = await App.CreateOutletAsync();
        var client = await AdminScreensAsync();

        var html = await client.GetStringAsync("/admin/operators/new");

        Assert.Contains("list=\"outlet-choices\"", html);
        Assert.Contains($"<option value=\"{outlet}\"", html);
        // Still offered when the form comes back with an error.
        var again = await (await AdminAppFactory.PostFormAsync(client, "/admin/operators/new", "/admin/operators/new", new() { ["OutletCode"] = outlet, ["LoginName"] = "", ["DisplayName"] = "" })).Content.ReadAsStringAsync();
        Assert.Contains($"<option value=\"{outlet}\"", again);
    }

    [Fact]
    public async Task Create_WithErrors_RedisplaysTheFormWithWhatWasTyped()
    {
        var client = await AdminScreensAsync();

        var response = await AdminAppFactory.PostFormAsync(client, "/admin/operators/new", "/admin/operators/new", new()
        {
            ["OutletCode"] = "99999999", ["LoginName"] = "ok.name", ["DisplayName"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("ta-validation-summary", html);
        Assert.Contains("value=\"ok.name\"", html);
        Assert.Contains("There is no outlet 99999999.", html);
        Assert.DoesNotContain("temporary-password", html);
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRefused()
    {
        var outlet = await App.CreateOutletAsync();
        var login = Codes.NewLoginName();
        var client = await AdminScreensAsync();

        var response = await client.PostAsync("/admin/operators/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["OutletCode"] = outlet, ["LoginName"] = login, ["DisplayName"] = "Forged",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await App.WithDbAsync(d => d.Set<Operator>().AnyAsync(o => o.LoginName == login)));
    }

    [Fact]
    public async Task ApiCall_WithTheSessionCookie_NeedsTheAntiforgeryToken()
    {
        var outlet = await App.CreateOutletAsync();
        var id = await App.IdOfAsync(outlet, await App.CreateOperatorAsync(outlet, Password));
        var client = await AdminScreensAsync();

        var forged = await client.PostAsync($"/api/operators/{id}/reset-password", null);

        await AssertProblemAsync(forged, HttpStatusCode.BadRequest, "request.antiforgery");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/operators/{id}")).StatusCode);
        var page = await client.GetStringAsync("/admin/operators");
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/operators/{id}/reset-password");
        request.Headers.Add("X-CSRF-TOKEN", token);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Edit_Stale_ShowsTheCurrentValues_AndASecondSaveReapplies()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, Password);
        var id = await App.IdOfAsync(outlet, login);
        var client = await AdminScreensAsync();
        var form = await client.GetStringAsync($"/admin/operators/{id}/edit");
        var version = VersionField().Match(form).Groups[1].Value;
        var api = await App.AdminApiClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/operators/{id}", new { displayName = "Changed elsewhere", version })).StatusCode);

        var stale = await AdminAppFactory.PostFormAsync(client, $"/admin/operators/{id}/edit", $"/admin/operators/{id}/edit", new()
        {
            ["DisplayName"] = "Mine", ["Version"] = version,
        });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("id=\"stale-edit\"", html);
        Assert.Contains("Changed elsewhere", html);
        Assert.Contains("value=\"Mine\"", html);
        var current = VersionField().Match(html).Groups[1].Value;
        Assert.NotEqual(version, current);

        var again = await AdminAppFactory.PostFormAsync(client, $"/admin/operators/{id}/edit", $"/admin/operators/{id}/edit", new()
        {
            ["DisplayName"] = "Mine", ["Version"] = current,
        });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Mine", await App.WithDbAsync(d => d.Set<Operator>().Where(o => o.Id == id).Select(o => o.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task RecordPage_ShowsTheActionsAllowedNow_AndResetShowsThePasswordOnce()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, Password, "Auditor");
        var id = await App.IdOfAsync(outlet, login);
        var client = await AdminScreensAsync();

        var record = await client.GetStringAsync($"/admin/operators/{id}");
        Assert.Contains("id=\"reset-password\"", record);
        Assert.Contains("id=\"disable\"", record);
        Assert.DoesNotContain("id=\"unlock\"", record);
        Assert.Contains("data-permission=\"Operators.View\"", record);

        var reset = await AdminAppFactory.PostFormAsync(client, $"/admin/operators/{id}", $"/admin/operators/{id}/reset-password", new());
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var password = TemporaryPassword().Match(await reset.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.True((await App.TokenAsync(outlet, login, password)).Token!.MustChangePassword);

        var disable = await AdminAppFactory.PostFormAsync(client, $"/admin/operators/{id}", $"/admin/operators/{id}/disable", new());
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        var after = await client.GetStringAsync($"/admin/operators/{id}");
        Assert.Contains("data-badge=\"disabled\"", after);
        Assert.Contains("id=\"enable\"", after);
    }

    [Fact]
    public async Task LoginNameScreen_ChangesTheLoginId()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, Password);
        var id = await App.IdOfAsync(outlet, login);
        var client = await AdminScreensAsync();
        var renamed = Codes.NewLoginName();
        var form = await client.GetStringAsync($"/admin/operators/{id}/login-name");

        var response = await AdminAppFactory.PostFormAsync(client, $"/admin/operators/{id}/login-name", $"/admin/operators/{id}/login-name", new()
        {
            ["LoginName"] = renamed, ["Version"] = VersionField().Match(form).Groups[1].Value,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await App.TokenAsync(outlet, renamed, Password)).Status);
    }

    [Fact]
    public async Task PermissionsScreen_ShowsSources_AndGrantsDirectly()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, Password, "Auditor");
        var id = await App.IdOfAsync(outlet, login);
        var client = await AdminScreensAsync();

        var page = await client.GetStringAsync($"/admin/operators/{id}/permissions");
        Assert.Contains("data-module=\"Operators\"", page);
        Assert.Contains("data-source=\"role\"", page);

        var grant = await AdminAppFactory.PostFormAsync(client, $"/admin/operators/{id}/permissions", $"/admin/operators/{id}/permissions/grant", new() { ["permission"] = "Outlets.Manage" });
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        Assert.Contains("data-source=\"direct\"", await client.GetStringAsync($"/admin/operators/{id}/permissions"));
    }

    [Fact]
    public async Task OutletOperator_OpeningAnotherOutletsOperator_Gets404()
    {
        var outletA = await App.CreateOutletAsync();
        var outletB = await App.CreateOutletAsync();
        var viewer = await App.CreateOperatorWithGrantsAsync(outletA, "Operators.View");
        var strangerId = await App.IdOfAsync(outletB, await App.CreateOperatorAsync(outletB, Password));
        var client = await App.ScreenClientAsync(outletA, viewer.Login, Password);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/operators/{strangerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/admin/operators/{viewer.Id}")).StatusCode);
        Assert.DoesNotContain("id=\"create-operator\"", await client.GetStringAsync("/admin/operators"));
    }

    [Fact]
    public async Task RoleScreens_ListCreateEdit_AndTheAdministratorRoleHasNoDelete()
    {
        var client = await AdminScreensAsync();
        var name = "Role " + Guid.NewGuid().ToString("N")[..8];

        Assert.Contains("id=\"roles\"", await client.GetStringAsync("/admin/roles"));
        var chooser = await client.GetStringAsync("/admin/roles/new");
        Assert.Contains("data-module=\"Kernel\"", chooser);
        Assert.Contains("id=\"perm-Operators-ManageRoles\"", chooser);

        var created = await AdminAppFactory.PostFormAsync(client, "/admin/roles/new", "/admin/roles/new", new()
        {
            ["Name"] = name, ["Description"] = "Counter staff", ["Permissions"] = "Outlets.View",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await client.GetStringAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("data-permission=\"Outlets.View\"", page);
        Assert.Contains("id=\"delete-role\"", page);

        var adminId = await App.WithDbAsync(d => d.Set<Role>().Where(r => r.NormalizedName == "ADMINISTRATOR").Select(r => r.Id).SingleAsync());
        Assert.DoesNotContain("id=\"delete-role\"", await client.GetStringAsync($"/admin/roles/{adminId}"));
        var edit = await client.GetStringAsync($"/admin/roles/{adminId}/edit");
        // The protected permissions cannot be unticked: the box is disabled and a hidden field keeps the value.
        Assert.Matches("id=\"perm-Operators-ManageRoles\"[^>]*disabled", edit);
        Assert.Contains("<input type=\"hidden\" name=\"Permissions\" value=\"Operators.ManageRoles\" />", edit);
    }

    [Fact]
    public async Task Profile_ShowsTheOperatorsOwnDetails_AndTheLanguageChoice()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, Password, "Reviewer");
        var client = await App.ScreenClientAsync(outlet, login, Password);

        var response = await client.GetAsync("/account/profile");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(login, html);
        Assert.Contains("id=\"language-form\"", html);
        Assert.Contains("/account/change-password", html);
        Assert.Equal(HttpStatusCode.Redirect, (await App.CreateBrowserLikeClient().GetAsync("/account/profile")).StatusCode);
    }

    [GeneratedRegex("id=\"temporary-password\">([^<]+)<")]
    private static partial Regex TemporaryPassword();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

public sealed class OperatorScreensTests_Sqlite(SqliteDatabase db) : OperatorScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class OperatorScreensTests_Postgres(PostgresDatabase db) : OperatorScreensTests(db), IClassFixture<PostgresDatabase>;
