using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Operators.Services;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Admin.Tests.Operators.OperatorsTestKit;

namespace Admin.Tests.Operators;

/// <summary>
/// Passkeys of head-office administrators through the real host, with a software authenticator answering Identity's
/// WebAuthn options: registration on the own page, then — with <c>Operators.AdministratorsNeedPasskey</c> on — the
/// sign-in's passkey step (a foreign passkey refused and audited), the API's password-only token refused for the
/// administrator but not for a counter operator, the first passkey registered at sign-in, and removal. The audit trail
/// never calls the password step a sign-in: it records "password accepted, passkey step pending", and "signed in" (with
/// what) only once the passkey step is done.
/// </summary>
public abstract class PasskeyTests(DatabaseFixture db)
{
    private const string Setting = "Operators.AdministratorsNeedPasskey";
    private const string Origin = "http://localhost";

    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Administrator_RegistersAPasskey_ThenSignsInWithPasswordAndPasskey()
    {
        var login = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, Password, "Administrator");
        using var authenticator = new SoftwareAuthenticator(Origin);
        var screen = Browser(await App.ScreenClientAsync(AdminAppFactory.HeadOffice, login, Password));
        Assert.Contains("passkey-add", await screen.GetStringAsync("/account/profile"));

        var options = await AdminAppFactory.PostFormAsync(screen, "/account/profile", "/account/passkeys/options", []);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        var credential = authenticator.Create(await options.Content.ReadAsStringAsync());
        var added = await AdminAppFactory.PostFormAsync(screen, "/account/profile", "/account/passkeys", new() { ["Name"] = "Desk laptop", ["Credential"] = credential });
        Assert.Equal("/account/profile", added.Headers.Location?.OriginalString);
        var profile = await screen.GetStringAsync("/account/profile");
        Assert.Contains("data-passkey=\"Desk laptop\"", profile);
        var id = await App.IdOfAsync(AdminAppFactory.HeadOffice, login);
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "Passkey.Add" && e.EntityId == id.ToString())));

        var admin = await App.AdminApiClientAsync();
        var counter = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, Password, "Outlet operator");
        await SetAsync(admin, "true");
        try
        {
            // The password alone now leads to the passkey step, not into the console, and the audit trail says just that.
            var mark = await LastAuditIdAsync();
            var lastSignIn = await LastSignInAsync(id);
            var browser = Browser(App.CreateBrowserLikeClient());
            var first = await AdminAppFactory.PostFormAsync(browser, "/login", "/login", new() { ["OutletCode"] = AdminAppFactory.HeadOffice, ["LoginName"] = login, ["Password"] = Password });
            Assert.Equal("/login/passkey", first.Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account/profile")).StatusCode);
            Assert.Contains("passkey-help", await browser.GetStringAsync("/login/passkey"));
            Assert.Equal(new[] { "SignIn.PasswordAccepted" }, await AuditSinceAsync(id, mark));
            Assert.Equal(lastSignIn, await LastSignInAsync(id));

            // A passkey that is not theirs is refused and audited.
            using var stranger = new SoftwareAuthenticator(Origin);
            var request = await (await AdminAppFactory.PostFormAsync(browser, "/login/passkey", "/login/passkey/options", [])).Content.ReadAsStringAsync();
            var refused = await AdminAppFactory.PostFormAsync(browser, "/login/passkey", "/login/passkey", new() { ["Credential"] = stranger.Get(request) });
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("The passkey was not accepted", await refused.Content.ReadAsStringAsync());
            Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "SignIn.PasskeyFailed" && e.EntityId == id.ToString())));

            // Their own passkey signs them in.
            request = await (await AdminAppFactory.PostFormAsync(browser, "/login/passkey", "/login/passkey/options", [])).Content.ReadAsStringAsync();
            var signedIn = await AdminAppFactory.PostFormAsync(browser, "/login/passkey", "/login/passkey", new() { ["Credential"] = authenticator.Get(request) });
            Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/profile")).StatusCode);
            Assert.Equal(new[] { "SignIn.PasswordAccepted", "SignIn.PasskeyFailed", "SignIn: " + OperatorPasskeys.SignedInWithPasskey }, await AuditSinceAsync(id, mark));
            Assert.NotEqual(lastSignIn, await LastSignInAsync(id));

            // The same answer again (a replayed challenge) is refused: the step is over.
            var replay = await AdminAppFactory.PostFormAsync(Browser(App.CreateBrowserLikeClient()), "/login", "/login/passkey", new() { ["Credential"] = authenticator.Get(request) });
            Assert.Equal("/login", replay.Headers.Location?.OriginalString);

            // The API's password-only sign-in is refused to the administrator (audited as refused, not as a sign-in); a counter
            // operator keeps the password rules.
            mark = await LastAuditIdAsync();
            var token = await App.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = AdminAppFactory.HeadOffice, loginName = login, password = Password });
            Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
            Assert.Equal("signIn.passkeyRequired", await CodeAsync(token));
            Assert.Equal(new[] { "SignIn.Refused: " + SignInService.PasskeyRequiredSummary }, await AuditSinceAsync(id, mark));
            var counterToken = await App.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = AdminAppFactory.HeadOffice, loginName = counter, password = Password });
            Assert.Equal(HttpStatusCode.OK, counterToken.StatusCode);
            var counterScreen = await AdminAppFactory.PostFormAsync(App.CreateBrowserLikeClient(), "/login", "/login",
                new() { ["OutletCode"] = AdminAppFactory.HeadOffice, ["LoginName"] = counter, ["Password"] = Password });
            Assert.Equal("/", counterScreen.Headers.Location?.OriginalString);
        }
        finally
        {
            await SetAsync(admin, "false");
        }

        // Removed: the profile no longer lists it, and the removal is audited.
        var removeId = System.Text.RegularExpressions.Regex.Match(profile, "/account/passkeys/([A-Za-z0-9_-]+)/remove").Groups[1].Value;
        Assert.Equal(authenticator.CredentialId, removeId);
        var removed = await AdminAppFactory.PostFormAsync(screen, "/account/profile", $"/account/passkeys/{removeId}/remove", []);
        Assert.Equal("/account/profile", removed.Headers.Location?.OriginalString);
        Assert.Contains("passkeys-empty", await screen.GetStringAsync("/account/profile"));
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "Passkey.Remove" && e.EntityId == id.ToString())));
    }

    [Fact]
    public async Task AnAdministratorWithoutAPasskey_RegistersTheFirstOne_AtSignIn_WhenOneIsRequired()
    {
        var login = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, Password, "Administrator");
        var id = await App.IdOfAsync(AdminAppFactory.HeadOffice, login);
        var admin = await App.AdminApiClientAsync();
        await SetAsync(admin, "true");
        try
        {
            using var authenticator = new SoftwareAuthenticator(Origin);
            var mark = await LastAuditIdAsync();
            var browser = Browser(App.CreateBrowserLikeClient());
            var first = await AdminAppFactory.PostFormAsync(browser, "/login", "/login", new() { ["OutletCode"] = AdminAppFactory.HeadOffice, ["LoginName"] = login, ["Password"] = Password });
            Assert.Equal("/login/passkey", first.Headers.Location?.OriginalString);
            Assert.Contains("passkey-register-help", await browser.GetStringAsync("/login/passkey"));
            Assert.Equal(new[] { "SignIn.PasswordAccepted" }, await AuditSinceAsync(id, mark));
            Assert.Null(await LastSignInAsync(id));

            var options = await (await AdminAppFactory.PostFormAsync(browser, "/login/passkey", "/login/passkey/options", [])).Content.ReadAsStringAsync();
            var noName = await AdminAppFactory.PostFormAsync(browser, "/login/passkey", "/login/passkey", new() { ["Credential"] = authenticator.Create(options) });
            Assert.Equal(HttpStatusCode.OK, noName.StatusCode);
            Assert.Contains("Name the passkey", await noName.Content.ReadAsStringAsync());

            options = await (await AdminAppFactory.PostFormAsync(browser, "/login/passkey", "/login/passkey/options", [])).Content.ReadAsStringAsync();
            var registered = await AdminAppFactory.PostFormAsync(browser, "/login/passkey", "/login/passkey", new() { ["Name"] = "Phone", ["Credential"] = authenticator.Create(options) });
            Assert.Equal("/", registered.Headers.Location?.OriginalString);
            Assert.Contains("data-passkey=\"Phone\"", await browser.GetStringAsync("/account/profile"));

            // Signed in once the passkey exists: password accepted, the passkey registered (by them, though nobody was signed
            // in yet), then the sign-in, saying how; the last sign-in time is that of the completed sign-in.
            Assert.Equal(new[] { "SignIn.PasswordAccepted", "Passkey.Add", "SignIn: " + OperatorPasskeys.SignedInWithNewPasskey }, await AuditSinceAsync(id, mark));
            var events = await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().Where(e => e.Id > mark && e.EntityId == id.ToString()).ToListAsync());
            Assert.All(events, e => Assert.Equal((id, login, AdminAppFactory.HeadOffice), (e.OperatorId!.Value, e.OperatorLogin!, e.OutletCode!)));
            Assert.NotNull(await LastSignInAsync(id));
        }
        finally
        {
            await SetAsync(admin, "false");
        }

        // What an auditor reads, in both languages (as head office's "admin", who needs no passkey once the setting is off).
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var english = await screen.GetStringAsync($"/admin/audit?operator={Uri.EscapeDataString(login)}");
        Assert.Contains("Password accepted, passkey step pending", english);
        Assert.Contains("Password, and a first passkey registered at this sign-in", english);
        using var zh = new HttpRequestMessage(HttpMethod.Get, $"/admin/audit?operator={Uri.EscapeDataString(login)}");
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var chinese = await (await screen.SendAsync(zh)).Content.ReadAsStringAsync();
        Assert.Contains("密码正确，待验证通行密钥", chinese);
        Assert.Contains("凭密码，并在本次登录时登记了第一个通行密钥", chinese);
    }

    [Fact]
    public async Task ACounterOperator_HasNoPasskeys()
    {
        var login = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, Password, "Outlet operator");
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, login, Password);
        Assert.DoesNotContain("passkey-add", await screen.GetStringAsync("/account/profile"));
        var options = await AdminAppFactory.PostFormAsync(screen, "/account/profile", "/account/passkeys/options", []);
        Assert.Equal(HttpStatusCode.Forbidden, options.StatusCode);
    }

    private async Task<long> LastAuditIdAsync() => await App.WithDbAsync(d => d.Set<AuditEvent>().MaxAsync(e => (long?)e.Id)) ?? 0;

    /// <summary>The operator's audit records after <paramref name="mark"/>, oldest first: "action" or "action: summary".</summary>
    private async Task<string[]> AuditSinceAsync(Guid id, long mark) =>
        (await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().Where(e => e.Id > mark && e.EntityId == id.ToString()).OrderBy(e => e.Id)
            .Select(e => new { e.Action, e.Summary }).ToListAsync())).Select(e => e.Summary is null ? e.Action : $"{e.Action}: {e.Summary}").ToArray();

    private Task<DateTime?> LastSignInAsync(Guid id) =>
        App.WithDbAsync(d => d.Set<Admin.Modules.Operators.Models.Operator>().Where(o => o.Id == id).Select(o => o.LastSignInAt).SingleAsync());

    /// <summary>A browser sends its origin with every POST; Identity compares it with the origin the authenticator signed.</summary>
    private static HttpClient Browser(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("Origin", Origin);
        return client;
    }

    private static async Task SetAsync(HttpClient admin, string value)
    {
        var settings = await admin.GetFromJsonAsync<JsonElement[]>("/api/settings");
        var version = settings!.Single(s => s.GetProperty("key").GetString() == Setting).GetProperty("version").GetString();
        var response = await admin.PutAsJsonAsync($"/api/settings/{Setting}", new { value, version });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}

public sealed class PasskeyTests_Sqlite(SqliteDatabase db) : PasskeyTests(db), IClassFixture<SqliteDatabase>;

public sealed class PasskeyTests_Postgres(PostgresDatabase db) : PasskeyTests(db), IClassFixture<PostgresDatabase>;
