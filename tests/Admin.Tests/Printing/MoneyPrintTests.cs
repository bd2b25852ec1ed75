using System.Net;
using System.Text.Json;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Allocations;
using Admin.Tests.BatchTopUps;
using Admin.Tests.Counter;
using Admin.Tests.CustomerAccounts;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.TopUps;

namespace Admin.Tests.Printing;

/// <summary>
/// The money tasks' forms and vouchers through Printing's contract (TopUps, Allocations, CustomerAccounts, BatchTopUps):
/// each read back with pdftotext, each voucher printed with the setup recipe's default layout, the links on the task's page
/// in both languages, another outlet's task 404.
/// </summary>
public abstract class MoneyPrintTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static async Task<string> PdfTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await PdfTools.TextAsync(await response.Content.ReadAsByteArrayAsync());
    }

    private static string Id(JsonElement e) => e.GetProperty("id").GetString()!;

    private async Task<(string English, string Chinese)> PageAsync(IssuingDesk desk, string url)
    {
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        var english = await screen.GetStringAsync(url);
        using var zh = new HttpRequestMessage(HttpMethod.Get, url);
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        return (english, await (await screen.SendAsync(zh)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TopUp_PrintsFormAndReceiptVoucher_LinkedFromTheReceipt_AndAnotherOutletIs404()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (_, code) = await desk.CustomerAsync("Company");
        var topUp = await desk.TopUpAsync(new { customer = code, amount = 300m, paymentMethod = "Transfer", reference = "BK-778899" });
        var id = Id(topUp);

        var form = await PdfTextAsync(desk.Client, $"/api/forms/top-up/{id}.pdf");
        var voucher = await PdfTextAsync(desk.Client, $"/api/vouchers/top-up-receipt/{id}.pdf");
        var (_, _, stranger) = await App.OutletOperatorAsync();
        var (english, chinese) = await PageAsync(desk, $"/topups/receipts/{id}");

        Assert.Contains("客户业务申请表", form);
        Assert.Contains("客户充值", form);
        Assert.Contains(topUp.GetProperty("receipt").GetString()!, form);
        Assert.Contains(code, form);
        Assert.Contains("BK-778899", form);
        Assert.Contains("转账", form);
        Assert.Contains("叁佰元整", form);
        Assert.Contains(desk.Login, form);
        Assert.Contains("叁佰元整", voucher);
        Assert.Contains("BK-778899", voucher);
        Assert.Contains(code, voucher);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/forms/top-up/{id}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/vouchers/top-up-receipt/{id}.pdf")).StatusCode);
        Assert.Contains($"/api/forms/top-up/{id}.pdf", english);
        Assert.Contains($"/printing/vouchers/top-up-receipt/{id}", english);
        Assert.Contains("打印申请表", chinese);
        Assert.Contains("套打凭证", chinese);
    }

    [Fact]
    public async Task PreAllocationAndLoad_PrintTheirCardsAndVouchers_AndAPendingLoadHasNothingToPrint()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 2, funds: 1000m);
        var allocation = await w.AllocateAsync((1, 200m), (2, 150m));
        var load = await (await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 120m })).Created();
        var pending = Id(load);
        var before = await w.Desk.Client.GetAsync($"/api/forms/purse-transfer/{pending}.pdf");
        await (await w.Desk.Client.ActAsync($"/api/loads/{pending}/complete")).JsonAsync(HttpStatusCode.OK);

        var form = await PdfTextAsync(w.Desk.Client, $"/api/forms/pre-allocation/{Id(allocation)}.pdf");
        var voucher = await PdfTextAsync(w.Desk.Client, $"/api/vouchers/pre-allocation/{Id(allocation)}.pdf");
        var loadForm = await PdfTextAsync(w.Desk.Client, $"/api/forms/purse-transfer/{pending}.pdf");
        var loadVoucher = await PdfTextAsync(w.Desk.Client, $"/api/vouchers/purse-transfer/{pending}.pdf");
        var (english, chinese) = await PageAsync(w.Desk, $"/allocations/{Id(allocation)}");
        var (loadPage, _) = await PageAsync(w.Desk, $"/allocations/purse/{pending}");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Contains("预分配", form);
        Assert.Contains(w.Card(1), form);
        Assert.Contains(w.Card(2), form);
        Assert.Contains("200.00", form);
        Assert.Contains("叁佰伍拾元整", form);
        Assert.Contains("客户账户", form);
        Assert.Contains(w.Card(2), voucher);
        Assert.Contains("叁佰伍拾元整", voucher);
        Assert.Contains("圈存", loadForm);
        Assert.Contains(w.Card(1), loadForm);
        Assert.Contains("电子钱包", loadForm);
        Assert.Contains("壹佰贰拾元整", loadVoucher);
        Assert.Contains(w.Card(1), loadVoucher);
        Assert.Contains($"/api/forms/pre-allocation/{Id(allocation)}.pdf", english);
        Assert.Contains("打印申请表", chinese);
        Assert.Contains($"/printing/vouchers/purse-transfer/{pending}", loadPage);
    }

    [Fact]
    public async Task RefundAndArrival_PrintTheirVouchers_LinkedFromTheirPages()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var customer = await App.NewCustomerAsync(desk.Client, "Zhou Min");
        await App.FundAsync(AccountRef.Customer(customer.Id, customer.OutletId), 300m);
        var refund = await (await desk.Client.PostKeyedAsync("/api/refunds", new
        {
            kind = "Special", customer = customer.Code, amount = 250m, reason = "OVERPAID", note = "overpaid by transfer", method = "Transfer", bankName = "ICBC Tianhe",
            bankAccount = "6222020200001234567", accountName = "Zhou Min", review = desk.Review,
        })).Json(HttpStatusCode.Created);
        var reference = "TR" + Guid.NewGuid().ToString("N")[..14].ToUpperInvariant();
        var arrival = await (await desk.Client.PostKeyedAsync("/api/arrivals", new { amount = 1234.50m, bankReference = reference, payer = "Guangzhou Haulage Co.", receivedOn = "2026-01-05" }))
            .Json(HttpStatusCode.Created);

        var refundForm = await PdfTextAsync(desk.Client, $"/api/forms/refund/{Id(refund)}.pdf");
        var refundVoucher = await PdfTextAsync(desk.Client, $"/api/vouchers/refund-voucher/{Id(refund)}.pdf");
        var arrivalVoucher = await PdfTextAsync(desk.Client, $"/api/vouchers/arrival-voucher/{Id(arrival)}.pdf");
        var arrivalForm = await PdfTextAsync(desk.Client, $"/api/forms/customer-arrival/{Id(arrival)}.pdf");
        var (_, _, stranger) = await App.OutletOperatorAsync();
        var (refundPage, _) = await PageAsync(desk, $"/customer-accounts/refunds/{Id(refund)}");
        var (arrivals, arrivalsZh) = await PageAsync(desk, "/customer-accounts/arrivals?status=all");

        Assert.Contains("特殊退款", refundForm);
        Assert.Contains("6222020200001234567", refundForm);
        Assert.Contains("overpaid by transfer", refundForm);
        Assert.Contains("贰佰伍拾元整", refundForm);
        Assert.Contains(desk.Colleague, refundForm);
        Assert.Contains("6222020200001234567", refundVoucher);
        Assert.Contains("特殊退款", refundVoucher);
        Assert.Contains(reference, arrivalVoucher);
        Assert.Contains("Guangzhou Haulage Co.", arrivalVoucher);
        Assert.Contains("2026", arrivalVoucher);
        Assert.Contains("壹仟贰佰叁拾肆元伍角整", arrivalVoucher);
        Assert.Contains("客户到账", arrivalForm);
        Assert.Contains("待匹配", arrivalForm);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/forms/refund/{Id(refund)}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/vouchers/arrival-voucher/{Id(arrival)}.pdf")).StatusCode);
        Assert.Contains($"/printing/vouchers/refund-voucher/{Id(refund)}", refundPage);
        Assert.Contains($"/printing/vouchers/arrival-voucher/{Id(arrival)}", arrivals);
        Assert.Contains("套打凭证", arrivalsZh);
    }

    [Fact]
    public async Task BatchList_PrintsEveryLine_OverSeveralPages_AndIsLinkedFromTheList()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: 70, money: 10_000m);
        var list = await desk.SubmittedAsync(Enumerable.Range(0, 70).Select(i => (i, 10m + i)));
        var id = list.GetProperty("id").GetString()!;

        var response = await desk.MakerClient.GetAsync($"/api/forms/batch-topup-list/{id}.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await PdfTools.TextAsync(pdf);
        var (_, _, stranger) = await App.OutletOperatorAsync();
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Maker, CounterTestKit.Password);
        var page = await screen.GetStringAsync($"/batch-topups/{id}");

        Assert.Matches(@"Pages:\s+([2-9]|\d\d)\b", await PdfTools.InfoAsync(pdf));
        Assert.Contains("批量充值清单", text);
        Assert.Contains(list.GetProperty("number").GetString()!, text);
        Assert.Contains(list.GetProperty("contentHash").GetString()!, text);
        Assert.Contains(desk.Cards[0].Number, text);
        Assert.Contains(desk.Cards[69].Number, text);
        Assert.Contains("79.00", text);
        Assert.True(text.Split("卡号 Card No.").Length - 1 >= 2, "The headings repeat on the next page.");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/forms/batch-topup-list/{id}.pdf")).StatusCode);
        Assert.Contains($"/api/forms/batch-topup-list/{id}.pdf", page);
        Assert.Contains("Print the list", page);
    }
}

public sealed class MoneyPrintTests_Sqlite(SqliteDatabase db) : MoneyPrintTests(db), IClassFixture<SqliteDatabase>;

public sealed class MoneyPrintTests_Postgres(PostgresDatabase db) : MoneyPrintTests(db), IClassFixture<PostgresDatabase>;
