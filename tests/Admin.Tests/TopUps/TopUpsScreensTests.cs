using System.Net;
using Admin.Modules.TopUps.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.TopUps;

/// <summary>The top-up screens, posted as a browser does: the task, the receipt, the cancel with the review dialog, both languages.</summary>
public abstract class TopUpsScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task TopUpScreen_TakesTheMoney_ThenCancelShowsTheDialog_AndAColleagueAuthorises()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (id, code) = await desk.CustomerAsync();
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        var page = $"/topups/topup?customer={code}";

        var bad = await AdminAppFactory.PostFormAsync(screen, page, "/topups/topup", new()
        {
            ["Customer"] = code, ["Amount"] = "abc", ["PaymentMethod"] = "Cash", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });
        var badHtml = await bad.Content.ReadAsStringAsync();
        var done = await AdminAppFactory.PostFormAsync(screen, page, "/topups/topup", new()
        {
            ["Customer"] = code, ["Amount"] = "1,250.50", ["PaymentMethod"] = "Transfer", ["Reference"] = "TRF-001", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });
        var receiptPath = done.Headers.Location!.OriginalString;
        var receiptHtml = await screen.GetStringAsync(receiptPath);
        var key = Guid.NewGuid().ToString("N");
        Dictionary<string, string> Cancel(string? reviewer) => new()
        {
            ["Reason"] = "wrong amount", ["IdempotencyKey"] = key, ["Review.LoginName"] = reviewer ?? "", ["Review.Password"] = reviewer is null ? "" : CounterTestKit.Password,
        };
        var asked = await AdminAppFactory.PostFormAsync(screen, receiptPath, $"{receiptPath}/cancel", Cancel(null));
        var askedHtml = await asked.Content.ReadAsStringAsync();
        var granted = await AdminAppFactory.PostFormAsync(screen, receiptPath, $"{receiptPath}/cancel", Cancel(desk.Colleague));
        var list = await screen.GetStringAsync($"/topups/receipts?customer={code}");

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("is-invalid", badHtml);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("1,250.50", receiptHtml);
        Assert.Contains("id=\"correct-form\"", receiptHtml);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("id=\"review-dialog\"", askedHtml);
        Assert.Contains("taken back out of the account and the till", askedHtml);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Contains("Cancelled", await screen.GetStringAsync(receiptPath));
        Assert.Contains("TRF", receiptHtml);
        Assert.Contains(code, list);
        Assert.Equal(0m, await App.CustomerBalanceAsync(id));
        Assert.Equal(ReceiptStatus.Cancelled, await App.WithDbAsync(d => d.Set<TopUpReceipt>().Where(r => r.CustomerId == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task CancelDialog_InChinese_NamesThePaymentMethodInChinese()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (_, code) = await desk.CustomerAsync();
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        var page = $"/topups/topup?customer={code}";
        var done = await AdminAppFactory.PostFormAsync(screen, page, "/topups/topup", new()
        {
            ["Customer"] = code, ["Amount"] = "8000", ["PaymentMethod"] = "Transfer", ["Reference"] = "TRF-8", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });
        var receiptPath = done.Headers.Location!.OriginalString;
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var asked = await AdminAppFactory.PostFormAsync(screen, receiptPath, $"{receiptPath}/cancel", new()
        {
            ["Reason"] = "金额有误", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"), ["Review.LoginName"] = "", ["Review.Password"] = "",
        });
        var html = System.Net.WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("id=\"review-dialog\"", html);
        Assert.Contains("转账 付款的 8000.00", html);
        Assert.DoesNotContain("Transfer 付款的", html);
    }

    [Fact]
    public async Task Screens_SpeakChinese_AndACashRefusalShowsBesideThePaymentMethod()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (_, code) = await desk.CustomerAsync("Company");
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);

        var refused = await AdminAppFactory.PostFormAsync(screen, "/topups/receive", "/topups/receive", new()
        {
            ["Customer"] = code, ["Amount"] = "6000", ["PaymentMethod"] = "Cash", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        using var zh = new HttpRequestMessage(HttpMethod.Get, "/topups/receive");
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var zhHtml = await (await screen.SendAsync(zh)).Content.ReadAsStringAsync();
        using var zhTopUp = new HttpRequestMessage(HttpMethod.Get, "/topups/topup");
        zhTopUp.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var zhTopUpHtml = await (await screen.SendAsync(zhTopUp)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("pay by bank transfer", refusedHtml);
        Assert.Contains("aria-invalid=\"true\"", refusedHtml);
        Assert.Contains("客户收款", zhHtml);
        Assert.Contains("收款方式", zhHtml);
        Assert.Contains("或刷卡", zhTopUpHtml);
        Assert.DoesNotContain("or the card", zhTopUpHtml);
        Assert.Equal(0, await App.WithDbAsync(d => d.Set<TopUpReceipt>().CountAsync(r => r.CustomerCode == code)));
    }
}

public sealed class TopUpsScreensTests_Sqlite(SqliteDatabase db) : TopUpsScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class TopUpsScreensTests_Postgres(PostgresDatabase db) : TopUpsScreensTests(db), IClassFixture<PostgresDatabase>;
