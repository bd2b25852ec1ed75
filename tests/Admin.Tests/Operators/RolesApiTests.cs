using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Admin.Tests.Operators.OperatorsTestKit;

namespace Admin.Tests.Operators;

/// <summary>Roles (操作员角色维护) and the no-escalation rules through the real host's API.</summary>
public abstract class RolesApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    /// <summary>A head-office role manager who lacks Kernel.ManageModules (and so the Administrator role's power).</summary>
    private async Task<HttpClient> RoleManagerAsync()
    {
        var role = await App.CreateRoleAsync("Operators.View", "Operators.Manage", "Operators.ManagePasswords", "Operators.ManageRoles");
        var login = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, Password, role);
        return await App.ApiClientAsync(AdminAppFactory.HeadOffice, login, Password);
    }

    private static string NewRoleName() => "Role " + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Create_Get_Update_Delete_Role()
    {
        var admin = await App.AdminApiClientAsync();
        var name = NewRoleName();

        var created = await admin.PostAsJsonAsync("/api/roles", new { name, description = "Cheque desk", permissions = new[] { "Outlets.View", "Operators.View" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/roles/{Uri.EscapeDataString(name)}", created.Headers.Location?.OriginalString);
        var role = await created.JsonAsync();
        Assert.Equal(["Operators.View", "Outlets.View"], role.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/roles/{Uri.EscapeDataString(name.ToLowerInvariant())}");
        Assert.Equal(name, read.GetProperty("name").GetString());

        var renamed = name + " B";
        var updated = await admin.PutAsJsonAsync($"/api/roles/{Uri.EscapeDataString(name)}",
            new { name = renamed, description = "Cheques", permissions = new[] { "Outlets.View" }, version = read.GetProperty("version").GetString() });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = await updated.JsonAsync();
        Assert.Equal(renamed, after.GetProperty("name").GetString());
        Assert.Equal(["Outlets.View"], after.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/roles/{Uri.EscapeDataString(name)}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/roles/{Uri.EscapeDataString(renamed)}")).StatusCode);
        await AssertProblemAsync(await admin.GetAsync($"/api/roles/{Uri.EscapeDataString(renamed)}"), HttpStatusCode.NotFound, "role.notFound");
        var actions = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.EntityType == "Role" && (e.EntityId == name || e.EntityId == renamed)).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Role.Create", "Role.Delete", "Role.Update"], actions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Create_BadInput_Is400_AndADuplicateNameIs409()
    {
        var admin = await App.AdminApiClientAsync();

        var invalid = await admin.PostAsJsonAsync("/api/roles", new { name = "a/b", permissions = new[] { "No.Such" } });
        var duplicate = await admin.PostAsJsonAsync("/api/roles", new { name = "auditor" });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("permissions", out _));
        await AssertProblemAsync(duplicate, HttpStatusCode.Conflict, "role.nameTaken");
    }

    [Fact]
    public async Task Update_WithAStaleVersion_Is409()
    {
        var admin = await App.AdminApiClientAsync();
        var name = await App.CreateRoleAsync("Outlets.View");
        var url = $"/api/roles/{Uri.EscapeDataString(name)}";
        var version = (await admin.GetFromJsonAsync<JsonElement>(url)).GetProperty("version").GetString();

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync(url, new { description = "first", version })).StatusCode);
        var stale = await admin.PutAsJsonAsync(url, new { description = "second", version });

        await AssertProblemAsync(stale, HttpStatusCode.Conflict, "concurrency.stale");
        // Omitted permissions stay as they are.
        Assert.Equal(["Outlets.View"], (await admin.GetFromJsonAsync<JsonElement>(url)).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task AdministratorRole_CannotBeDeleted_NorLoseItsProtectedPermissions()
    {
        var admin = await App.AdminApiClientAsync();
        var role = await admin.GetFromJsonAsync<JsonElement>("/api/roles/Administrator");
        var kept = role.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).ToList();

        var deleted = await admin.DeleteAsync("/api/roles/Administrator");
        var stripped = await admin.PutAsJsonAsync("/api/roles/Administrator",
            new { permissions = kept.Where(p => p is not ("Operators.ManageRoles" or "Kernel.ManageModules")).ToArray(), version = role.GetProperty("version").GetString() });
        var renamed = await admin.PutAsJsonAsync("/api/roles/Administrator", new { name = "Boss", version = role.GetProperty("version").GetString() });

        await AssertProblemAsync(deleted, HttpStatusCode.Conflict, "role.protected");
        await AssertProblemAsync(stripped, HttpStatusCode.BadRequest, "role.protectedPermission");
        var detail = (await stripped.JsonAsync()).GetProperty("detail").GetString();
        Assert.Contains("Operators.ManageRoles", detail);
        Assert.Contains("Kernel.ManageModules", detail);
        await AssertProblemAsync(renamed, HttpStatusCode.BadRequest, "role.systemRename");
        var after = await admin.GetFromJsonAsync<JsonElement>("/api/roles/Administrator");
        Assert.Equal(kept, after.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!));
        Assert.Equal(role.GetProperty("version").GetString(), after.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Delete_ARoleInUse_IsRefusedWithHowManyHoldIt()
    {
        var admin = await App.AdminApiClientAsync();
        var name = await App.CreateRoleAsync("Outlets.View");
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, Password, name);
        var id = await App.IdOfAsync(outlet, login);

        var refused = await admin.DeleteAsync($"/api/roles/{Uri.EscapeDataString(name)}");
        await AssertProblemAsync(refused, HttpStatusCode.Conflict, "role.inUse");
        Assert.Contains("1", (await refused.JsonAsync()).GetProperty("detail").GetString());

        var version = (await admin.GetFromJsonAsync<JsonElement>($"/api/operators/{id}")).GetProperty("version").GetString();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/operators/{id}", new { displayName = "Freed", roles = Array.Empty<string>(), version })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/roles/{Uri.EscapeDataString(name)}")).StatusCode);
    }

    [Fact]
    public async Task RoleManager_CannotGrantWhatTheyDoNotHold()
    {
        var manager = await RoleManagerAsync();

        var withModules = await manager.PostAsJsonAsync("/api/roles", new { name = NewRoleName(), permissions = new[] { "Operators.View", "Kernel.ManageModules" } });
        var withOwn = await manager.PostAsJsonAsync("/api/roles", new { name = NewRoleName(), permissions = new[] { "Operators.View" } });

        await AssertProblemAsync(withModules, HttpStatusCode.Forbidden, "role.permissionNotHeld");
        Assert.Contains("Kernel.ManageModules", (await withModules.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, withOwn.StatusCode);

        // Nor add it to an existing role, even one they may edit.
        var own = await withOwn.JsonAsync();
        var url = $"/api/roles/{Uri.EscapeDataString(own.GetProperty("name").GetString()!)}";
        var raised = await manager.PutAsJsonAsync(url, new { permissions = new[] { "Operators.View", "Kernel.ManageModules" }, version = own.GetProperty("version").GetString() });
        await AssertProblemAsync(raised, HttpStatusCode.Forbidden, "role.permissionNotHeld");
    }

    [Fact]
    public async Task RoleManager_CannotAssignTheAdministratorRole_NorGrantOrManageAbove_Themselves()
    {
        var manager = await RoleManagerAsync();
        var outlet = await App.CreateOutletAsync();
        var target = await App.CreateOperatorAsync(outlet, Password);
        var targetId = await App.IdOfAsync(outlet, target);
        var adminId = await App.IdOfAsync(AdminAppFactory.HeadOffice, "admin");

        var create = await manager.PostAsJsonAsync("/api/operators", new { outletCode = outlet, loginName = Codes.NewLoginName(), displayName = "Boss", roles = new[] { "Administrator" } });
        var version = (await manager.GetFromJsonAsync<JsonElement>($"/api/operators/{targetId}")).GetProperty("version").GetString();
        var promote = await manager.PutAsJsonAsync($"/api/operators/{targetId}", new { displayName = "Boss", roles = new[] { "Administrator" }, version });
        var grant = await manager.PostAsync($"/api/operators/{targetId}/permissions/Kernel.ManageModules", null);
        var takeOver = await manager.PostAsync($"/api/operators/{adminId}/reset-password", null);

        await AssertProblemAsync(create, HttpStatusCode.Forbidden, "role.notHeld");
        await AssertProblemAsync(promote, HttpStatusCode.Forbidden, "role.notHeld");
        await AssertProblemAsync(grant, HttpStatusCode.Forbidden, "permission.notHeld");
        await AssertProblemAsync(takeOver, HttpStatusCode.Forbidden, "operator.outranksCaller");
        var roles = (await manager.GetFromJsonAsync<JsonElement>($"/api/operators/{targetId}")).GetProperty("roles").EnumerateArray().Select(r => r.GetString());
        Assert.Empty(roles);
        // What they do hold, they may grant.
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsync($"/api/operators/{targetId}/permissions/Operators.View", null)).StatusCode);
    }

    [Fact]
    public async Task List_PagesByName_AndNeedsOnlyView()
    {
        var viewer = await App.CreateOperatorWithGrantsAsync(AdminAppFactory.HeadOffice, "Operators.View");
        var client = await App.ApiClientAsync(viewer.Outlet, viewer.Login, Password);

        var first = await client.GetFromJsonAsync<JsonElement>("/api/roles?limit=2");
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/roles?limit=2&after={first.GetProperty("next").GetString()}");

        var names = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Equal(4, names.Distinct().Count());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/roles", new { name = NewRoleName() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync("/api/roles/Reviewer")).StatusCode);
    }
}

public sealed class RolesApiTests_Sqlite(SqliteDatabase db) : RolesApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class RolesApiTests_Postgres(PostgresDatabase db) : RolesApiTests(db), IClassFixture<PostgresDatabase>;
