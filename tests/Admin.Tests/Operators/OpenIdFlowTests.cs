using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Admin.Tests.Operators.OperatorsTestKit;

namespace Admin.Tests.Operators;

/// <summary>
/// The OpenID Connect server through the real host: discovery and JWKS, the code flow with PKCE driven by an HTTP client
/// (the console's own login page in the middle), refresh rotation and reuse detection, revocation, client credentials
/// limited by scope, and tokens ended with the operator's sessions.
/// </summary>
public abstract class OpenIdFlowTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Discovery_AndJwks_NameTheEndpointsAndTheSharedKey()
    {
        var client = App.CreateClient();
        using var discovery = JsonDocument.Parse(await client.GetStringAsync("/.well-known/openid-configuration"));
        using var jwks = JsonDocument.Parse(await client.GetStringAsync("/.well-known/jwks"));

        Assert.EndsWith("/connect/authorize", discovery.RootElement.Str("authorization_endpoint"));
        Assert.EndsWith("/connect/token", discovery.RootElement.Str("token_endpoint"));
        Assert.EndsWith("/connect/revoke", discovery.RootElement.Str("revocation_endpoint"));
        Assert.EndsWith("/connect/introspect", discovery.RootElement.Str("introspection_endpoint"));
        Assert.Contains(jwks.RootElement.GetProperty("keys").EnumerateArray(), k => k.Str("kid") == "sig-0001");
    }

    [Fact]
    public async Task CodeFlowWithPkce_Refresh_Reuse_Revoke()
    {
        var login = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, Password, "Auditor");
        var (clientId, _) = await App.RegisterClientAsync("Interactive");
        var (code, verifier) = await App.AuthorizeAsync(clientId, AdminAppFactory.HeadOffice, login, Password);

        // A code without its verifier is refused; with it, tokens.
        var noVerifier = await App.TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["client_id"] = clientId, ["redirect_uri"] = OpenIdTestKit.RedirectUri });
        Assert.Equal(HttpStatusCode.BadRequest, noVerifier.Status);
        var (status, tokens) = await App.TokenAsync(new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["client_id"] = clientId, ["redirect_uri"] = OpenIdTestKit.RedirectUri, ["code_verifier"] = verifier,
        });
        Assert.True(status == HttpStatusCode.OK, tokens.ToString());
        Assert.True(tokens.TryGetProperty("id_token", out _));
        Assert.Equal(HttpStatusCode.OK, (await App.Bearer(tokens.Str("access_token")).GetAsync("/api/operators?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await App.Bearer(tokens.Str("access_token")).PostAsJsonAsync("/api/roles", new { name = "x" })).StatusCode);

        // Refresh rotates the refresh token.
        var first = tokens.Str("refresh_token");
        var (renewedStatus, renewed) = await App.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = first, ["client_id"] = clientId });
        Assert.Equal(HttpStatusCode.OK, renewedStatus);
        Assert.NotEqual(first, renewed.Str("refresh_token"));
        var access = App.Bearer(renewed.Str("access_token"));
        Assert.Equal(HttpStatusCode.OK, (await access.GetAsync("/api/operators?limit=1")).StatusCode);

        // Revoking the access token ends it at once.
        var revoke = await App.CreateClient().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = renewed.Str("access_token"), ["client_id"] = clientId }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await access.GetAsync("/api/operators?limit=1")).StatusCode);

        // The first refresh token again: reuse is detected and the whole chain ends, the rotated refresh token too.
        var (reuseStatus, reuse) = await App.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = first, ["client_id"] = clientId });
        Assert.Equal(HttpStatusCode.BadRequest, reuseStatus);
        Assert.Equal("invalid_grant", reuse.Str("error"));
        var (chainStatus, _) = await App.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = renewed.Str("refresh_token"), ["client_id"] = clientId });
        Assert.Equal(HttpStatusCode.BadRequest, chainStatus);
    }

    [Fact]
    public async Task ClientCredentials_HoldOnlyTheirScopes_AndAreAuditedUnderTheClient()
    {
        var (target, _) = await App.RegisterClientAsync("System", "Operators.View");
        var (clientId, secret) = await App.RegisterClientAsync("System", "Operators.ManageClients");
        var (status, tokens) = await App.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret! });
        Assert.True(status == HttpStatusCode.OK, tokens.ToString());
        var api = App.Bearer(tokens.Str("access_token"));

        // Within its scope: allowed and audited as client:<id>; beyond it: 403.
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/clients/{target}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/operators")).StatusCode);
        var audited = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.EntityId == target && e.Action == "Client.Disable").Select(e => e.OperatorLogin).SingleAsync());
        Assert.Equal("client:" + clientId, audited);
        // A client cannot hand out what it does not hold itself (it holds no operator permissions).
        var escalate = await api.PostAsJsonAsync("/api/clients", new { clientId = "x-" + clientId, displayName = "x", kind = "System", scopes = new[] { "Operators.View" } });
        Assert.Equal(HttpStatusCode.Forbidden, escalate.StatusCode);
        // A scope it is not granted is refused at the token endpoint.
        var (beyond, _) = await App.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret!, ["scope"] = "Operators.View" });
        Assert.Equal(HttpStatusCode.BadRequest, beyond);

        // Disabled: its live token ends and it gets no new one.
        var admin = await App.AdminApiClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/clients/{clientId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync($"/api/clients/{target}")).StatusCode);
        var (refused, _) = await App.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret! });
        Assert.NotEqual(HttpStatusCode.OK, refused);
    }

    [Fact]
    public async Task NarrowedScopes_NarrowALiveToken()
    {
        var (clientId, secret) = await App.RegisterClientAsync("System", "Operators.ManageClients", "Operators.View");
        var (_, tokens) = await App.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret! });
        var api = App.Bearer(tokens.Str("access_token"));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/operators?limit=1")).StatusCode);

        var admin = await App.AdminApiClientAsync();
        var update = await admin.PutAsJsonAsync($"/api/clients/{clientId}", new { displayName = "Narrowed", scopes = new[] { "Operators.ManageClients" } });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/operators?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/clients")).StatusCode);
    }

    [Fact]
    public async Task PasswordChange_EndsTheOperatorsTokens()
    {
        var (outlet, login, _) = await App.NewOperatorAsync("Outlet operator");
        var (clientId, _) = await App.RegisterClientAsync("Interactive");
        var (code, verifier) = await App.AuthorizeAsync(clientId, outlet, login, Password);
        var (_, tokens) = await App.TokenAsync(new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["client_id"] = clientId, ["redirect_uri"] = OpenIdTestKit.RedirectUri, ["code_verifier"] = verifier,
        });
        var api = await App.ApiClientAsync(outlet, login, Password);

        var changed = await api.PostAsJsonAsync("/api/auth/change-password", new { oldPassword = Password, newPassword = "Other2024ok", confirmPassword = "Other2024ok" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Bearer(tokens.Str("access_token")).PostAsync("/api/auth/signout", null)).StatusCode);
        var (refresh, _) = await App.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.Str("refresh_token"), ["client_id"] = clientId });
        Assert.Equal(HttpStatusCode.BadRequest, refresh);
        var revoked = await App.WithDbAsync(d => d.Set<Admin.Modules.Operators.Models.ClientToken>().Where(t => t.Status == "valid" && t.Application!.ClientId == clientId).CountAsync());
        Assert.Equal(0, revoked);
    }

    [Fact]
    public async Task Disable_EndsTheOperatorsTokens()
    {
        var (outlet, login, id) = await App.NewOperatorAsync("Outlet operator");
        var response = await App.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = outlet, loginName = login, password = Password });
        var tokens = await response.Content.ReadFromJsonAsync<AdminAppFactory.TokenBody>();
        var api = App.Bearer(tokens!.AccessToken);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/auth/change-password", new { })).StatusCode);

        var admin = await App.AdminApiClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/operators/{id}/status", new { status = "Disabled" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/api/auth/change-password", new { })).StatusCode);
        var (refresh, _) = await App.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.RefreshToken });
        Assert.Equal(HttpStatusCode.BadRequest, refresh);
    }

    [Fact]
    public async Task ClientsApi_BadInput_IsFieldErrors_AndChangesNothing()
    {
        var admin = await App.AdminApiClientAsync();
        var before = await App.TableCountsAsync();

        var response = await admin.PostAsJsonAsync("/api/clients", new { clientId = "Bad Id!", displayName = "", kind = "Robot", scopes = new[] { "No.Such" }, redirectUris = new[] { "not a uri" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        foreach (var field in new[] { "clientId", "displayName", "kind", "scopes", "redirectUris" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field + " in " + errors);
        }

        Assert.Equal(before, await App.TableCountsAsync());
    }

    [Fact]
    public async Task ClientsScreen_RegistersWithTheSecretShownOnce_AndBadInputChangesNothing()
    {
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var before = await App.TableCountsAsync();
        var bad = await AdminAppFactory.PostFormAsync(screen, "/admin/clients/new", "/admin/clients/new", new() { ["ClientId"] = "Bad Id!", ["DisplayName"] = "", ["Kind"] = "System" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("A client id is 3 to 32", await bad.Content.ReadAsStringAsync());
        Assert.Equal(before, await App.TableCountsAsync());

        var id = "s-" + Guid.NewGuid().ToString("N")[..10];
        var good = await AdminAppFactory.PostFormAsync(screen, "/admin/clients/new", "/admin/clients/new",
            new() { ["ClientId"] = id, ["DisplayName"] = "Bank gateway", ["Kind"] = "System", ["Scopes"] = "Operators.View" });
        var page = await good.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains("id=\"client-secret\"", page);
        Assert.Contains("no-store", good.Headers.CacheControl?.ToString());
        Assert.Contains(id, await screen.GetStringAsync("/admin/clients"));
    }
}

public sealed class OpenIdFlowTests_Sqlite(SqliteDatabase db) : OpenIdFlowTests(db), IClassFixture<SqliteDatabase>;

public sealed class OpenIdFlowTests_Postgres(PostgresDatabase db) : OpenIdFlowTests(db), IClassFixture<PostgresDatabase>;
