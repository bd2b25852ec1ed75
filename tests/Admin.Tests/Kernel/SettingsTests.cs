using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Globalization;
using Admin.Kernel.Localization;
using Admin.Kernel.Settings;
using Admin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>
    /// Generated from every module's settings: each has a name and a help text in both languages, and the settings screen
    /// (in zh-CN) shows the name, never the key, with a control of the setting's type.
    /// </summary>
    [Fact]
    public async Task EverySetting_HasANameAndHelpInBothLanguages_ShownByLabelWithATypedControl()
    {
        var definitions = App.Services.GetRequiredService<IEnumerable<ISettingsProvider>>().SelectMany(p => p.GetSettings()).ToList();
        var text = App.Services.GetRequiredService<AdminText>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(AdminCultures.Chinese);
        List<string> missing;
        try
        {
            missing = definitions.SelectMany(d => new[] { (d.Key, Text: d.Name), (d.Key, Text: (string?)d.Description) })
                .Where(x => string.IsNullOrWhiteSpace(x.Text) || text[x.Text].ResourceNotFound).Select(x => $"{x.Key}: \"{x.Text}\"").ToList();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        Assert.True(missing.Count == 0, "Without a name or a Chinese text: " + string.Join(", ", missing));

        var screens = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/settings");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var html = WebUtility.HtmlDecode(await (await screens.SendAsync(request)).Content.ReadAsStringAsync());
        var visible = System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", " "), @"\s+", " ");
        Assert.Contains("锁定前允许的密码错误次数", visible);
        foreach (var d in definitions)
        {
            Assert.DoesNotContain(d.Key, visible);
            var id = "setting-" + d.Key.Replace('.', '-');
            var control = System.Text.RegularExpressions.Regex.Match(html, $"<input[^>]*id=\"{id}\"[^>]*>").Value;
            Assert.Contains(d.Type switch { SettingType.Boolean => "type=\"checkbox\"", SettingType.Integer or SettingType.Money => "type=\"number\"", _ => "name=\"Value\"" }, control);
        }

        Assert.DoesNotContain(">false<", html);
        Assert.DoesNotContain(">true<", html);
    }

    [Fact]
    public async Task SettingsScreen_Switch_SavesTrueWhenOn_AndFalseWhenOff()
    {
        var screens = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var token = await AdminAppFactory.AntiforgeryTokenOfAsync(screens, "/admin/settings");
        async Task<string> SaveAsync(string version, params string[] values)
        {
            var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("Key", "Operators.ModernPasswordRules"), new("Version", version) };
            fields.AddRange(values.Select(v => new KeyValuePair<string, string>("Value", v)));
            Assert.Equal(HttpStatusCode.Redirect, (await screens.PostAsync("/admin/settings", new FormUrlEncodedContent(fields))).StatusCode);
            var settings = await (await App.AdminApiClientAsync()).GetFromJsonAsync<JsonElement[]>("/api/settings");
            var row = settings!.Single(s => s.GetProperty("key").GetString() == "Operators.ModernPasswordRules");
            return row.GetProperty("value").GetString() + "/" + row.GetProperty("version").GetString();
        }

        var on = await SaveAsync("0", "true", "false");   // switch on: its value, then the hidden one
        Assert.StartsWith("true/", on);
        var off = await SaveAsync(on.Split('/')[1], "false"); // switch off: the hidden one only
        Assert.StartsWith("false/", off);
    }
}

public sealed class SettingsTests_Sqlite(SqliteDatabase db) : SettingsTests(db), IClassFixture<SqliteDatabase>;

public sealed class SettingsTests_Postgres(PostgresDatabase db) : SettingsTests(db), IClassFixture<PostgresDatabase>;
