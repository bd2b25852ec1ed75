using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Admin.Tests.Operators.OperatorsTestKit;

namespace Admin.Tests.Operators;

/// <summary>Reading operators through the real host's API: the list, CSV export, effective permissions, the catalogue, OpenAPI, history.</summary>
public abstract class OperatorsReadApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task List_FiltersAndPagesByKeyset()
    {
        var outlet = await App.CreateOutletAsync();
        var logins = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            logins.Add(await App.CreateOperatorAsync(outlet, Password, "Reviewer"));
        }

        var admin = await App.AdminApiClientAsync();
        var first = await admin.GetFromJsonAsync<JsonElement>($"/api/operators?outlet={outlet}&limit=2");
        var next = first.GetProperty("next").GetString();
        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/operators?outlet={outlet}&limit=2&after={next}");
        var byRole = await admin.GetFromJsonAsync<JsonElement>($"/api/operators?outlet={outlet}&role=reviewer&search={logins[1][2..8].ToUpperInvariant()}");

        var paged = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("loginName").GetString()).ToList();
        Assert.Equal(logins.Order(StringComparer.Ordinal), paged);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        Assert.Contains(logins[1], byRole.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("loginName").GetString()));
        await AssertProblemAsync(await admin.GetAsync("/api/operators?status=Sleeping"), HttpStatusCode.BadRequest, "operator.statusFilterInvalid");
        await AssertProblemAsync(await admin.GetAsync("/api/operators?after=%%%"), HttpStatusCode.BadRequest, "paging.badCursor");
        await AssertProblemAsync(await admin.GetAsync("/api/operators?role=No%20such%20role"), HttpStatusCode.BadRequest, "operator.roleUnknown");
        var locked = await admin.GetFromJsonAsync<JsonElement>($"/api/operators?outlet={outlet}&status=Locked");
        Assert.Empty(locked.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Export_WritesTheFilteredOperatorsAsCsv()
    {
        var (outlet, login, _) = await App.NewOperatorAsync("Auditor");
        var admin = await App.AdminApiClientAsync();

        var response = await admin.GetAsync($"/api/operators/export.csv?outlet={outlet}");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("outletCode,loginName", lines[0]);
        Assert.Single(lines.Skip(1));
        Assert.StartsWith($"{outlet},{login},", lines[1]);
    }

    [Fact]
    public async Task Permissions_ShowEachEffectivePermissionWithItsSource_AndDirectGrantsCanBeRevoked()
    {
        var (_, _, id) = await App.NewOperatorAsync("Auditor");
        var admin = await App.AdminApiClientAsync();

        var granted = await admin.PostAsync($"/api/operators/{id}/permissions/Operators.View", null);
        var extra = await admin.PostAsync($"/api/operators/{id}/permissions/Outlets.Manage", null);
        var again = await admin.PostAsync($"/api/operators/{id}/permissions/Outlets.Manage", null);

        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, extra.StatusCode);
        await AssertProblemAsync(again, HttpStatusCode.Conflict, "permission.alreadyGranted");
        var effective = (await admin.GetFromJsonAsync<JsonElement[]>($"/api/operators/{id}/permissions"))!.ToDictionary(p => p.GetProperty("permission").GetString()!);
        Assert.True(effective["Operators.View"].GetProperty("direct").GetBoolean());
        Assert.Equal(["Auditor"], effective["Operators.View"].GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(effective["Outlets.Manage"].GetProperty("direct").GetBoolean());
        Assert.Empty(effective["Outlets.Manage"].GetProperty("roles").EnumerateArray());
        Assert.False(effective["Kernel.ViewAuditTrail"].GetProperty("direct").GetBoolean());
        Assert.DoesNotContain("Operators.Manage", effective.Keys);

        var revoked = await admin.DeleteAsync($"/api/operators/{id}/permissions/Outlets.Manage");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.DoesNotContain("Outlets.Manage", (await revoked.JsonAsync()).EnumerateArray().Select(p => p.GetProperty("permission").GetString()));
        await AssertProblemAsync(await admin.DeleteAsync($"/api/operators/{id}/permissions/Kernel.ViewAuditTrail"), HttpStatusCode.Conflict, "permission.notDirect");
        await AssertProblemAsync(await admin.PostAsync($"/api/operators/{id}/permissions/Nope.Nothing", null), HttpStatusCode.NotFound, "permission.unknown");
        var actions = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.EntityId == id.ToString() && e.Action.StartsWith("Permission.")).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Permission.Grant", "Permission.Grant", "Permission.Revoke"], actions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PermissionCatalog_IsGroupedByModule_AndFollowsTheLanguage()
    {
        var admin = await App.AdminApiClientAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var groups = await admin.GetFromJsonAsync<JsonElement[]>("/api/permissions");

        var operators = groups!.Single(g => g.GetProperty("module").GetString() == "Operators");
        Assert.Equal("操作员", operators.GetProperty("displayName").GetString());
        Assert.Equal(["Operators.Manage", "Operators.ManageClients", "Operators.ManagePasswords", "Operators.ManageRoles", "Operators.View"],
            operators.GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Contains(groups!, g => g.GetProperty("module").GetString() == "Kernel");
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpointWithItsPermission()
    {
        var document = await App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        string Access(string path, string method) => paths.GetProperty(path).GetProperty(method).GetProperty("description").GetString()!;

        Assert.Contains("Operators.View", Access("/api/operators", "get"));
        Assert.Contains("Operators.Manage", Access("/api/operators", "post"));
        Assert.Contains("Operators.Manage.", Access("/api/operators/{id}/login-name", "post"));
        Assert.Contains("Operators.ManagePasswords", Access("/api/operators/{id}/reset-password", "post"));
        Assert.Contains("Operators.ManagePasswords", Access("/api/operators/{id}/status", "post"));
        Assert.Contains("Operators.Manage.", Access("/api/operators/{id}/permissions/{permission}", "delete"));
        Assert.Contains("Operators.View", Access("/api/permissions", "get"));
        Assert.Contains("Operators.ManageRoles", Access("/api/roles/{name}", "delete"));
    }

    [Fact]
    public async Task History_ListsWhatHappenedToTheOperator()
    {
        var (outlet, login, id) = await App.NewOperatorAsync();
        await App.TokenAsync(outlet, login, Password);
        var admin = await App.AdminApiClientAsync();

        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/operators/{id}/history");

        var actions = history.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["SignIn", "Operator.Create"], actions);
    }
}

public sealed class OperatorsReadApiTests_Sqlite(SqliteDatabase db) : OperatorsReadApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class OperatorsReadApiTests_Postgres(PostgresDatabase db) : OperatorsReadApiTests(db), IClassFixture<PostgresDatabase>;
