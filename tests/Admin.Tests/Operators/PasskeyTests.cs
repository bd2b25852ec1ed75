using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Admin.Tests.Operators.OperatorsTestKit;

namespace Admin.Tests.Operators;

/// <summary>
/// Passkeys of head-office administrators through the real host, with a software authenticator answering Identity's
/// WebAuthn options: registration on the own page, then — with <c>Operators.AdministratorsNeedPasskey</c> on — the
/// sign-in's passkey step (a foreign passkey refused and audited), the API's password-only token refused for the
/// administrator but not for a counter operator, the first passkey registered at sign-in, and removal.
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
            // The password alone now leads to the passkey step, not into the console.
            var browser = Browser(App.CreateBrowserLikeClient());
            var first = await AdminAppFactory.PostFormAsync(browser, "/login", "/login", new() { ["OutletCode"] = AdminAppFactory.HeadOffice, ["LoginName"] = login, ["Password"] = Password });
            Assert.Equal("/login/passkey", first.Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account/profile")).StatusCode);
            Assert.Contains("passkey-help", await browser.GetStringAsync("/login/passkey"));

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

            // The same answer again (a replayed challenge) is refused: the step is over.
            var replay = await AdminAppFactory.PostFormAsync(Browser(App.CreateBrowserLikeClient()), "/login", "/login/passkey", new() { ["Credential"] = authenticator.Get(request) });
            Assert.Equal("/login", replay.Headers.Location?.OriginalString);

            // The API's password-only sign-in is refused to the administrator; a counter operator keeps the password rules.
            var token = await App.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = AdminAppFactory.HeadOffice, loginName = login, password = Password });
            Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
            Assert.Equal("signIn.passkeyRequired", await CodeAsync(token));
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
        var admin = await App.AdminApiClientAsync();
        await SetAsync(admin, "true");
        try
        {
            using var authenticator = new SoftwareAuthenticator(Origin);
            var browser = Browser(App.CreateBrowserLikeClient());
            var first = await AdminAppFactory.PostFormAsync(browser, "/login", "/login", new() { ["OutletCode"] = AdminAppFactory.HeadOffice, ["LoginName"] = login, ["Password"] = Password });
            Assert.Equal("/login/passkey", first.Headers.Location?.OriginalString);
            Assert.Contains("passkey-register-help", await browser.GetStringAsync("/login/passkey"));

            var options = await (await AdminAppFactory.PostFormAsync(browser, "/login/passkey", "/login/passkey/options", [])).Content.ReadAsStringAsync();
            var noName = await AdminAppFactory.PostFormAsync(browser, "/login/passkey", "/login/passkey", new() { ["Credential"] = authenticator.Create(options) });
            Assert.Equal(HttpStatusCode.OK, noName.StatusCode);
            Assert.Contains("Name the passkey", await noName.Content.ReadAsStringAsync());

            options = await (await AdminAppFactory.PostFormAsync(browser, "/login/passkey", "/login/passkey/options", [])).Content.ReadAsStringAsync();
            var registered = await AdminAppFactory.PostFormAsync(browser, "/login/passkey", "/login/passkey", new() { ["Name"] = "Phone", ["Credential"] = authenticator.Create(options) });
            Assert.Equal("/", registered.Headers.Location?.OriginalString);
            Assert.Contains("data-passkey=\"Phone\"", await browser.GetStringAsync("/account/profile"));
        }
        finally
        {
            await SetAsync(admin, "false");
        }
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
