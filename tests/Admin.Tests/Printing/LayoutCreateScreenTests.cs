using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Kernel.Audit;
using Admin.Kernel.Permissions;
using Admin.Modules.Cheques.Services;
using Admin.Modules.Counter.Services;
using Admin.Modules.Printing.Contracts;
using Admin.Modules.Printing.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Printing;

/// <summary>
/// Creating a voucher layout on screen (新增模板) through the real host: who may, antiforgery, version 1 with starting fields and
/// its audit record, form errors that write nothing, copying another layout's fields and stationery, and the API's create.
/// </summary>
public abstract partial class LayoutCreateScreenTests(DatabaseFixture db)
{
    private const string NewUrl = "/admin/printing/layouts/new";

    // A real 1×1 PNG (the designer draws it under the fields).
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private AdminAppFactory App => db.App;

    /// <summary>Three fields of a source layout on 241 × 93.1 mm paper.</summary>
    private static readonly object[] ThreeFields =
    [
        new { value = "Year", x = 30, y = 14, width = 14, fontSize = 10, align = "Center" },
        new { value = "Items", x = 20.5m, y = 40, width = 150, fontSize = 9.5m, align = "Left" },
        new { value = "AmountCapitals", x = 20, y = 70, width = 120, fontSize = 11, align = "Right" },
    ];

    private static string NewCode() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private async Task<HttpClient> AdminScreenAsync()
    {
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        return screen;
    }

    /// <summary>Opens the form (<paramref name="formPage"/>), takes its antiforgery token and posts the fields as the browser does (multipart).</summary>
    private static async Task<HttpResponseMessage> PostNewAsync(HttpClient screen, Dictionary<string, string> fields, string formPage = NewUrl, byte[]? image = null)
    {
        var page = await screen.GetStringAsync(formPage);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {formPage}");
        var content = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (image is not null)
        {
            var file = new ByteArrayContent(image);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(file, "image", "blank.png");
        }

        return await screen.PostAsync(NewUrl, content);
    }

    private static string PathOf(HttpResponseMessage r) => r.Headers.Location is { IsAbsoluteUri: true } l ? l.AbsolutePath : r.Headers.Location?.OriginalString ?? "";

    private static Dictionary<string, string> Form(string code, string kind = "FeeReceipt", string width = "200", string height = "90", string? copyFrom = null)
    {
        var form = new Dictionary<string, string> { ["Code"] = code, ["Name"] = "新收据 " + code, ["Kind"] = kind, ["PaperWidth"] = width, ["PaperHeight"] = height, ["IsActive"] = "false" };
        if (copyFrom is not null)
        {
            form["CopyFrom"] = copyFrom;
        }

        return form;
    }

    private Task<VoucherLayout?> LayoutAsync(string code) => App.WithDbAsync(d => d.Set<VoucherLayout>().AsNoTracking().FirstOrDefaultAsync(l => l.Code == code));

    private Task<int> CountAsync(string code) => App.WithDbAsync(d => d.Set<VoucherLayout>().CountAsync(l => l.Code == code));

    private async Task<(string Id, JsonElement Layout)> CreateByApiAsync(HttpClient admin, string code, string kind, decimal width, decimal height, object[] fields)
    {
        var created = await admin.PostAsJsonAsync("/api/printing/layouts", new { code, name = "源模板", kind, paperWidth = width, paperHeight = height, isActive = false, fields });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var layout = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (layout.GetProperty("id").GetString()!, layout);
    }

    [Fact]
    public async Task NewForm_IsForHeadOfficeDesigners_OutletOperatorsAndAuditorsAreRefused()
    {
        var admin = await AdminScreenAsync();
        var list = await admin.GetStringAsync("/admin/printing/layouts");
        Assert.Contains($"href=\"{NewUrl}\"", list);
        Assert.Contains("新增模板", list);
        var form = await admin.GetStringAsync(NewUrl);
        Assert.Contains("id=\"layout-new-form\"", form);
        Assert.Contains("__RequestVerificationToken", form);
        Assert.Contains("收费收据", form);
        Assert.Contains("支票收款回单", form);
        Assert.Contains("收据号、日期、客户名称", form);

        var (outlet, login, _) = await App.OutletOperatorAsync();
        var op = await App.ScreenClientAsync(outlet, login, CounterTestKit.Password);
        Assert.DoesNotContain($"href=\"{NewUrl}\"", await op.GetStringAsync("/admin/printing/layouts"));
        var auditorLogin = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, CounterTestKit.Password, DefaultRoles.Auditor);
        var auditor = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, auditorLogin, CounterTestKit.Password);
        foreach (var client in new[] { op, auditor })
        {
            var get = await client.GetAsync(NewUrl);
            Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
            Assert.StartsWith("/account/denied", PathOf(get), StringComparison.Ordinal);

            var code = NewCode();
            var post = await client.PostAsync(NewUrl, new FormUrlEncodedContent(Form(code)));
            Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
            Assert.StartsWith("/account/denied", PathOf(post), StringComparison.Ordinal);
            Assert.Equal(0, await CountAsync(code));
        }
    }

    [Fact]
    public async Task Post_WithoutItsAntiforgeryToken_IsRefused_AndWritesNothing()
    {
        var admin = await AdminScreenAsync();
        var code = NewCode();
        var response = await admin.PostAsync(NewUrl, new FormUrlEncodedContent(Form(code)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync(code));
        Assert.False(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.EntityId == code)));
    }

    [Fact]
    public async Task Create_WritesVersion1WithStartingFields_AndItsAuditRecord_ThenOpensTheDesigner()
    {
        var admin = await AdminScreenAsync();
        var code = NewCode();
        var response = await PostNewAsync(admin, Form(code, "ChequeReceipt", "210", "99"), image: Png);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var layout = await LayoutAsync(code);
        Assert.NotNull(layout);
        Assert.Equal($"/admin/printing/layouts/{layout.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("ChequeReceipt", layout.Kind);
        Assert.False(layout.IsActive);
        Assert.Equal(1, layout.CurrentVersion);
        Assert.Equal("image/png", layout.ImageContentType);
        var version = await App.WithDbAsync(d => d.Set<LayoutVersion>().AsNoTracking().SingleAsync(v => v.LayoutId == layout.Id));
        Assert.Equal(1, version.Number);
        Assert.Equal(210m, version.PaperWidthMm);
        Assert.Equal(99m, version.PaperHeightMm);
        Assert.Equal("admin", version.CreatedBy);
        var values = version.Fields.Select(f => f.Value).ToList();
        foreach (var value in new[] { VoucherValues.Date, VoucherValues.Receipt, VoucherValues.CustomerName, VoucherValues.AmountFigures, VoucherValues.AmountCapitals, VoucherValues.Operator, ChequePrintSource.ChequeNumber })
        {
            Assert.Contains(value, values);
        }

        Assert.Empty(LayoutVersion.Check(ChequePrintSource.ChequeReceipt, 210m, 99m, version.Fields));
        var audit = await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().SingleAsync(e => e.Action == "Layout.Create" && e.EntityId == code));
        Assert.Equal("admin", audit.OperatorLogin);
        Assert.Contains("ChequeNumber", audit.After);

        var designer = await admin.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains($"模板 {code} 已创建（第 1 版）", designer);
        Assert.Contains(code, designer);
        Assert.Contains("Fields[6].Value", designer);
        Assert.Contains($"/admin/printing/layouts/{layout.Id}/image", designer);
        Assert.Contains($"{NewUrl}?copyFrom={layout.Id}", designer);
    }

    [Fact]
    public async Task BadInput_ShowsTheFieldsErrors_KeepsWhatWasTyped_AndWritesNothing()
    {
        var admin = await AdminScreenAsync();
        var api = await App.AdminApiClientAsync();
        var code = NewCode();
        await CreateByApiAsync(api, code, "FeeReceipt", 200, 90, []);
        var audits = await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.EntityId == code));

        var duplicate = await PostNewAsync(admin, Form(code));
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        var page = await duplicate.Content.ReadAsStringAsync();
        Assert.Matches($"id=\"Code\"[^>]*value=\"{code}\"|value=\"{code}\"[^>]*id=\"Code\"", page);
        Assert.Matches($"data-valmsg-for=\"Code\"[^>]*>代码为 {code} 的模板已存在。", page);
        Assert.Equal(1, await CountAsync(code));
        Assert.Equal(audits, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.EntityId == code)));

        var other = NewCode();
        var bad = await PostNewAsync(admin, Form(other, width: "20", height: "abc"), image: [1, 2, 3, 4]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        page = await bad.Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"PaperWidth\"[^>]*>纸张尺寸为 50 至 500 毫米", page);
        Assert.Matches("data-valmsg-for=\"PaperHeight\"[^>]*>纸张尺寸为 50 至 500 毫米", page);
        Assert.Matches("data-valmsg-for=\"image\"[^>]*>空白凭证扫描件须为 PNG 或 JPEG 图片", page);
        Assert.Equal(0, await CountAsync(other));
        Assert.False(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.EntityId == other)));
    }

    [Fact]
    public async Task CopyFrom_PrefillsTheForm_AndTheNewLayoutHasTheSameFieldsAndStationery()
    {
        var admin = await AdminScreenAsync();
        var api = await App.AdminApiClientAsync();
        var (sourceId, source) = await CreateByApiAsync(api, NewCode(), "FeeReceipt", 241, 93.1m, ThreeFields);
        var image = await api.PutAsync($"/api/printing/layouts/{sourceId}/image?version={source.GetProperty("version").GetString()}", new ByteArrayContent(Png));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);

        var formPage = $"{NewUrl}?copyFrom={sourceId}";
        var form = await admin.GetStringAsync(formPage);
        Assert.Contains($"name=\"CopyFrom\" value=\"{sourceId}\"", form);
        Assert.Contains("value=\"241\"", form);
        Assert.Contains("value=\"93.1\"", form);
        Assert.Contains("将复制模板", form);
        Assert.Contains("id=\"image-reused\"", form);

        var code = NewCode();
        var response = await PostNewAsync(admin, Form(code, "FeeReceipt", "241", "93.1", sourceId), formPage);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copy = await LayoutAsync(code);
        Assert.NotNull(copy);
        Assert.Equal(Png, copy.Image);
        var copied = await App.WithDbAsync(d => d.Set<LayoutVersion>().AsNoTracking().SingleAsync(v => v.LayoutId == copy.Id));
        var original = await App.WithDbAsync(d => d.Set<LayoutVersion>().AsNoTracking().SingleAsync(v => v.LayoutId == Guid.Parse(sourceId)));
        Assert.Equal(original.Fields, copied.Fields);
        Assert.Equal(3, copied.Fields.Count);
        var after = await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().Where(e => e.Action == "Layout.Create" && e.EntityId == code).Select(e => e.After).SingleAsync());
        Assert.Contains(source.GetProperty("code").GetString()!, after);
    }

    [Fact]
    public async Task CopyFromAnOldVersion_TheDesignerShows_CopiesThatVersionsFields()
    {
        var admin = await AdminScreenAsync();
        var api = await App.AdminApiClientAsync();
        var (sourceId, source) = await CreateByApiAsync(api, NewCode(), "FeeReceipt", 241, 93.1m, ThreeFields);
        var saved = await api.PutAsJsonAsync($"/api/printing/layouts/{sourceId}", new
        {
            name = "Two", paperWidth = 241, paperHeight = 93.1m, isActive = true, version = source.GetProperty("version").GetString(),
            fields = new object[] { new { value = "Operator", x = 10, y = 10, width = 30, fontSize = 10, align = "Left" } },
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // The designer showing version 1 copies version 1; showing the current one, the current one.
        Assert.Contains($"copyFrom={sourceId}&amp;copyVersion=1", await admin.GetStringAsync($"/admin/printing/layouts/{sourceId}?version=1"));
        Assert.DoesNotContain("copyVersion=", await admin.GetStringAsync($"/admin/printing/layouts/{sourceId}"));
        var formPage = $"{NewUrl}?copyFrom={sourceId}&copyVersion=1";
        Assert.Contains("name=\"CopyVersion\" value=\"1\"", await admin.GetStringAsync(formPage));

        var code = NewCode();
        var form = Form(code, "FeeReceipt", "241", "93.1", sourceId);
        form["CopyVersion"] = "1";
        Assert.Equal(HttpStatusCode.Redirect, (await PostNewAsync(admin, form, formPage)).StatusCode);
        var copy = await LayoutAsync(code);
        Assert.NotNull(copy);
        Assert.Equal(3, (await App.WithDbAsync(d => d.Set<LayoutVersion>().AsNoTracking().SingleAsync(v => v.LayoutId == copy.Id))).Fields.Count);

        // The API takes copyVersion too; a version the layout does not have is printing.copySource.
        var byApi = await api.PostAsJsonAsync("/api/printing/layouts", new { code = NewCode(), name = "API copy", kind = "FeeReceipt", paperWidth = 241, paperHeight = 93.1m, copyFrom = sourceId, copyVersion = 2 });
        Assert.Equal(HttpStatusCode.Created, byApi.StatusCode);
        Assert.Equal(1, (await byApi.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fields").GetArrayLength());
        var missing = await api.PostAsJsonAsync("/api/printing/layouts", new { code = NewCode(), name = "API copy", kind = "FeeReceipt", paperWidth = 241, paperHeight = 93.1m, copyFrom = sourceId, copyVersion = 9 });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("printing.copySource", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CopyFrom_OntoSmallerPaper_OrFromAnUnknownLayout_IsAnError_AndWritesNothing()
    {
        var admin = await AdminScreenAsync();
        var api = await App.AdminApiClientAsync();
        var (sourceId, _) = await CreateByApiAsync(api, NewCode(), "FeeReceipt", 200, 90, [new { value = "Receipt", x = 150, y = 10, width = 40, fontSize = 10, align = "Left" }]);

        var code = NewCode();
        var small = await PostNewAsync(admin, Form(code, "FeeReceipt", "100", "90", sourceId), $"{NewUrl}?copyFrom={sourceId}");
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Matches("data-valmsg-for=\"PaperWidth\"[^>]*>从模板 \\S+ 复制的字段需要至少 190 × 50 毫米的纸张。", await small.Content.ReadAsStringAsync());
        Assert.Equal(0, await CountAsync(code));

        var unknown = Guid.NewGuid();
        Assert.Contains("请从同一凭证类型的现有模板复制字段。", await admin.GetStringAsync($"{NewUrl}?copyFrom={unknown}"));
        var foreign = await PostNewAsync(admin, Form(code, "FeeReceipt", "200", "90", unknown.ToString()));
        Assert.Contains("请从同一凭证类型的现有模板复制字段。", await foreign.Content.ReadAsStringAsync());
        var otherKind = await PostNewAsync(admin, Form(code, "ChequeReceipt", "200", "90", sourceId));
        Assert.Contains("请从同一凭证类型的现有模板复制字段。", await otherKind.Content.ReadAsStringAsync());
        Assert.Equal(0, await CountAsync(code));

        // The API says the same with its codes.
        var apiSmall = await api.PostAsJsonAsync("/api/printing/layouts", new { code, name = "x", kind = "FeeReceipt", paperWidth = 100, paperHeight = 90, copyFrom = sourceId });
        Assert.Equal(HttpStatusCode.BadRequest, apiSmall.StatusCode);
        var problem = await apiSmall.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("printing.copiedFieldsOutside", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("paperWidth", out _));
        var apiUnknown = await api.PostAsJsonAsync("/api/printing/layouts", new { code, name = "x", kind = "FeeReceipt", paperWidth = 200, paperHeight = 90, copyFrom = unknown });
        Assert.Equal(HttpStatusCode.BadRequest, apiUnknown.StatusCode);
        problem = await apiUnknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("printing.copySource", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("copyFrom", out _));
        Assert.Equal(0, await CountAsync(code));
    }

    [Fact]
    public async Task Api_CreateWithoutFields_Is201WithStartingFields_CopyFromCopies_AndBothAtOnceIs400()
    {
        var api = await App.AdminApiClientAsync();
        var code = NewCode();
        var created = await api.PostAsJsonAsync("/api/printing/layouts", new { code, name = "无字段", kind = "FeeReceipt", paperWidth = 50, paperHeight = 50 });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        Assert.NotNull(created.Headers.Location);
        var layout = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, layout.GetProperty("currentVersion").GetInt32());
        Assert.Equal(6, layout.GetProperty("fields").GetArrayLength());
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "Layout.Create" && e.EntityId == code)));

        var empty = await api.PostAsJsonAsync("/api/printing/layouts", new { code = NewCode(), name = "空", kind = "ChequeReceipt", paperWidth = 210, paperHeight = 99, fields = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.Created, empty.StatusCode);
        Assert.Equal(0, (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fields").GetArrayLength());

        var copyCode = NewCode();
        var copy = await api.PostAsJsonAsync("/api/printing/layouts", new { code = copyCode, name = "复制", kind = "FeeReceipt", paperWidth = 60, paperHeight = 60, copyFrom = layout.GetProperty("id").GetString() });
        Assert.Equal(HttpStatusCode.Created, copy.StatusCode);
        Assert.Equal(layout.GetProperty("fields").GetRawText(), (await copy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fields").GetRawText());

        var both = await api.PostAsJsonAsync("/api/printing/layouts", new { code = NewCode(), name = "x", kind = "FeeReceipt", paperWidth = 60, paperHeight = 60, copyFrom = layout.GetProperty("id").GetString(), fields = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal("printing.copyWithFields", (await both.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        // A save without a field list keeps the fields (it used to be a 500).
        var saved = await api.PutAsJsonAsync(created.Headers.Location!.OriginalString, new { name = "改名", paperWidth = 50, paperHeight = 50, version = layout.GetProperty("version").GetString() });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(6, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fields").GetArrayLength());
    }

    [Theory]
    [InlineData("FeeReceipt", 50, 50)]
    [InlineData("ChequeReceipt", 500, 500)]
    [InlineData("FeeReceipt", 241, 93.1)]
    [InlineData("ChequeReceipt", 123.4, 77.7)]
    public void StartingFields_FitEveryAllowedPaper(string kindName, double width, double height)
    {
        var kind = kindName == "FeeReceipt" ? FeeCollectionPrintSource.FeeReceipt : ChequePrintSource.ChequeReceipt;
        var fields = LayoutVersion.StartingFields(kind, (decimal)width, (decimal)height);
        Assert.InRange(fields.Count, 6, 7);
        Assert.Empty(LayoutVersion.Check(kind, (decimal)width, (decimal)height, fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

public sealed class LayoutCreateScreenTests_Sqlite(SqliteDatabase db) : LayoutCreateScreenTests(db), IClassFixture<SqliteDatabase>;

public sealed class LayoutCreateScreenTests_Postgres(PostgresDatabase db) : LayoutCreateScreenTests(db), IClassFixture<PostgresDatabase>;
