using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Admin.Tests.Operators.OperatorsTestKit;

namespace Admin.Tests.Operators;

/// <summary>
/// The *Clients* edit form and "new secret" through the real host: screen and API, both languages, stale edits, bad input
/// changing nothing, the new secret shown once and audited, the old one and its tokens ended.
/// </summary>
public abstract class ClientEditTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task NewSecret_ReplacesTheOldOne_EndsItsTokens_AndIsAudited()
    {
        var (clientId, secret) = await App.RegisterClientAsync("System", "Operators.View");
        var (_, tokens) = await App.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret! });
        var api = App.Bearer(tokens.Str("access_token"));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/operators?limit=1")).StatusCode);

        var admin = await App.AdminApiClientAsync();
        var response = await admin.PostAsync($"/api/clients/{clientId}/secret", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var fresh = (await response.Content.ReadFromJsonAsync<JsonElement>()).Str("clientSecret");
        Assert.NotEqual(secret, fresh);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/operators?limit=1")).StatusCode);
        var (old, _) = await App.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret! });
        Assert.NotEqual(HttpStatusCode.OK, old);
        var (status, renewed) = await App.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = fresh });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await App.Bearer(renewed.Str("access_token")).GetAsync("/api/operators?limit=1")).StatusCode);
        var audited = await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().SingleAsync(e => e.EntityId == clientId && e.Action == "Client.NewSecret"));
        Assert.DoesNotContain(fresh, audited.After ?? "");

        var (interactive, _) = await App.RegisterClientAsync("Interactive");
        var refused = await admin.PostAsync($"/api/clients/{interactive}/secret", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("client.noSecret", await CodeAsync(refused));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/clients/zz-none/secret", null)).StatusCode);
    }

    [Fact]
    public async Task EditScreen_SavesNameAndScopes_RefusesBadInputAndStaleVersions_InBothLanguages()
    {
        var (clientId, _) = await App.RegisterClientAsync("System", "Operators.View");
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var edit = $"/admin/clients/{clientId}/edit";
        var page = await screen.GetStringAsync(edit);
        Assert.Contains("id=\"new-secret\"", page);
        Assert.Contains($"Test {clientId}", page);
        using (var zh = new HttpRequestMessage(HttpMethod.Get, edit))
        {
            zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
            var chinese = await (await screen.SendAsync(zh)).Content.ReadAsStringAsync();
            Assert.Contains("修改客户端", chinese);
            Assert.Contains("更换密钥", chinese);
        }

        var version = await VersionAsync(clientId);
        var before = await App.TableCountsAsync();
        var bad = await AdminAppFactory.PostFormAsync(screen, edit, edit, new() { ["DisplayName"] = "", ["Scopes"] = "No.Such", ["Version"] = version });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Enter a name of at most 100 characters.", badPage);
        Assert.Contains("No.Such is not a permission of the console.", badPage);
        Assert.Equal(before, await App.TableCountsAsync());

        var saved = await AdminAppFactory.PostFormAsync(screen, edit, edit, new() { ["DisplayName"] = "Reporting job", ["Scopes"] = "Operators.ManageClients", ["Version"] = version });
        Assert.Equal("/admin/clients", saved.Headers.Location?.OriginalString);
        var list = await screen.GetStringAsync("/admin/clients");
        Assert.Contains("Reporting job", list);
        Assert.Contains("The client was saved.", list);
        using var json = JsonDocument.Parse(await (await App.AdminApiClientAsync()).GetStringAsync($"/api/clients/{clientId}"));
        Assert.Equal(["Operators.ManageClients"], json.RootElement.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.EntityId == clientId && e.Action == "Client.Update")));

        // The version read before the save is stale now: 409 shown on the form, what was typed kept, nothing changed.
        var stale = await AdminAppFactory.PostFormAsync(screen, edit, edit, new() { ["DisplayName"] = "Late edit", ["Scopes"] = "Operators.View", ["Version"] = version });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var stalePage = await stale.Content.ReadAsStringAsync();
        Assert.Contains("The client was changed meanwhile.", stalePage);
        Assert.Contains("Late edit", stalePage);
        Assert.DoesNotContain("Late edit", await screen.GetStringAsync("/admin/clients"));

        // A new secret from the screen: the direct answer, shown once, not cached.
        var secret = await AdminAppFactory.PostFormAsync(screen, edit, $"/admin/clients/{clientId}/secret", []);
        Assert.Equal(HttpStatusCode.OK, secret.StatusCode);
        Assert.Contains("no-store", secret.Headers.CacheControl?.ToString());
        var secretPage = await secret.Content.ReadAsStringAsync();
        Assert.Contains("id=\"client-secret\"", secretPage);
        Assert.Contains("has a new secret", secretPage);
        Assert.Equal(HttpStatusCode.NotFound, (await screen.GetAsync("/admin/clients/zz-none/edit")).StatusCode);
    }

    private async Task<string> VersionAsync(string clientId)
    {
        using var json = JsonDocument.Parse(await (await App.AdminApiClientAsync()).GetStringAsync($"/api/clients/{clientId}"));
        return json.RootElement.Str("version");
    }
}

public sealed class ClientEditTests_Sqlite(SqliteDatabase db) : ClientEditTests(db), IClassFixture<SqliteDatabase>;

public sealed class ClientEditTests_Postgres(PostgresDatabase db) : ClientEditTests(db), IClassFixture<PostgresDatabase>;
