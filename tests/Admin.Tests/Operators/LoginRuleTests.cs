using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Operators;

/// <summary>The trade's login rules (系统登录) through the real host.</summary>
public abstract class LoginRuleTests(DatabaseFixture db)
{
    private const string Password = "Counter2024";

    private AdminAppFactory App => db.App;

    private async Task<(HttpStatusCode Status, string? Code, string? Detail)> TryTokenAsync(string outlet, string login, string password)
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = outlet, loginName = login, password });
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return (response.StatusCode, null, null);
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, problem.GetProperty("code").GetString(), problem.GetProperty("detail").GetString());
    }

    private async Task<(string Outlet, string Login)> NewOperatorAsync()
    {
        var outlet = await App.CreateOutletAsync();
        return (outlet, await App.CreateOperatorAsync(outlet, Password, "Outlet operator"));
    }

    [Fact]
    public async Task WrongPassword_ThreeTimes_LocksTheAccount()
    {
        var (outlet, login) = await NewOperatorAsync();

        var first = await TryTokenAsync(outlet, login, "wrong1234");
        var second = await TryTokenAsync(outlet, login, "wrong1234");
        var third = await TryTokenAsync(outlet, login, "wrong1234");
        var afterwards = await TryTokenAsync(outlet, login, Password);

        Assert.Equal((HttpStatusCode.Unauthorized, "signIn.failed"), (first.Status, first.Code));
        Assert.Equal("Password authentication failed.", first.Detail);
        Assert.Equal((HttpStatusCode.Unauthorized, "signIn.failed"), (second.Status, second.Code));
        Assert.Equal(((HttpStatusCode)423, "signIn.locked"), (third.Status, third.Code));
        Assert.Equal(((HttpStatusCode)423, "signIn.locked"), (afterwards.Status, afterwards.Code));
        var actions = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.OperatorLogin == login && e.Action != "Operator.Create").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["SignIn.Failed", "SignIn.Failed", "SignIn.Failed", "Operator.Lock", "SignIn.Refused"], actions);
    }

    [Fact]
    public async Task WrongPassword_ThenRight_ResetsTheCount()
    {
        var (outlet, login) = await NewOperatorAsync();

        await TryTokenAsync(outlet, login, "wrong1234");
        await TryTokenAsync(outlet, login, "wrong1234");
        Assert.Equal(HttpStatusCode.OK, (await TryTokenAsync(outlet, login, Password)).Status);
        await TryTokenAsync(outlet, login, "wrong1234");

        Assert.Equal(HttpStatusCode.Unauthorized, (await TryTokenAsync(outlet, login, "wrong1234")).Status);
        Assert.Equal(HttpStatusCode.OK, (await TryTokenAsync(outlet, login, Password)).Status);
    }

    [Fact]
    public async Task WrongPasswords_InParallel_NeverGetMoreTriesThanTheLimit()
    {
        var (outlet, login) = await NewOperatorAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => TryTokenAsync(outlet, login, "wrong1234")));

        Assert.Equal(2, results.Count(r => r.Code == "signIn.failed"));
        Assert.Equal(10, results.Count(r => r.Code == "signIn.locked"));
        var failures = await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.OperatorLogin == login && e.Action == "SignIn.Failed"));
        Assert.Equal(3, failures); // the third failure is the one that locks
        Assert.Equal(((HttpStatusCode)423, "signIn.locked"), ((await TryTokenAsync(outlet, login, Password)).Status, (await TryTokenAsync(outlet, login, Password)).Code));
    }

    [Fact]
    public async Task UnknownAccounts_AnswerExactlyLikeRealOnes_IncludingTheLock()
    {
        var (outlet, login) = await NewOperatorAsync();
        var unknownOutlet = Codes.NewOutletCode();
        var ghost = Codes.NewLoginName();

        foreach (var attempt in Enumerable.Range(0, 4))
        {
            var real = await TryTokenAsync(outlet, login, "wrong1234");
            var noSuchLogin = await TryTokenAsync(outlet, ghost, "wrong1234");
            var noSuchOutlet = await TryTokenAsync(unknownOutlet, login, "wrong1234");
            Assert.Equal(real, noSuchLogin);
            Assert.Equal(real, noSuchOutlet);
        }
    }

    [Fact]
    public async Task LockoutMinutesSetting_LetsTheLockExpire()
    {
        var (outlet, login) = await NewOperatorAsync();
        var admin = await App.AdminApiClientAsync();
        for (var i = 0; i < 3; i++)
        {
            await TryTokenAsync(outlet, login, "wrong1234");
        }

        var settings = await admin.GetFromJsonAsync<JsonElement[]>("/api/settings");
        var version = settings!.Single(s => s.GetProperty("key").GetString() == "Operators.LockoutMinutes").GetProperty("version").GetString();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/settings/Operators.LockoutMinutes", new { value = "15", version })).StatusCode);
        try
        {
            var stillLocked = await TryTokenAsync(outlet, login, Password);
            Assert.Equal((HttpStatusCode)423, stillLocked.Status);
            Assert.Contains("Try again after", stillLocked.Detail);

            await App.WithDbAsync(d => d.Set<Operator>().Where(o => o.LoginName == login)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.LockedAt, DateTime.UtcNow.AddMinutes(-16))));

            Assert.Equal(HttpStatusCode.OK, (await TryTokenAsync(outlet, login, Password)).Status);
        }
        finally
        {
            settings = await admin.GetFromJsonAsync<JsonElement[]>("/api/settings");
            version = settings!.Single(s => s.GetProperty("key").GetString() == "Operators.LockoutMinutes").GetProperty("version").GetString();
            await admin.PutAsJsonAsync("/api/settings/Operators.LockoutMinutes", new { value = "0", version });
        }
    }

    [Fact]
    public async Task ExpiredPassword_AllowsNothingButAChange()
    {
        var (outlet, login) = await NewOperatorAsync();
        await App.WithDbAsync(d => d.Set<Operator>().Where(o => o.LoginName == login)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.PasswordChangedAt, DateTime.UtcNow.AddDays(-91))));

        var token = await App.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = outlet, loginName = login, password = Password });
        var body = await token.Content.ReadFromJsonAsync<AdminAppFactory.TokenBody>();
        Assert.True(body!.MustChangePassword);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", body.AccessToken);

        var blocked = await client.GetAsync("/api/audit/events");
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Equal("password.changeRequired", (await blocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        var reused = await client.PostAsJsonAsync("/api/auth/change-password", new { oldPassword = Password, newPassword = Password, confirmPassword = Password });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);

        var changed = await client.PostAsJsonAsync("/api/auth/change-password", new { oldPassword = Password, newPassword = "NewPass2025", confirmPassword = "NewPass2025" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.False((await changed.Content.ReadFromJsonAsync<AdminAppFactory.TokenBody>())!.MustChangePassword);

        // The password change renewed the security stamp: the old token has ended.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/auth/signout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TryTokenAsync(outlet, login, "NewPass2025")).Status);
    }

    [Fact]
    public async Task PasswordHistory_RefusesTheLastFive()
    {
        var (outlet, login) = await NewOperatorAsync();
        var current = Password;
        foreach (var next in new[] { "Second2024", "Third2024x", "Fourth2024" })
        {
            var client = await App.ApiClientAsync(outlet, login, current);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/change-password", new { oldPassword = current, newPassword = next, confirmPassword = next })).StatusCode);
            current = next;
        }

        var last = await App.ApiClientAsync(outlet, login, current);
        var response = await last.PostAsJsonAsync("/api/auth/change-password", new { oldPassword = current, newPassword = Password, confirmPassword = Password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("password.reused", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SuspendedOutlet_EndsSessionsAndRefusesSignIn()
    {
        var (outlet, login) = await NewOperatorAsync();
        var client = await App.ApiClientAsync(outlet, login, Password);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/signout", null)).StatusCode);
        client = await App.ApiClientAsync(outlet, login, Password);

        await App.WithDbAsync(d => d.Set<Outlet>().Where(o => o.Code == outlet)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutletStatus.Suspended)));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/auth/signout", null)).StatusCode);
        var refused = await TryTokenAsync(outlet, login, Password);
        Assert.Equal((HttpStatusCode.Forbidden, "signIn.outletNotActive"), (refused.Status, refused.Code));
    }

    [Fact]
    public async Task SignOut_EndsTheToken()
    {
        var (outlet, login) = await NewOperatorAsync();
        var client = await App.ApiClientAsync(outlet, login, Password);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/signout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/auth/signout", null)).StatusCode);
    }

    [Fact]
    public async Task Refresh_ValidToken_RenewsAndBadTokenIs401()
    {
        var (outlet, login) = await NewOperatorAsync();
        var response = await App.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = outlet, loginName = login, password = Password });
        var tokens = await response.Content.ReadFromJsonAsync<AdminAppFactory.TokenBody>();

        // Renewed at OpenIddict's token endpoint (POST /api/auth/refresh is retired, docs/decisions/0009).
        var renewed = await App.CreateClient().PostAsync("/connect/token", Refresh(tokens!.RefreshToken));
        var bad = await App.CreateClient().PostAsync("/connect/token", Refresh(tokens.AccessToken));

        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("invalid_grant", await bad.Content.ReadAsStringAsync());
    }

    private static FormUrlEncodedContent Refresh(string refreshToken) =>
        new(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });

    [Theory]
    [InlineData("{}", "outletCode")]
    [InlineData("{\"outletCode\":\"1234\",\"loginName\":\"a\",\"password\":\"x\"}", "outletCode")]
    [InlineData("{\"outletCode\":12345678}", "outletCode")]
    [InlineData("not json", "")]
    public async Task Token_BadInput_Is400(string json, string field)
    {
        var response = await App.CreateClient().PostAsync("/api/auth/token", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field.Length > 0)
        {
            Assert.Contains(field, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task ScreenSignIn_MustChange_RedirectsToChangePasswordAndBlocksOtherScreens()
    {
        var outlet = await App.CreateOutletAsync();
        var login = Codes.NewLoginName();
        var created = await App.WithScopeAsync(sp => sp.GetRequiredService<Admin.Modules.Operators.Services.OperatorMaintenance>()
            .CreateAsync(new(outlet, login, "Temp", null, null, ["Outlet operator"]), null, mustChangePassword: true));
        var temporary = created.Value!.Password;
        var client = App.CreateBrowserLikeClient();

        var signIn = await AdminAppFactory.PostFormAsync(client, "/login", "/login", new() { ["OutletCode"] = outlet, ["LoginName"] = login, ["Password"] = temporary });
        Assert.Equal("/account/change-password", signIn.Headers.Location?.OriginalString.Split('?')[0]);

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/change-password", home.Headers.Location?.OriginalString);

        var changed = await AdminAppFactory.PostFormAsync(client, "/account/change-password", "/account/change-password",
            new() { ["OldPassword"] = temporary, ["NewPassword"] = "Mine2024ok", ["ConfirmPassword"] = "Mine2024ok" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ScreenSession_SurvivesTokensForTheSameOperator_AndEndsWhenThePasswordChanges()
    {
        var (outlet, login) = await NewOperatorAsync();
        var screen = await App.ScreenClientAsync(outlet, login, Password);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        // A token (and its refresh) for the same operator, from another client, leaves the screen session alone.
        var api = App.CreateClient();
        var token = await (await api.PostAsJsonAsync("/api/auth/token", new { outletCode = outlet, loginName = login, password = Password }))
            .Content.ReadFromJsonAsync<AdminAppFactory.TokenBody>();
        var refreshed = await api.PostAsync("/connect/token", Refresh(token!.RefreshToken));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var post = await AdminAppFactory.PostFormAsync(screen, "/counter/customers/new", "/counter/customers/new",
            new() { ["Type"] = "Individual", ["Name"] = "李四", ["IdType"] = "Passport", ["IdNumber"] = "E" + Random.Shared.Next(10_000_000, 99_999_999) });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.DoesNotContain("/login", post.Headers.Location?.OriginalString ?? "");

        // A password change through the API renews the security stamp: every session and token ends, the screen's too.
        var bearer = App.CreateClient();
        var fresh = await (await bearer.PostAsJsonAsync("/api/auth/token", new { outletCode = outlet, loginName = login, password = Password }))
            .Content.ReadFromJsonAsync<AdminAppFactory.TokenBody>();
        bearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fresh!.AccessToken);
        var changed = await bearer.PostAsJsonAsync("/api/auth/change-password", new { oldPassword = Password, newPassword = "Other2024x", confirmPassword = "Other2024x" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var after = await screen.GetAsync("/counter/customers/new");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/login", after.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScreenSignIn_WrongPassword_ShowsTheTradeMessageInChinese()
    {
        var (outlet, login) = await NewOperatorAsync();
        var client = App.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var response = await AdminAppFactory.PostFormAsync(client, "/login", "/login", new() { ["OutletCode"] = outlet, ["LoginName"] = login, ["Password"] = "wrong1234" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("密码认证失败", await response.Content.ReadAsStringAsync());
    }
}

public sealed class LoginRuleTests_Sqlite(SqliteDatabase db) : LoginRuleTests(db), IClassFixture<SqliteDatabase>;

public sealed class LoginRuleTests_Postgres(PostgresDatabase db) : LoginRuleTests(db), IClassFixture<PostgresDatabase>;
