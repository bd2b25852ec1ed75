using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Recipes;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Kernel;

/// <summary>Recipes through the real host: one transaction, errors with the step's index and name, idempotent steps, setup once.</summary>
public abstract class RecipeTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private Task<Admin.Kernel.Results.OperationResult<RecipeRun>> RunAsync(string json) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().RunAsync(json));

    private static string OutletsStep(string code) =>
        $$"""{ "name": "Outlets", "outlets": [ { "code": "{{code}}", "name": "Recipe outlet {{code}}", "type": "Outlet", "parent": "10000000" } ] }""";

    private Task<bool> OutletExistsAsync(string code) => App.WithDbAsync(d => d.Set<Outlet>().AnyAsync(o => o.Code == code));

    [Fact]
    public async Task Run_LaterStepFails_NothingIsApplied()
    {
        var code = Codes.NewOutletCode();
        var json = $$"""{ "name": "t", "steps": [ {{OutletsStep(code)}}, { "name": "Modules", "enable": ["Sample"] }, { "name": "SampleStep", "fail": true } ] }""";

        var result = await RunAsync(json);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("recipe.stepFailed", error.Code);
        Assert.Contains("Step 2 (\"SampleStep\")", error.ToString());
        Assert.False(await OutletExistsAsync(code));
        Assert.False(await App.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ModuleStates>().IsEnabled("Sample"))));
    }

    [Fact]
    public async Task Run_UnknownStep_ReportsIndexAndNameAndAppliesNothing()
    {
        var code = Codes.NewOutletCode();

        var result = await RunAsync($$"""{ "steps": [ {{OutletsStep(code)}}, { "name": "NoSuchStep" } ] }""");

        Assert.Equal("recipe.unknownStep", Assert.Single(result.Errors).Code);
        Assert.Contains("Step 1 (\"NoSuchStep\")", result.Errors[0].ToString());
        Assert.False(await OutletExistsAsync(code));
    }

    [Fact]
    public async Task Run_StepOfDisabledModule_IsRefused()
    {
        var result = await RunAsync("""{ "steps": [ { "name": "SampleStep" } ] }""");

        Assert.Equal("recipe.moduleDisabled", Assert.Single(result.Errors).Code);
        Assert.Contains("'Sample'", result.Errors[0].ToString());
    }

    [Theory]
    [InlineData("{ \"steps\": [ { \"name\": \"Outlets\", ")]
    [InlineData("[]")]
    [InlineData("{ \"steps\": [ { \"nom\": \"Outlets\" } ] }")]
    [InlineData("{ \"steps\": [ { \"name\": \"Outlets\", \"outlets\": \"not a list\" } ] }")]
    public async Task Run_MalformedRecipe_IsReportedNotThrown(string json)
    {
        var result = await RunAsync(json);

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors[0].Code);
    }

    [Fact]
    public async Task Run_SameRecipeTwice_UpsertsByNaturalKey()
    {
        var code = Codes.NewOutletCode();
        var json = $$"""{ "steps": [ {{OutletsStep(code)}} ] }""";

        Assert.True((await RunAsync(json)).Succeeded);
        Assert.True((await RunAsync(json)).Succeeded);

        Assert.Equal(1, await App.WithDbAsync(d => d.Set<Outlet>().CountAsync(o => o.Code == code)));
    }

    [Fact]
    public async Task Startup_SecondHostOnSameDatabase_DoesNotRunSetupAgain()
    {
        await using var second = new AdminAppFactory(App.Provider, App.ConnectionString);
        _ = second.Server;

        Assert.Equal(1, await second.WithDbAsync(d => d.Set<SetupRun>().CountAsync()));
        Assert.Equal(1, await second.WithDbAsync(d => d.Set<Operator>().CountAsync(o => o.LoginName == "admin" && o.OutletCode == AdminAppFactory.HeadOffice)));
        Assert.Equal(1, await second.WithDbAsync(d => d.Set<Role>().CountAsync(r => r.Name == "Administrator")));
    }

    [Fact]
    public async Task DemoRecipe_Applies_AndIsIdempotent()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "recipes", "demo.recipe.json");
        var json = await File.ReadAllTextAsync(path);

        var first = await RunAsync(json);
        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Select(e => e.ToString())));
        var outlets = await App.WithDbAsync(d => d.Set<Outlet>().CountAsync());
        var operators = await App.WithDbAsync(d => d.Set<Operator>().CountAsync(o => o.MustChangePassword));

        Assert.True((await RunAsync(json)).Succeeded);
        Assert.Equal(outlets, await App.WithDbAsync(d => d.Set<Outlet>().CountAsync()));
        Assert.Equal(operators, await App.WithDbAsync(d => d.Set<Operator>().CountAsync(o => o.MustChangePassword)));
        Assert.True(operators >= 12);
    }
}

public sealed class RecipeTests_Sqlite(SqliteDatabase db) : RecipeTests(db), IClassFixture<SqliteDatabase>;

public sealed class RecipeTests_Postgres(PostgresDatabase db) : RecipeTests(db), IClassFixture<PostgresDatabase>;
