using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Cards.Models;
using Admin.Modules.Counter.Models;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.CustomerAccounts;

/// <summary>Closing, refunds and deposit return through the API on the real host: cards, ledger, review, audit together.</summary>
public abstract class CustomerAccountsApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Close_RefusesAPurseWithMoney_NamingTheCard_ThenReviewed_ClosesCardsAndRefundsEverythingInCash()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (customer, cards) = await App.CustomerWithCardsAsync(desk, 2);
        var account = AccountRef.Customer(customer.Id, customer.OutletId);
        await App.FundAsync(account, 50m);
        await App.FundAsync(AccountRef.Card(cards[0].Id, customer.OutletId), 20m);
        await App.FundAsync(AccountRef.Card(cards[2].Id, customer.OutletId), 15m);
        await App.MoveAsync(AccountRef.Card(cards[2].Id, customer.OutletId), AccountRef.Purse(cards[2].Id, customer.OutletId), 5m);
        var url = $"/api/customers/{customer.Id}/close";

        var purse = await (await desk.Client.PostKeyedAsync(url, new { method = "Cash" })).Json(HttpStatusCode.Conflict);
        await App.MoveAsync(AccountRef.Purse(cards[2].Id, customer.OutletId), AccountRef.Card(cards[2].Id, customer.OutletId), 5m);
        var ask = await (await desk.Client.PostKeyedAsync(url, new { method = "Cash" })).Json((HttpStatusCode)428);
        var closed = await (await desk.Client.PostKeyedAsync(url, new { method = "Cash", review = desk.Review })).Json(HttpStatusCode.Created);
        var again = await desk.Client.PostKeyedAsync(url, new { method = "Cash", review = desk.Review });

        Assert.Equal("customerAccounts.purseNotEmpty", purse.GetProperty("code").GetString());
        Assert.Contains(cards[2].Number, purse.GetProperty("detail").GetString());
        Assert.Contains("has 5.00 on its chip purse", purse.GetProperty("detail").GetString());
        Assert.Equal("CustomerAccounts.Close", ask.GetProperty("reviewPoint").GetString());
        Assert.Equal(["closing customer " + customer.Code + ": 3 cards closed, 85.00 refunded"], ask.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(85.00m, closed.GetProperty("amount").GetDecimal());
        Assert.Equal("Paid", closed.GetProperty("status").GetString());
        Assert.Equal("Closing", closed.GetProperty("kind").GetString());
        Assert.Equal(desk.Colleague, closed.GetProperty("reviewer").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("customerAccounts.customerClosed", await again.CodeAsync());
        var ids = cards.Select(c => c.Id).ToList();
        Assert.All(await App.WithDbAsync(d => d.Set<Card>().Where(c => ids.Contains(c.Id)).Select(c => c.Status).ToListAsync()), s => Assert.Equal(CardStatus.Closed, s));
        Assert.Equal(CustomerStatus.Closed, await App.WithDbAsync(d => d.Set<Customer>().Where(c => c.Id == customer.Id).Select(c => c.Status).SingleAsync()));
        Assert.Equal(0m, await App.BalanceAsync(account));
        Assert.All(cards, c => Assert.Equal(0m, App.BalanceAsync(AccountRef.Card(c.Id, customer.OutletId)).Result));
        Assert.Equal(0m, await App.BalanceAsync(AccountRef.RefundsPayable(customer.Id, customer.OutletId)));
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "Customer.Close" && e.EntityId == closed.GetProperty("receipt").GetString())));
        await App.AssertIntactAsync(desk.Admin);
    }

    [Fact]
    public async Task Close_AboveTheCashLimit_IsPaidByTransfer_PayableUntilPaid_Once_AndTheDepositComesBackCardByCard()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (customer, cards) = await App.CustomerWithCardsAsync(desk, 0);
        await App.FundAsync(AccountRef.Customer(customer.Id, customer.OutletId), 2000m);
        var url = $"/api/customers/{customer.Id}/close";
        var deposit = $"/api/cards/{cards[0].Number}/deposit-return";

        var open = await desk.Client.PostKeyedAsync(deposit, new { });
        var cash = await (await desk.Client.PostKeyedAsync(url, new { method = "Cash", review = desk.Review })).Json((HttpStatusCode)422);
        var noBank = await (await desk.Client.PostKeyedAsync(url, new { method = "Transfer", review = desk.Review })).Json(HttpStatusCode.BadRequest);
        var closed = await (await desk.Client.PostKeyedAsync(url, new { method = "Transfer", bankName = "ICBC Guangzhou", bankAccount = "6222 0000 1111 2222", accountName = "Closing Fleet", review = desk.Review })).Json(HttpStatusCode.Created);
        var payable = await App.BalanceAsync(AccountRef.RefundsPayable(customer.Id, customer.OutletId));
        var id = closed.GetProperty("id").GetString();
        var paid = await (await desk.Client.PostKeyedAsync($"/api/refunds/{id}/pay", new { })).Json(HttpStatusCode.OK);
        var paidAgain = await (await desk.Client.PostKeyedAsync($"/api/refunds/{id}/pay", new { })).Json(HttpStatusCode.Conflict);
        var tooMuch = await (await desk.Client.PostKeyedAsync(deposit, new { amount = 40m })).Json((HttpStatusCode)422);
        var returned = await (await desk.Client.PostKeyedAsync(deposit, new { })).Json(HttpStatusCode.Created);
        var twice = await desk.Client.PostKeyedAsync(deposit, new { });

        Assert.Equal(HttpStatusCode.Conflict, open.StatusCode);
        Assert.Equal("customerAccounts.cardNotClosed", await open.CodeAsync());
        Assert.Equal("customerAccounts.cashAboveLimit", cash.GetProperty("code").GetString());
        Assert.True(noBank.GetProperty("errors").TryGetProperty("bankName", out _), noBank.ToString());
        Assert.True(noBank.GetProperty("errors").TryGetProperty("bankAccount", out _));
        Assert.True(noBank.GetProperty("errors").TryGetProperty("accountName", out _));
        Assert.Equal("Payable", closed.GetProperty("status").GetString());
        Assert.Equal("6222000011112222", closed.GetProperty("bankAccount").GetString());
        Assert.Equal(2000m, payable);
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        Assert.Equal("customerAccounts.refundNotPayable", paidAgain.GetProperty("code").GetString());
        Assert.Equal("Paid", paidAgain.GetProperty("status").GetString());
        Assert.Equal(0m, await App.BalanceAsync(AccountRef.RefundsPayable(customer.Id, customer.OutletId)));
        Assert.Equal("customerAccounts.depositExceeded", tooMuch.GetProperty("code").GetString());
        Assert.Equal(30.00m, returned.GetProperty("amount").GetDecimal());
        Assert.Equal("Deposit", returned.GetProperty("kind").GetString());
        Assert.Equal("customerAccounts.noDeposit", await twice.CodeAsync());
        Assert.Equal(0m, await App.BalanceAsync(AccountRef.Deposit(cards[0].Id, customer.OutletId)));
        await App.AssertIntactAsync(desk.Admin);
    }

    [Fact]
    public async Task Refunds_SmallWithoutReviewUpToTheLimit_SpecialAlwaysReviewed_NeverMoreThanHeld_AndAnotherOutletsCustomerIs404()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var customer = await App.NewCustomerAsync(desk.Client);
        await App.FundAsync(AccountRef.Customer(customer.Id, customer.OutletId), 300m);
        var (_, _, stranger) = await App.OutletOperatorAsync();
        object Body(string kind, decimal amount, string? reason = null, object? review = null) =>
            new { kind, customer = customer.Code, amount, reason = reason is null ? null : "OVERPAID", note = reason, method = "Cash", review };

        var small = await (await desk.Client.PostKeyedAsync("/api/refunds", Body("Small", 60m))).Json(HttpStatusCode.Created);
        var bigSmall = await (await desk.Client.PostKeyedAsync("/api/refunds", Body("Small", 150m))).Json((HttpStatusCode)422);
        var noReason = await (await desk.Client.PostKeyedAsync("/api/refunds", Body("Special", 150m))).Json(HttpStatusCode.BadRequest);
        var ask = await (await desk.Client.PostKeyedAsync("/api/refunds", Body("Special", 150m, "overpaid by transfer"))).Json((HttpStatusCode)428);
        var special = await (await desk.Client.PostKeyedAsync("/api/refunds", Body("Special", 150m, "overpaid by transfer", desk.Review))).Json(HttpStatusCode.Created);
        var short_ = await (await desk.Client.PostKeyedAsync("/api/refunds", Body("Small", 100m))).Json((HttpStatusCode)422);
        var foreign = await stranger.PostKeyedAsync("/api/refunds", Body("Small", 10m));
        var foreignGet = await stranger.GetAsync($"/api/refunds/{small.GetProperty("id").GetString()}");

        Assert.Equal("Paid", small.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, small.GetProperty("reviewer").ValueKind);
        Assert.Equal("customerAccounts.smallAboveLimit", bigSmall.GetProperty("code").GetString());
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal("CustomerAccounts.SpecialRefund", ask.GetProperty("reviewPoint").GetString());
        Assert.Equal(["special refund of 150.00 from " + customer.Code + ": Paid in excess (overpaid by transfer)"], ask.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(desk.Colleague, special.GetProperty("reviewer").GetString());
        Assert.Equal("customerAccounts.fundsShort", short_.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignGet.StatusCode);
        Assert.Equal(90m, await App.BalanceAsync(AccountRef.Customer(customer.Id, customer.OutletId)));
        Assert.Equal(2, await App.WithDbAsync(d => d.Set<Refund>().CountAsync(r => r.CustomerId == customer.Id)));
        await App.AssertIntactAsync(desk.Admin);
    }

    [Fact]
    public async Task Refund_TheSameIdempotencyKeyTwice_RefundsOnce_AndAnswersTheSame()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var customer = await App.NewCustomerAsync(desk.Client);
        await App.FundAsync(AccountRef.Customer(customer.Id, customer.OutletId), 100m);
        var key = Guid.NewGuid().ToString("N");
        var body = new { kind = "Small", customer = customer.Code, amount = 40m, method = "Cash" };

        var first = await (await desk.Client.PostKeyedAsync("/api/refunds", body, key)).Json(HttpStatusCode.Created);
        var second = await (await desk.Client.PostKeyedAsync("/api/refunds", body, key)).Json(HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(60m, await App.BalanceAsync(AccountRef.Customer(customer.Id, customer.OutletId)));
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<Refund>().CountAsync(r => r.CustomerId == customer.Id)));
    }

    [Fact]
    public async Task Refund_FromOneCard_AndBadInput_AllErrorsAtOnce_WritesNothing()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (customer, cards) = await App.CustomerWithCardsAsync(desk, 1);
        await App.FundAsync(AccountRef.Card(cards[1].Id, customer.OutletId), 80m);

        var bad = await (await desk.Client.PostKeyedAsync("/api/refunds", new { kind = "Other", card = cards[1].Number, amount = -1m, method = "Cheque" })).Json(HttpStatusCode.BadRequest);
        var fromCard = await (await desk.Client.PostKeyedAsync("/api/refunds", new { kind = "Small", card = cards[1].Number, amount = 80m, method = "Transfer", bankName = "BOC", bankAccount = "12345", accountName = "Driver" })).Json(HttpStatusCode.Created);

        var errors = bad.GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _) && errors.TryGetProperty("amount", out _) && errors.TryGetProperty("method", out _), errors.ToString());
        Assert.Equal(cards[1].Number, fromCard.GetProperty("card").GetString());
        Assert.Equal("Payable", fromCard.GetProperty("status").GetString());
        Assert.Equal(0m, await App.BalanceAsync(AccountRef.Card(cards[1].Id, customer.OutletId)));
        Assert.Equal(80m, await App.BalanceAsync(AccountRef.RefundsPayable(customer.Id, customer.OutletId)));
        await App.AssertIntactAsync(desk.Admin);
    }
}

public sealed class CustomerAccountsApiTests_Sqlite(SqliteDatabase db) : CustomerAccountsApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class CustomerAccountsApiTests_Postgres(PostgresDatabase db) : CustomerAccountsApiTests(db), IClassFixture<PostgresDatabase>;
