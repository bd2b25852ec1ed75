using System.Net;
using Admin.Modules.Counter.Models;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.CustomerAccounts;

/// <summary>The customer-account screens, posted as a browser does.</summary>
public abstract class CustomerAccountsScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task CloseScreen_ShowsTheCardsAndTheRefund_AsksAColleague_ThenTheReceiptShows()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (customer, cards) = await App.CustomerWithCardsAsync(desk, 1);
        await App.FundAsync(AccountRef.Customer(customer.Id, customer.OutletId), 12.34m);
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        var page = $"/customer-accounts/close?customer={customer.Code}";
        var key = Guid.NewGuid().ToString("N");
        Dictionary<string, string> Form(string? reviewer) => new()
        {
            ["Customer"] = customer.Code, ["Method"] = "Cash", ["IdempotencyKey"] = key,
            ["Review.LoginName"] = reviewer ?? "", ["Review.Password"] = reviewer is null ? "" : CounterTestKit.Password,
        };

        var shown = await screen.GetStringAsync(page);
        var first = await AdminAppFactory.PostFormAsync(screen, page, "/customer-accounts/close", Form(null));
        var firstHtml = await first.Content.ReadAsStringAsync();
        var granted = await AdminAppFactory.PostFormAsync(screen, page, "/customer-accounts/close", Form(desk.Colleague));

        Assert.Contains(cards[1].Number, shown);
        Assert.Contains("12.34", shown);
        Assert.Contains("id=\"review-dialog\"", firstHtml);
        Assert.Contains($"closing customer {customer.Code}: 2 cards closed, 12.34 refunded", firstHtml);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var receipt = await screen.GetStringAsync(granted.Headers.Location!.OriginalString);
        Assert.Contains("12.34", receipt);
        Assert.Contains(desk.Colleague, receipt);
        Assert.Equal(CustomerStatus.Closed, await App.WithDbAsync(d => d.Set<Customer>().Where(c => c.Id == customer.Id).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task ArrivalsScreen_RecordsATransfer_ListsItUnmatched_AndMatchesIt_AndABadAmountShowsBesideItsField()
    {
        var (outlet, login, client) = await App.OutletOperatorAsync();
        var customer = await App.NewCustomerAsync(client);
        var screen = await App.ScreenClientAsync(outlet, login, CounterTestKit.Password);
        var reference = "SCR" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        Dictionary<string, string> Form(string amount) => new()
        {
            ["Form.Amount"] = amount, ["Form.BankReference"] = reference, ["Form.Payer"] = "Screen Payer", ["Form.ReceivedOn"] = "2026-02-01",
            ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        };

        var bad = await AdminAppFactory.PostFormAsync(screen, "/customer-accounts/arrivals", "/customer-accounts/arrivals", Form("12.345"));
        var badHtml = await bad.Content.ReadAsStringAsync();
        var good = await AdminAppFactory.PostFormAsync(screen, "/customer-accounts/arrivals", "/customer-accounts/arrivals", Form("88.00"));
        var list = await screen.GetStringAsync("/customer-accounts/arrivals");
        var id = await App.WithDbAsync(d => d.Set<Arrival>().Where(a => a.BankReference == reference).Select(a => a.Id).SingleAsync());
        var matched = await AdminAppFactory.PostFormAsync(screen, "/customer-accounts/arrivals", $"/customer-accounts/arrivals/{id}/match", new()
        {
            ["customer"] = customer.Code, ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Amounts have at most two decimals", badHtml);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Contains(reference, list);
        Assert.Contains($"id=\"match-{id}\"", list);
        Assert.Equal(HttpStatusCode.Redirect, matched.StatusCode);
        Assert.Equal(88m, await App.CustomerBalanceAsync(customer.Id));
        using var zh = new HttpRequestMessage(HttpMethod.Get, "/customer-accounts/arrivals?status=Matched");
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var chinese = await (await screen.SendAsync(zh)).Content.ReadAsStringAsync();
        Assert.Contains(reference, chinese);
        Assert.Contains("客户到账维护", chinese);
    }

    [Fact]
    public async Task RefundScreen_SpecialRefund_OpensTheReviewDialog_AndDepositScreenRefusesAnOpenCard()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (customer, cards) = await App.CustomerWithCardsAsync(desk, 0);
        await App.FundAsync(AccountRef.Customer(customer.Id, customer.OutletId), 500m);
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);

        var special = await AdminAppFactory.PostFormAsync(screen, "/customer-accounts/refund", "/customer-accounts/refund", new()
        {
            ["Kind"] = "Special", ["Customer"] = customer.Code, ["Amount"] = "300.00", ["Reason"] = "OVERPAID", ["Note"] = "double payment", ["Method"] = "Cash",
            ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });
        var specialHtml = await special.Content.ReadAsStringAsync();
        var deposit = await AdminAppFactory.PostFormAsync(screen, "/customer-accounts/deposit-return", "/customer-accounts/deposit-return", new()
        {
            ["Card"] = cards[0].Number, ["Method"] = "Cash", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });
        var depositHtml = await deposit.Content.ReadAsStringAsync();

        Assert.Contains("id=\"review-dialog\"", specialHtml);
        Assert.Contains($"special refund of 300.00 from {customer.Code}: Paid in excess (double payment)", specialHtml);
        Assert.Contains("a deposit is returned only for a closed card", depositHtml);
        Assert.Equal(0, await App.WithDbAsync(d => d.Set<Refund>().CountAsync(r => r.CustomerId == customer.Id)));
    }
}

public sealed class CustomerAccountsScreensTests_Sqlite(SqliteDatabase db) : CustomerAccountsScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class CustomerAccountsScreensTests_Postgres(PostgresDatabase db) : CustomerAccountsScreensTests(db), IClassFixture<PostgresDatabase>;
