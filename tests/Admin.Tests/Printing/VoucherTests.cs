using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Printing.Models;
using Admin.Modules.Reviews.Models;
using Admin.Tests.Cheques;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Printing;

/// <summary>Vouchers, layouts and calibration through the real host: print once, reprint through the review gate, versions kept.</summary>
public abstract class VoucherTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static async Task<string> CollectAsync(HttpClient client)
    {
        var customer = (await client.CreateCustomerAsync("王芳")).GetProperty("code").GetString();
        var response = await client.PostAsJsonAsync("/api/counter/fee-collections", new
        {
            customer, paymentMethod = "Cash", items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m }, new { fee = "DEPOSIT", quantity = 2, collected = 60.00m } },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Voucher_PrintsOnce_ThenAReprintNeedsAReview_AndIsMarkedAndAudited()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var id = await CollectAsync(client);

        var first = await client.GetAsync($"/api/vouchers/fee-receipt/{id}.pdf");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var pdf = await first.Content.ReadAsByteArrayAsync();
        var text = await PdfTools.TextAsync(pdf);
        Assert.Contains("王芳", text);
        Assert.Contains("捌拾元整", text);
        Assert.Contains("¥80.00", text);
        Assert.Contains("工本费", text);
        Assert.Contains(DateTime.UtcNow.AddHours(8).Year.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
        Assert.DoesNotContain("重打", text);
        Assert.Matches(@"[A-Z]{6}\+Noto Sans SC[^\n]*CID TrueType\s+Identity-H\s+yes\s+yes", await PdfTools.FontsAsync(pdf));
        var info = await PdfTools.InfoAsync(pdf);
        Assert.Contains("683.15 x 263.906 pts", info); // 241 × 93.1 mm
        Assert.Contains(outlet, info);

        var again = await client.GetAsync($"/api/vouchers/fee-receipt/{id}.pdf");
        Assert.Equal((HttpStatusCode)428, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("review.required", problem.GetProperty("code").GetString());
        Assert.Equal("Printing.Reprint", problem.GetProperty("reviewPoint").GetString());

        var reprint = await client.PostAsJsonAsync($"/api/vouchers/fee-receipt/{id}.pdf", new { review = new { loginName = colleague, password = CounterTestKit.Password } });
        Assert.Equal(HttpStatusCode.OK, reprint.StatusCode);
        var reprinted = await PdfTools.TextAsync(await reprint.Content.ReadAsByteArrayAsync());
        Assert.Contains("重打", reprinted);
        Assert.Contains("REPRINT", reprinted);

        var prints = await client.GetFromJsonAsync<JsonElement>($"/api/vouchers/fee-receipt/{id}/prints");
        Assert.Equal(2, prints.GetArrayLength());
        Assert.False(prints[0].GetProperty("isReprint").GetBoolean());
        Assert.True(prints[1].GetProperty("isReprint").GetBoolean());
        Assert.Equal(colleague, prints[1].GetProperty("reviewer").GetString());
        Assert.Equal("FEE-RECEIPT", prints[0].GetProperty("layoutCode").GetString());
        Assert.True(prints[0].GetProperty("layoutVersion").GetInt32() >= 1);
        var taskId = Guid.Parse(id);
        var reprintRow = await App.WithDbAsync(d => d.Set<VoucherPrint>().SingleAsync(p => p.TaskId == taskId && p.PrintNumber == 2));
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "Voucher.Reprint" && e.EntityId == reprintRow.Receipt && e.Summary!.Contains(colleague))));
        var printId = reprintRow.Id.ToString();
        Assert.True(await App.WithDbAsync(d => d.Set<Authorisation>().AnyAsync(a => a.TaskId == printId && a.Result == AuthorisationResult.Granted)));
    }

    [Fact]
    public async Task Voucher_OfAnotherOutlet_Is404_AndAChequeSlipPrints()
    {
        var (_, _, mine) = await App.OutletOperatorAsync();
        var (_, _, theirs) = await App.OutletOperatorAsync();
        var id = await CollectAsync(mine);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"/api/vouchers/fee-receipt/{id}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.GetAsync($"/api/vouchers/parcel/{id}.pdf")).StatusCode);

        var customer = (await mine.CreateCustomerAsync("陈静")).GetProperty("code").GetString();
        var cheque = await mine.ReceiveAsync(customer, 1234.50m, drawer: "林华贸易有限公司");
        var slip = await mine.GetAsync($"/api/vouchers/cheque-receipt/{cheque.GetProperty("id").GetString()}.pdf");
        Assert.Equal(HttpStatusCode.OK, slip.StatusCode);
        var text = await PdfTools.TextAsync(await slip.Content.ReadAsByteArrayAsync());
        Assert.Contains("林华贸易有限公司", text);
        Assert.Contains("壹仟贰佰叁拾肆元伍角整", text);
    }

    [Fact]
    public async Task Layout_SaveMakesANewVersion_TheOldStaysReadable_AndStaleIs409()
    {
        var admin = await App.AdminApiClientAsync();
        var code = "T" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostAsJsonAsync("/api/printing/layouts", new
        {
            code, name = "测试收据", kind = "FeeReceipt", paperWidth = 200, paperHeight = 90, isActive = false,
            fields = new[] { new { value = "Receipt", x = 10, y = 10, width = 50, fontSize = 10, align = "Left" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var v1 = await created.Content.ReadFromJsonAsync<JsonElement>();
        var url = created.Headers.Location!.OriginalString;

        var saved = await admin.PutAsJsonAsync(url, new
        {
            name = "测试收据 v2", paperWidth = 200, paperHeight = 90, version = v1.GetProperty("version").GetString(),
            fields = new[] { new { value = "Receipt", x = 22.5m, y = 10m, width = 50m, fontSize = 10m, align = "Right" }, new { value = "AmountCapitals", x = 10m, y = 40m, width = 120m, fontSize = 11m, align = "Left" } },
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var v2 = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, v2.GetProperty("currentVersion").GetInt32());

        var old = await admin.GetFromJsonAsync<JsonElement>(url + "?version=1");
        Assert.Equal(1, old.GetProperty("shownVersion").GetInt32());
        Assert.Equal(10m, old.GetProperty("fields")[0].GetProperty("x").GetDecimal());
        var current = await admin.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(22.5m, current.GetProperty("fields")[0].GetProperty("x").GetDecimal());
        Assert.Equal(2, (await admin.GetFromJsonAsync<JsonElement>(url + "/versions")).GetArrayLength());

        var stale = await admin.PutAsJsonAsync(url, new { name = "x", paperWidth = 200, paperHeight = 90, version = v1.GetProperty("version").GetString(), fields = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "Layout.Save" && e.EntityId == code)));

        var preview = await admin.GetAsync(url + "/preview.pdf?version=1");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("44010001-000123", await PdfTools.TextAsync(await preview.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Layout_BadInputIs400PerField_AndAnOutletOperatorMayNotDesign()
    {
        var admin = await App.AdminApiClientAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var response = await admin.PostAsJsonAsync("/api/printing/layouts", new
        {
            code = "bad code!", name = "", kind = "FeeReceipt", paperWidth = 20, paperHeight = 90,
            fields = new[] { new { value = "ChequeNumber", x = 10, y = 10, width = 50, fontSize = 50, align = "Left" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("code", out _));
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("paperWidth", out _));
        Assert.True(errors.TryGetProperty("fields[0].value", out _));
        Assert.Equal("字号为 5 至 36 磅。", errors.GetProperty("fields[0].fontSize")[0].GetString());

        var (_, _, op) = await App.OutletOperatorAsync();
        var refused = await op.PostAsJsonAsync("/api/printing/layouts", new { code = "X1", name = "x", kind = "FeeReceipt", paperWidth = 200, paperHeight = 90, fields = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Calibration_IsPerOutlet_Versioned_AndItsTestPagePrints()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var (_, _, other) = await App.OutletOperatorAsync();
        var list = await client.GetFromJsonAsync<JsonElement>("/api/printing/calibrations");
        var fee = list.GetProperty("items").EnumerateArray().First(c => c.GetProperty("layoutCode").GetString() == "FEE-RECEIPT");
        var layoutId = fee.GetProperty("layoutId").GetString();
        Assert.Equal("0", fee.GetProperty("version").GetString());

        var set = await client.PutAsJsonAsync($"/api/printing/calibrations/{layoutId}", new { offsetX = 1.5, offsetY = -2, version = "0" });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/printing/calibrations/{layoutId}", new { offsetX = 1, offsetY = 1, version = "0" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var bad = await client.PutAsJsonAsync($"/api/printing/calibrations/{layoutId}", new { offsetX = 25, offsetY = 0.05, version = "1" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var theirs = (await other.GetFromJsonAsync<JsonElement>("/api/printing/calibrations")).GetProperty("items").EnumerateArray().First(c => c.GetProperty("layoutId").GetString() == layoutId);
        Assert.Equal(0m, theirs.GetProperty("offsetX").GetDecimal());
        var mine = (await client.GetFromJsonAsync<JsonElement>("/api/printing/calibrations")).GetProperty("items").EnumerateArray().First(c => c.GetProperty("layoutId").GetString() == layoutId);
        Assert.Equal(1.5m, mine.GetProperty("offsetX").GetDecimal());
        Assert.Equal(-2m, mine.GetProperty("offsetY").GetDecimal());
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "Calibration.Set" && e.EntityId == $"{outlet}/FEE-RECEIPT")));

        var page = await client.GetAsync($"/api/printing/calibrations/{layoutId}/test-page.pdf");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var text = await PdfTools.TextAsync(await page.Content.ReadAsByteArrayAsync());
        Assert.Contains("打印机校准测试页", text);
        Assert.Contains("(10, 10) mm", text);
        Assert.Contains("x 1.5 mm, y -2.0 mm", text);
    }
}

public sealed class VoucherTests_Sqlite(SqliteDatabase db) : VoucherTests(db), IClassFixture<SqliteDatabase>;

public sealed class VoucherTests_Postgres(PostgresDatabase db) : VoucherTests(db), IClassFixture<PostgresDatabase>;
