using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Kernel;

/// <summary>System settings: typed values, a stale edit refused with the current version, audited.</summary>
public abstract class SettingsTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Update_StaleVersion_Is409WithCurrentVersion_AndNothingChanges()
    {
        var admin = await App.AdminApiClientAsync();
        const string key = "Operators.PasswordHistory";

        var first = await admin.PutAsJsonAsync($"/api/settings/{key}", new { value = "6", version = "0" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var version = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString();

        var stale = await admin.PutAsJsonAsync($"/api/settings/{key}", new { value = "7", version = "0" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("concurrency.stale", problem.GetProperty("code").GetString());
        Assert.Equal(version, problem.GetProperty("version").GetString());

        var settings = await admin.GetFromJsonAsync<JsonElement[]>("/api/settings");
        Assert.Equal("6", settings!.Single(s => s.GetProperty("key").GetString() == key).GetProperty("value").GetString());

        var fresh = await admin.PutAsJsonAsync($"/api/settings/{key}", new { value = "5", version });
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);

        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/audit/events?module=Operators&limit=500");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "Setting.Change" && e.GetProperty("entityId").GetString() == key);
    }

    [Theory]
    [InlineData("Operators.MaxFailedAttempts", "0")]
    [InlineData("Operators.MaxFailedAttempts", "three")]
    [InlineData("Operators.PasswordMaxLength", "65")]
    [InlineData("Operators.ModernPasswordRules", "yes")]
    public async Task Update_BadValue_Is400OnValue(string key, string value)
    {
        var admin = await App.AdminApiClientAsync();

        var response = await admin.PutAsJsonAsync($"/api/settings/{key}", new { value, version = "0" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("value", out _));
    }

    [Fact]
    public async Task Update_UnknownKey_Is404()
    {
        var admin = await App.AdminApiClientAsync();

        var response = await admin.PutAsJsonAsync("/api/settings/Nope.Nothing", new { value = "1", version = "0" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SettingsScreen_StaleForm_ShowsConflictMessage()
    {
        var screens = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        const string key = "Operators.PasswordMaxAgeDays";
        var ok = await AdminAppFactory.PostFormAsync(screens, "/admin/settings", "/admin/settings", new() { ["Key"] = key, ["Value"] = "60", ["Version"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var stale = await AdminAppFactory.PostFormAsync(screens, "/admin/settings", "/admin/settings", new() { ["Key"] = key, ["Value"] = "30", ["Version"] = "0" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this record", await stale.Content.ReadAsStringAsync());
    }
}

public sealed class SettingsTests_Sqlite(SqliteDatabase db) : SettingsTests(db), IClassFixture<SqliteDatabase>;

public sealed class SettingsTests_Postgres(PostgresDatabase db) : SettingsTests(db), IClassFixture<PostgresDatabase>;
