using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Host.Startup;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Host;

/// <summary>The host's cross-cutting behaviour through the real pipeline, on both databases.</summary>
public abstract class HostTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Health_DatabaseUpAndMigrated_IsHealthy()
    {
        var response = await App.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/api/modules")]
    [InlineData("/no/such/page")]
    [InlineData("/health")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await App.CreateClient().GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task LoginPage_ServesChineseUnescaped()
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var html = await client.GetStringAsync("/login");

        Assert.Contains("网点号", html);
        Assert.DoesNotContain("&#x7F51;", html);
    }

    [Fact]
    public async Task UnknownApiRoute_Is404ProblemDetails_AndUnknownScreenIsAPage()
    {
        var api = await App.CreateClient().GetAsync("/api/no-such-thing");
        var screen = await App.CreateClient().GetAsync("/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, screen.StatusCode);
        Assert.Equal("text/html", screen.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheApiWithEachPermission()
    {
        var doc = await App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/modules", out var modules));
        Assert.Contains("Kernel.ManageModules", modules.GetProperty("get").GetProperty("description").GetString());
        Assert.Contains("anonymous", paths.GetProperty("/api/auth/token").GetProperty("post").GetProperty("description").GetString());
        Assert.All(paths.EnumerateObject(), p => Assert.StartsWith("/api/", p.Name));
        Assert.All(paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject()),
            op => Assert.Contains("Access:", op.Value.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task SecondHost_SameDatabase_AcceptsTheFirstHostsToken()
    {
        var client = await App.AdminApiClientAsync();
        var token = client.DefaultRequestHeaders.Authorization!;
        await using var second = new AdminAppFactory(App.Provider, App.ConnectionString);
        var other = second.CreateClient();
        other.DefaultRequestHeaders.Authorization = token;

        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/modules")).StatusCode);
    }

    [Fact]
    public async Task Startup_DatabaseNewerThanCode_IsRefusedWithAMessage()
    {
        var migration = "29990101000000_FromTheFuture";
        await App.WithDbAsync(d => d.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({0}, '99.0')", migration));
        try
        {
            await using var newer = new AdminAppFactory(App.Provider, App.ConnectionString);
            var ex = Assert.ThrowsAny<Exception>(() => newer.Server);
            var startup = ex as DatabaseStartupException ?? ex.InnerException as DatabaseStartupException ?? Assert.IsType<DatabaseStartupException>(ex.GetBaseException());
            Assert.Contains("newer than this version", startup.Message);
            Assert.Contains(migration, startup.Message);
        }
        finally
        {
            await App.WithDbAsync(d => d.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {0}", migration));
        }
    }
}

public sealed class HostTests_Sqlite(SqliteDatabase db) : HostTests(db), IClassFixture<SqliteDatabase>;

public sealed class HostTests_Postgres(PostgresDatabase db) : HostTests(db), IClassFixture<PostgresDatabase>;
