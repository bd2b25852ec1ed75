using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
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

public sealed class ModuleSwitchTests_Sqlite(SqliteDatabase db) : ModuleSwitchTests(db), IClassFixture<SqliteDatabase>;

public sealed class ModuleSwitchTests_Postgres(PostgresDatabase db) : ModuleSwitchTests(db), IClassFixture<PostgresDatabase>;
