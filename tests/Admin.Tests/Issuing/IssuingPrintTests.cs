using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Printing.Contracts;
using Admin.Modules.Printing.Pdf;
using Admin.Modules.Printing.Services;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Printing;

namespace Admin.Tests.Issuing;

/// <summary>
/// Issuing's forms through Printing's contract: the application form of an issue record and the secondary-card list, read
/// back with pdftotext; the links on the receipt page in both languages; another outlet's record is 404.
/// </summary>
public abstract class IssuingPrintTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static async Task<string> PdfTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await PdfTools.TextAsync(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ApplicationForm_OfASingleUserIssue_PrintsCardProductFeesDepositCustomerAndMaker()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        await desk.StockAsync(single, 1);
        var idNumber = CounterTestKit.NewResidentId();
        var issued = await (await desk.PostAsync("/api/cards/issue", new
        {
            newCustomer = new { type = "Individual", name = "王芳", idType = "ResidentId", idNumber, phone = "13800000000" }, product = single.Code,
            card = new { number = single.Number(1), holderName = "王芳", vehiclePlate = "京A12345" }, paymentMethod = "Cash", serviceInvoice = false,
        })).Created();

        var text = await PdfTextAsync(desk.Client, $"/api/forms/card-issue/{issued.GetProperty("id").GetString()}.pdf");

        Assert.Contains("客户业务申请表", text);
        Assert.Contains("开户发卡", text);
        Assert.Contains(issued.GetProperty("receipt").GetString()!, text);
        Assert.Contains(single.Number(1), text);
        Assert.Contains("测试卡 " + single.Code, text);
        Assert.Contains("京A12345", text);
        Assert.Contains("王芳", text);
        Assert.Contains("工本费", text);
        Assert.Contains("押金", text);
        Assert.Contains("服务费", text);
        Assert.Contains("不开服务费发票", text);
        Assert.Contains("现金", text);
        Assert.Contains("陆拾元整", text);
        Assert.Contains(desk.Login, text);
        Assert.Contains(new string('*', idNumber.Length - 4) + idNumber[^4..], text);
        Assert.DoesNotContain(idNumber, text);
    }

    [Fact]
    public async Task SecondaryCardList_ListsTheBatchUnderItsPrimary_AndOnlyASecondaryTaskHasOne()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var primary = await IssuingProduct.CreateAsync(desk.Admin, "Primary");
        var secondary = await IssuingProduct.CreateAsync(desk.Admin, "Secondary");
        await desk.StockAsync(primary, 1);
        await desk.StockAsync(secondary, 3);
        var opened = await (await desk.PostAsync("/api/cards/issue", new
        {
            newCustomer = IssuingTestKit.NewCustomer("Zhang Wei Logistics"), multiUser = true, product = primary.Code, card = new { number = primary.Number(1) }, paymentMethod = "Cash",
        })).Created();
        var batch = await (await desk.PostAsync("/api/cards/issue-secondary", new
        {
            primaryCard = primary.Number(1), product = secondary.Code, paymentMethod = "Transfer",
            cards = Enumerable.Range(1, 3).Select(n => new { number = secondary.Number(n), holderName = $"Driver {n}", vehiclePlate = $"粤A0000{n}" }).ToArray(),
        })).Created();
        var id = batch.GetProperty("id").GetString();

        var list = await PdfTextAsync(desk.Client, $"/api/forms/secondary-card-list/{id}.pdf");
        var form = await PdfTextAsync(desk.Client, $"/api/forms/card-issue/{id}.pdf");
        var (_, _, stranger) = await App.OutletOperatorAsync();

        Assert.Contains("副卡清单", list);
        Assert.Contains("Secondary-card list", list);
        Assert.Contains(primary.Number(1), list);
        foreach (var n in new[] { 1, 2, 3 })
        {
            Assert.Contains(secondary.Number(n), list);
            Assert.Contains($"Driver {n}", list);
            Assert.Contains($"粤A0000{n}", list);
            Assert.Contains(secondary.Number(n), form);
        }

        Assert.Contains("Zhang Wei Logistics", list);
        Assert.Contains("转账", list);
        Assert.Contains(batch.GetProperty("receipt").GetString()!, list);
        Assert.Contains("发副卡", form);
        Assert.Contains(primary.Number(1), form);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Client.GetAsync($"/api/forms/secondary-card-list/{opened.GetProperty("id").GetString()}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/forms/secondary-card-list/{id}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/forms/card-issue/{id}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.Admin.GetAsync($"/api/forms/secondary-card-list/{id}.pdf")).StatusCode);

        // The receipt page links to both forms, in English and in Chinese.
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        var english = await screen.GetStringAsync($"/issuing/receipts/{id}");
        Assert.Contains($"/api/forms/card-issue/{id}.pdf", english);
        Assert.Contains($"/api/forms/secondary-card-list/{id}.pdf", english);
        Assert.Contains("Print secondary-card list", english);
        using var zh = new HttpRequestMessage(HttpMethod.Get, $"/issuing/receipts/{id}");
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var chinese = await (await screen.SendAsync(zh)).Content.ReadAsStringAsync();
        Assert.Contains("打印副卡清单", chinese);
        Assert.Contains("打印申请表", chinese);
        var primaryReceipt = await screen.GetStringAsync($"/issuing/receipts/{opened.GetProperty("id").GetString()}");
        Assert.Contains("/api/forms/card-issue/", primaryReceipt);
        Assert.DoesNotContain("secondary-card-list", primaryReceipt);
    }

    [Fact]
    public async Task ApplicationForm_OfAnAnonymousSale_PrintsTheCardsAndFaceValues()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var anonymous = await IssuingProduct.CreateAsync(desk.Admin, "Anonymous");
        await desk.StockAsync(anonymous, 2);
        var sale = await (await desk.PostAsync("/api/cards/sell-anonymous", new
        {
            product = anonymous.Code, paymentMethod = "Cash", cards = new[] { new { number = anonymous.Number(1), faceValue = 500m }, new { number = anonymous.Number(2), faceValue = 200m } },
        })).Created();

        var text = await PdfTextAsync(desk.Client, $"/api/forms/card-issue/{sale.GetProperty("id").GetString()}.pdf");

        Assert.Contains("不记名卡销售", text);
        Assert.Contains(anonymous.Number(1), text);
        Assert.Contains(anonymous.Number(2), text);
        Assert.Contains("500.00", text);
        Assert.Contains("柒佰元整", text);
    }
}

public sealed class IssuingPrintTests_Sqlite(SqliteDatabase db) : IssuingPrintTests(db), IClassFixture<SqliteDatabase>;

public sealed class IssuingPrintTests_Postgres(PostgresDatabase db) : IssuingPrintTests(db), IClassFixture<PostgresDatabase>;

/// <summary>A list longer than a page continues on the next one with its headings, and the customer's part follows it.</summary>
public sealed class ApplicationFormPagesTests
{
    [Fact]
    public async Task ALongCardList_ContinuesOverPages_WithItsHeadings()
    {
        var fonts = new PdfFonts(Path.Combine(AppContext.BaseDirectory, "fonts"));
        Assert.True(fonts.EnsureReady(), "The test needs the font in the output's fonts/ folder.");
        var rows = Enumerable.Range(1, 60).Select(n => (IReadOnlyList<string>)[n.ToString(), $"91010000000{n:D5}", $"Driver {n}"]).ToList();
        var model = new PrintModel("副卡清单", "Secondary-card list", Guid.Empty, "44010001", "44010001-K000001", DateTime.UtcNow, "C1", "Fleet", null, null,
            [], [], "Cash", "现金", 600m, "op01", null, Table: new PrintTable("副卡", "Secondary cards", ["序号 No.", "卡号 Card No.", "持卡人 Holder"], rows));

        var pdf = ApplicationFormPdf.Render(new PrintData("secondary-card-list", Guid.Empty, model, "Outlet", TimeSpan.FromHours(8)), "op01");

        var info = await PdfTools.InfoAsync(pdf);
        Assert.Matches(@"Pages:\s+[23]\b", info);
        var text = await PdfTools.TextAsync(pdf);
        Assert.Contains("9101000000000060", text);
        Assert.Contains("Driver 60", text);
        Assert.True(text.Split("卡号 Card No.").Length - 1 >= 2, "The headings repeat on the next page.");
        Assert.Contains("客户留存联", text);
    }
}
