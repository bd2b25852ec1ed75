using System.Net;
using System.Net.Http.Json;
using Admin.Kernel.Audit;
using Admin.Tests.CardService;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Dictionaries;

/// <summary>Dictionary data (字典数据): maintenance through the API, codes fixed once used, deactivated entries refused by a form, names in 简体中文.</summary>
public abstract class DictionariesTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static string NewCode() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static async Task<System.Text.Json.JsonElement> AddProductAsync(HttpClient admin, string code, string en = "Test fuel", string zh = "测试燃料") =>
        await (await admin.PostAsJsonAsync("/api/dictionaries/OilProducts", new { code, nameEn = en, nameZh = zh })).JsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task Entries_AreAddedRenamedDeactivatedAndReactivated_Versioned_AndAudited()
    {
        var admin = await App.AdminApiClientAsync();
        var (_, _, outlet) = await App.OutletOperatorAsync();
        var code = NewCode();
        var renamed = NewCode();

        var created = await AddProductAsync(admin, code);
        var duplicate = await (await admin.PostAsJsonAsync("/api/dictionaries/OilProducts", new { code, nameEn = "Again", nameZh = "重复" })).JsonAsync(HttpStatusCode.Conflict);
        var bad = await (await admin.PostAsJsonAsync("/api/dictionaries/OilProducts", new { code = "no spaces", nameEn = "", nameZh = new string('油', 61) })).JsonAsync(HttpStatusCode.BadRequest);
        var fixedKind = await (await admin.PostAsJsonAsync("/api/dictionaries/BounceReasons", new { code = NewCode(), nameEn = "Lost", nameZh = "遗失" })).JsonAsync(HttpStatusCode.BadRequest);
        var unknownKind = await admin.PostAsJsonAsync("/api/dictionaries/Colours", new { code = NewCode(), nameEn = "Red", nameZh = "红" });
        var byOutlet = await outlet.PostAsJsonAsync("/api/dictionaries/OilProducts", new { code = NewCode(), nameEn = "Outlet's", nameZh = "网点的" });
        var version = created.GetProperty("version").GetString();
        var changed = await (await admin.PutAsJsonAsync($"/api/dictionaries/OilProducts/{code}", new { code = renamed, nameEn = "Test fuel 2", nameZh = "测试燃料二", version })).JsonOkAsync();
        var stale = await (await admin.PutAsJsonAsync($"/api/dictionaries/OilProducts/{renamed}", new { nameEn = "Late", nameZh = "迟到", version })).JsonAsync(HttpStatusCode.Conflict);
        var off = await (await admin.PostAsJsonAsync($"/api/dictionaries/OilProducts/{renamed}/deactivate", new { })).JsonOkAsync();
        var offAgain = await (await admin.PostAsJsonAsync($"/api/dictionaries/OilProducts/{renamed}/deactivate", new { })).JsonAsync(HttpStatusCode.Conflict);
        var listed = await (await outlet.GetAsync("/api/dictionaries/OilProducts")).JsonOkAsync();
        var offered = await (await outlet.GetAsync("/api/card-service/oil-products")).JsonOkAsync();
        var on = await (await admin.PostAsJsonAsync($"/api/dictionaries/OilProducts/{renamed}/reactivate", new { })).JsonOkAsync();

        Assert.True(created.GetProperty("active").GetBoolean());
        Assert.False(created.GetProperty("used").GetBoolean());
        Assert.Equal("dictionary.codeTaken", duplicate.Code());
        Assert.True(bad.HasFieldError("code") && bad.HasFieldError("nameEn") && bad.HasFieldError("nameZh"));
        Assert.Equal("dictionary.kindFixed", fixedKind.Code());
        Assert.Equal(HttpStatusCode.NotFound, unknownKind.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOutlet.StatusCode);
        Assert.Equal((renamed, "测试燃料二"), (changed.GetProperty("code").GetString(), changed.GetProperty("nameZh").GetString()));
        Assert.Equal("concurrency.stale", stale.Code());
        Assert.False(off.GetProperty("active").GetBoolean());
        Assert.Equal("dictionary.alreadyInactive", offAgain.Code());
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), e => e.GetProperty("code").GetString() == renamed && !e.GetProperty("active").GetBoolean());
        Assert.DoesNotContain(offered.EnumerateArray(), e => e.GetProperty("code").GetString() == renamed);
        Assert.True(on.GetProperty("active").GetBoolean());
        var id = (await App.WithDbAsync(d => d.Set<Admin.Modules.Dictionaries.Models.DictionaryEntry>().AsNoTracking().SingleAsync(e => e.Code == renamed))).Id.ToString();
        var actions = await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().Where(e => e.EntityId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Entry.Create", "Entry.Update", "Entry.Deactivate", "Entry.Reactivate"], actions);
    }

    [Fact]
    public async Task ACodeUsedByARestriction_NeverChanges_AndADeactivatedOne_IsRefusedByTheForm_WithAFieldError()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var admin = w.Desk.Admin;
        var code = NewCode();
        var other = NewCode();
        await AddProductAsync(admin, code);
        var unused = await AddProductAsync(admin, other, "Spare fuel", "备用燃料");
        var card = w.Secondary.Number(1);

        await (await w.Desk.Client.PutAsJsonAsync($"/api/card-service/cards/{card}/restrictions", new { products = new[] { "92", code.ToLowerInvariant() } })).JsonOkAsync();
        var entry = await (await admin.GetAsync($"/api/dictionaries/OilProducts/{code}")).JsonOkAsync();
        var recode = await (await admin.PutAsJsonAsync($"/api/dictionaries/OilProducts/{code}", new { code = NewCode(), nameEn = "Test fuel", nameZh = "测试燃料", version = entry.GetProperty("version").GetString() }))
            .JsonAsync(HttpStatusCode.Conflict);
        var rename = await (await admin.PutAsJsonAsync($"/api/dictionaries/OilProducts/{code}", new { nameEn = "Test fuel (renamed)", nameZh = "测试燃料（改名）", version = entry.GetProperty("version").GetString() }))
            .JsonOkAsync();

        Assert.True(entry.GetProperty("used").GetBoolean());
        Assert.Equal("dictionary.codeUsed", recode.Code());
        Assert.Equal(code, rename.GetProperty("code").GetString());
        Assert.False((await (await admin.GetAsync($"/api/dictionaries/OilProducts/{other}")).JsonOkAsync()).GetProperty("used").GetBoolean());
        Assert.Equal(unused.GetProperty("code").GetString(), other);

        // Deactivated: the API and the screen form refuse it on "products" and change nothing.
        await (await admin.PostAsJsonAsync($"/api/dictionaries/OilProducts/{other}/deactivate", new { })).JsonOkAsync();
        var api = await (await w.Desk.Client.PutAsJsonAsync($"/api/card-service/cards/{card}/restrictions", new { products = new[] { other } })).JsonAsync(HttpStatusCode.BadRequest);
        var screen = await App.ScreenClientAsync(w.Desk.Outlet, w.Desk.Login, CounterTestKit.Password);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var formPage = $"/card-service/cards/{card}/restrictions";
        var before = await screen.GetStringAsync(formPage);
        var posted = await AdminAppFactory.PostFormAsync(screen, formPage, formPage, new() { ["Products"] = other });
        var page = await posted.Content.ReadAsStringAsync();

        Assert.Equal("cardService.productInactive", api.Code());
        Assert.True(api.HasFieldError("products"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("已被省中心停用", page);
        Assert.Contains("备用燃料", page);
        Assert.DoesNotContain($"value=\"{other}\"", before);
        Assert.Contains("92#汽油", before);
        var saved = await (await w.Desk.Client.GetAsync($"/api/card-service/cards/{card}/restrictions")).JsonOkAsync();
        Assert.Equal(new[] { "92", code }.Order(StringComparer.Ordinal), saved.GetProperty("products").EnumerateArray().Select(p => p.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheScreens_ShowTheNamesInChinese_AndAddAnEntry_WithFieldErrors()
    {
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var code = NewCode();

        var index = await screen.GetStringAsync("/admin/dictionaries");
        var table = await screen.GetStringAsync("/admin/dictionaries/OilProducts");
        var refused = await AdminAppFactory.PostFormAsync(screen, "/admin/dictionaries/OilProducts/new", "/admin/dictionaries/OilProducts/new", new() { ["Code"] = "a b", ["NameEn"] = "", ["NameZh"] = "" });
        var refusedPage = await refused.Content.ReadAsStringAsync();
        var added = await AdminAppFactory.PostFormAsync(screen, "/admin/dictionaries/OilProducts/new", "/admin/dictionaries/OilProducts/new",
            new() { ["Code"] = code, ["NameEn"] = "Hydrogen", ["NameZh"] = "氢燃料" });
        var after = await screen.GetStringAsync("/admin/dictionaries/OilProducts");
        var edit = await screen.GetStringAsync("/admin/dictionaries/OilProducts/92/edit");

        Assert.Contains("字典数据", index);
        Assert.Contains("证件类型", index);
        Assert.Contains("支票退票原因", index);
        Assert.Contains("0#柴油", table);
        Assert.Contains("停用", table);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("代码只能包含字母、数字、- 和 _。", refusedPage);
        Assert.Contains("请输入名称。", refusedPage);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("氢燃料", after);
        Assert.Contains("已有记录使用：代码不能再修改。", edit);
        Assert.Contains("readonly", edit);
    }
}

public sealed class DictionariesTests_Sqlite(SqliteDatabase db) : DictionariesTests(db), IClassFixture<SqliteDatabase>;

public sealed class DictionariesTests_Postgres(PostgresDatabase db) : DictionariesTests(db), IClassFixture<PostgresDatabase>;
