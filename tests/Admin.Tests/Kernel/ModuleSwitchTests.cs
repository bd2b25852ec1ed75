using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Microsoft.Extensions.DependencyInjection;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Kernel;

/// <summary>Module switching through the real host: dependency rules, 404 for a disabled module, audit.</summary>
public abstract class ModuleSwitchTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task List_AsAdministrator_ShowsEveryModuleWithState()
    {
        var client = await App.AdminApiClientAsync();

        var modules = await client.GetFromJsonAsync<JsonElement[]>("/api/modules");

        var kernel = modules!.Single(m => m.GetProperty("id").GetString() == "Kernel");
        Assert.False(kernel.GetProperty("canBeDisabled").GetBoolean());
        Assert.True(kernel.GetProperty("enabled").GetBoolean());
        var operators = modules!.Single(m => m.GetProperty("id").GetString() == "Operators");
        Assert.Contains("Outlets", operators.GetProperty("dependsOn").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Disable_Kernel_IsRefusedWithConflict()
    {
        var client = await App.AdminApiClientAsync();

        var response = await client.PostAsJsonAsync("/api/modules", new { id = "Kernel", enabled = false });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("module.required", problem.GetProperty("code").GetString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Switch_UnknownModule_Is404()
    {
        var client = await App.AdminApiClientAsync();

        var response = await client.PostAsJsonAsync("/api/modules", new { id = "NoSuchModule", enabled = true });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Switch_WithoutToken_Is401()
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/modules", new { id = "Outlets", enabled = false });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Enable_AlreadyEnabledModule_ChangesNothingAndSucceeds()
    {
        var client = await App.AdminApiClientAsync();
        var before = await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "Module.Enable"));

        var response = await client.PostAsJsonAsync("/api/modules", new { id = "Operators", enabled = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "Module.Enable"));
        Assert.Equal(before, after);
    }
}

public abstract class ModuleRuntimeSwitchTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private async Task<HttpResponseMessage> SwitchAsync(HttpClient client, string id, bool enabled) =>
        await client.PostAsJsonAsync("/api/modules", new { id, enabled });

    [Fact]
    public async Task SampleModules_EnableDisableCycle_FollowsTheDependencyRules()
    {
        var client = await App.AdminApiClientAsync();

        // Enabling a module enables what it depends on.
        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(client, "SampleReports", true)).StatusCode);
        var states = (await client.GetFromJsonAsync<JsonElement[]>("/api/modules"))!.ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("enabled").GetBoolean());
        Assert.True(states["Sample"]);
        Assert.True(states["SampleReports"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sample/ping")).StatusCode);

        // Disabling a module that an enabled module depends on is refused, naming it.
        var refused = await SwitchAsync(client, "Sample", false);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("module.hasDependents", problem.GetProperty("code").GetString());
        Assert.Contains("SampleReports", problem.GetProperty("detail").GetString());

        // Dependents first, then the module itself.
        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(client, "SampleReports", false)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(client, "Sample", false)).StatusCode);

        // A disabled module's endpoints and screens answer 404, exactly like a route that does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/sample/ping")).StatusCode);
        var screens = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await screens.GetAsync("/sample")).StatusCode);

        // Its menu items and permissions disappear.
        Assert.DoesNotContain("Sample screen", await screens.GetStringAsync("/"));
        var active = await App.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<PermissionCatalog>().Enabled().Select(p => p.Name).ToList()));
        Assert.DoesNotContain("Sample.Use", active);

        // Every switch is audited with before and after.
        var audited = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.EntityId == "Sample").OrderBy(e => e.Id).Select(e => new { e.Action, e.Summary, e.After, e.OperatorLogin }).ToListAsync());
        Assert.Equal(["Module.Enable", "Module.Disable"], audited.Select(a => a.Action).TakeLast(2));
        Assert.Contains("dependency of SampleReports", audited[^2].Summary);
        Assert.All(audited.TakeLast(2), a => Assert.Equal("admin", a.OperatorLogin));

        // Back on: the screen and menu item return.
        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(client, "Sample", true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await screens.GetAsync("/sample")).StatusCode);
        Assert.Contains("Sample screen", await screens.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(client, "Sample", false)).StatusCode);
    }

    [Fact]
    public async Task ModulesScreen_EnableWithoutAntiforgeryToken_IsRefused()
    {
        var screens = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);

        var response = await screens.PostAsync("/admin/modules/Sample/enable", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await App.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ModuleStates>().IsEnabled("SampleReports"))));
    }

    [Fact]
    public async Task ModulesScreen_AsAdministrator_ListsModulesAndSwitchesWithToken()
    {
        var screens = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);

        var page = await screens.GetStringAsync("/admin/modules");
        Assert.Contains("data-module=\"SampleReports\"", page);

        var response = await AdminAppFactory.PostFormAsync(screens, "/admin/modules", "/admin/modules/SampleReports/enable", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await App.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ModuleStates>().IsEnabled("Sample"))));

        response = await AdminAppFactory.PostFormAsync(screens, "/admin/modules", "/admin/modules/SampleReports/disable", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        response = await AdminAppFactory.PostFormAsync(screens, "/admin/modules", "/admin/modules/Sample/disable", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task ModulesApi_AsOutletOperator_IsForbidden()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, "Counter2024", "Outlet operator");
        var client = await App.ApiClientAsync(outlet, login, "Counter2024");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/modules")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SwitchAsync(client, "Sample", true)).StatusCode);
    }
}

public sealed class ModuleRuntimeSwitchTests_Sqlite(SqliteDatabase db) : ModuleRuntimeSwitchTests(db), IClassFixture<SqliteDatabase>;

public sealed class ModuleRuntimeSwitchTests_Postgres(PostgresDatabase db) : ModuleRuntimeSwitchTests(db), IClassFixture<PostgresDatabase>;

public sealed class ModuleSwitchTests_Sqlite(SqliteDatabase db) : ModuleSwitchTests(db), IClassFixture<SqliteDatabase>;

public sealed class ModuleSwitchTests_Postgres(PostgresDatabase db) : ModuleSwitchTests(db), IClassFixture<PostgresDatabase>;
