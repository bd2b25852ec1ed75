using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Printing;

/// <summary>The printing screens through the real host: links on the receipt, the voucher page's review dialog, the designer read-only for outlets.</summary>
public abstract class PrintingScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Receipt_LinksToFormAndVoucher_AndAReprintOnScreenOpensTheReviewDialog()
    {
        var (outlet, login, api) = await App.OutletOperatorAsync();
        var customer = (await api.CreateCustomerAsync("王芳")).GetProperty("code").GetString();
        var created = await api.PostAsJsonAsync("/api/counter/fee-collections", new { customer, paymentMethod = "Cash", items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m } } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var screen = await App.ScreenClientAsync(outlet, login, CounterTestKit.Password);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var receipt = await screen.GetStringAsync($"/counter/collections/{id}");
        Assert.Contains($"/api/forms/fee-collection/{id}.pdf", receipt);
        Assert.Contains($"/printing/vouchers/fee-receipt/{id}", receipt);
        Assert.Contains("打印申请表", receipt);

        var first = await AdminAppFactory.PostFormAsync(screen, $"/printing/vouchers/fee-receipt/{id}", $"/printing/vouchers/fee-receipt/{id}", []);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);

        var again = await AdminAppFactory.PostFormAsync(screen, $"/printing/vouchers/fee-receipt/{id}", $"/printing/vouchers/fee-receipt/{id}", []);
        var page = await again.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("text/html", again.Content.Headers.ContentType?.MediaType);
        Assert.Contains("重打凭证", page);
        Assert.Contains("Review.LoginName", page);
        Assert.Contains("已打印 1 次", page);
    }

    [Fact]
    public async Task LayoutsAndCalibration_ShowInChinese_AndTheDesignerIsReadOnlyForAnOutlet()
    {
        var (outlet, login, _) = await App.OutletOperatorAsync();
        var screen = await App.ScreenClientAsync(outlet, login, CounterTestKit.Password);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var list = await screen.GetStringAsync("/admin/printing/layouts");
        Assert.Contains("凭证套打模板", list);
        var id = System.Text.RegularExpressions.Regex.Match(list, "/admin/printing/layouts/([0-9a-f-]{36})").Groups[1].Value;
        var designer = await screen.GetStringAsync($"/admin/printing/layouts/{id}");
        Assert.Contains("data-readonly=\"true\"", designer);
        Assert.DoesNotContain("save-layout", designer);
        Assert.Contains("打印机校准", await screen.GetStringAsync("/printing/calibration"));
    }

    /// <summary>Found by wapiti (bench/scans): a designer form whose IsActive is not a boolean answered 500 when redisplayed; now it is a form error and saves nothing.</summary>
    [Fact]
    public async Task DesignerSave_WithANonBooleanIsActive_IsRefused_AndChangesNothing()
    {
        var api = await App.AdminApiClientAsync();
        var layout = (await api.GetFromJsonAsync<JsonElement>("/api/printing/layouts")).GetProperty("items")[0];
        var id = layout.GetProperty("id").GetString();
        var before = layout.GetProperty("currentVersion").GetInt32();
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);

        var response = await AdminAppFactory.PostFormAsync(screen, $"/admin/printing/layouts/{id}", $"/admin/printing/layouts/{id}", new()
        {
            ["Version"] = before.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Name"] = "Fee receipt", ["PaperWidth"] = "241.0", ["PaperHeight"] = "93.1", ["IsActive"] = "true\u00bf'\"(",
            ["Fields[0].X"] = "30", ["Fields[0].Y"] = "14", ["Fields[0].Width"] = "14", ["Fields[0].FontSize"] = "10",
        });

        // Found by wapiti: a 500 when the form was redisplayed (the checkbox parsed the value again). Now the kernel refuses it.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("A yes/no field of what you sent holds something other than yes or no", await response.Content.ReadAsStringAsync());
        var after = (await api.GetFromJsonAsync<JsonElement>($"/api/printing/layouts/{id}")).GetProperty("currentVersion").GetInt32();
        Assert.Equal(before, after);
    }
}

public sealed class PrintingScreensTests_Sqlite(SqliteDatabase db) : PrintingScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class PrintingScreensTests_Postgres(PostgresDatabase db) : PrintingScreensTests(db), IClassFixture<PostgresDatabase>;
