using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Cards.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.TopUps.Models;
using Admin.Tests.Cheques;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.TopUps;

/// <summary>Top-up and receipts through the API on the real host: the receipt, the entry, the till, the rules, the corrections.</summary>
public abstract class TopUpsApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task TopUp_CustomerAccountByCash_CreditsTheCustomer_IntoTheOperatorsCashTill_WithAuditAndJournal()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (id, code) = await desk.CustomerAsync();

        var body = await desk.TopUpAsync(new { customer = code, amount = 300.00m, paymentMethod = "Cash", reference = "slip 7" });
        var receipt = await App.WithDbAsync(d => d.Set<TopUpReceipt>().AsNoTracking().SingleAsync(r => r.CustomerId == id));
        var listed = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/receipts?customer={code}");
        var journal = await desk.Client.GetStringAsync("/api/journal");

        Assert.Equal("CustomerTopUp", body.GetProperty("kind").GetString());
        Assert.Equal("Posted", body.GetProperty("status").GetString());
        Assert.Equal($"{desk.Outlet}-T000001", body.GetProperty("receipt").GetString());
        Assert.Equal("叁佰元整", body.GetProperty("amountInCapitals").GetString());
        Assert.Equal(300.00m, await App.CustomerBalanceAsync(id));
        Assert.Equal(300.00m, await App.BalanceAsync(AccountRef.Till(receipt.OperatorId, receipt.OutletId, "Cash")));
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "Receipt.TopUp" && e.EntityId == receipt.Receipt)));
        Assert.Equal(receipt.Id.ToString(), listed.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Contains(receipt.Receipt, journal);
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task TopUp_TheRules_RefuseWithoutWriting_CashLimitCreditCardBadAmountNoTarget()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (_, company) = await desk.CustomerAsync("Company");
        var before = await App.TableCountsAsync();

        var cash = await desk.PostAsync("/api/topups", new { customer = company, amount = 5000.00m, paymentMethod = "Cash" });
        var credit = await desk.PostAsync("/api/topups", new { customer = company, amount = 10.00m, paymentMethod = "CreditCard" });
        var zero = await desk.PostAsync("/api/topups", new { customer = company, amount = 0m, paymentMethod = "Transfer" });
        var precise = await desk.PostAsync("/api/topups", new { customer = company, amount = 1.234m, paymentMethod = "Transfer" });
        var none = await desk.PostAsync("/api/topups", new { amount = 10m, paymentMethod = "Transfer" });
        var unknown = await desk.PostAsync("/api/topups", new { customer = "NO-SUCH-" + Guid.NewGuid().ToString("N")[..6], amount = 10m, paymentMethod = "Transfer" });
        var after = await App.TableCountsAsync();
        var transfer = await desk.PostAsync("/api/topups", new { customer = company, amount = 5000.00m, paymentMethod = "Transfer" });
        var headOffice = await IssuingTestKit.PostKeyedAsync(desk.Admin, "/api/topups", new { customer = company, amount = 1m, paymentMethod = "Transfer" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, cash.StatusCode);
        Assert.Equal("topUps.cashRefused", await cash.CodeAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, credit.StatusCode);
        Assert.Equal("topUps.creditCardRefused", await credit.CodeAsync());
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Equal("topUps.amountNotPositive", await zero.CodeAsync());
        Assert.Equal(HttpStatusCode.BadRequest, precise.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("topUps.targetRequired", await none.CodeAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("topUps.customerNotFound", await unknown.CodeAsync());
        Assert.Equal(before, after);
        Assert.Equal(HttpStatusCode.Created, transfer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, headOffice.StatusCode);
        Assert.Equal("topUps.outletOnly", await headOffice.CodeAsync());
    }

    [Fact]
    public async Task CardTopUp_SingleUserCard_OntoItsCardAccount_UpToTheProductCap_AndAPrimaryCardTopsUpItsCustomer()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        var primary = await IssuingProduct.CreateAsync(desk.Admin, "Primary");
        await desk.StockAsync(single, 1);
        await desk.StockAsync(primary, 1);
        var issued = await (await desk.PostAsync("/api/cards/issue", new { newCustomer = IssuingTestKit.NewCustomer(), product = single.Code, card = new { number = single.Number(1) }, paymentMethod = "Cash" })).Created();
        var fleet = await (await desk.PostAsync("/api/cards/issue", new { newCustomer = IssuingTestKit.NewCustomer("Fleet"), multiUser = true, product = primary.Code, card = new { number = primary.Number(1) }, paymentMethod = "Cash" })).Created();
        var card = await App.WithDbAsync(d => d.Set<Card>().AsNoTracking().SingleAsync(c => c.Number == single.Number(1)));

        var first = await desk.TopUpAsync(new { card = single.Number(1), amount = 4000.00m, paymentMethod = "BankCard" });
        var before = await App.TableCountsAsync();
        var aboveCap = await desk.PostAsync("/api/topups", new { card = single.Number(1), amount = 1000.01m, paymentMethod = "BankCard" });
        var after = await App.TableCountsAsync();
        var toCap = await desk.PostAsync("/api/topups", new { card = single.Number(1), amount = 1000.00m, paymentMethod = "BankCard" });
        var byPrimary = await desk.TopUpAsync(new { card = primary.Number(1), amount = 50.00m, paymentMethod = "Transfer" });
        var notPrimary = await desk.PostAsync("/api/receipts", new { primaryCard = single.Number(1), amount = 50.00m, paymentMethod = "Transfer" });
        var issueEntry = issued.GetProperty("ledgerEntry").GetInt64();
        var otherTask = await desk.PostAsync($"/api/entries/{issueEntry}/reverse", new { });

        Assert.Equal("CardTopUp", first.GetProperty("kind").GetString());
        Assert.Equal(single.Number(1), first.GetProperty("card").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, aboveCap.StatusCode);
        Assert.Equal("topUps.aboveCap", await aboveCap.CodeAsync());
        Assert.Equal(before, after);
        Assert.Equal(HttpStatusCode.Created, toCap.StatusCode);
        Assert.Equal(5000.00m, await App.BalanceAsync(AccountRef.Card(card.Id, card.OutletId)));
        Assert.Equal("CustomerTopUp", byPrimary.GetProperty("kind").GetString());
        Assert.Equal(fleet.GetProperty("customer").GetString(), byPrimary.GetProperty("customer").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notPrimary.StatusCode);
        Assert.Equal("topUps.notPrimaryCard", await notPrimary.CodeAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherTask.StatusCode);
        Assert.Equal("topUps.entryNotReversible", await otherTask.CodeAsync());
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task Cancel_IsReviewed_TakesTheMoneyBack_Once_AndTheCorrectionIsNotReversedAgain()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (id, code) = await desk.CustomerAsync();
        var receipt = await desk.TopUpAsync(new { customer = code, amount = 120.00m, paymentMethod = "Cash" });
        var url = $"/api/receipts/{receipt.GetProperty("id").GetString()}/cancel";

        var asked = await desk.PostAsync(url, new { reason = "typed twice" });
        var askedBody = await asked.Content.ReadFromJsonAsync<JsonElement>();
        var selfReview = await desk.PostAsync(url, new { reason = "typed twice", review = new { loginName = desk.Login, password = CounterTestKit.Password } });
        var cancelled = await desk.PostAsync(url, new { reason = "typed twice", review = desk.Review });
        var cancelledBody = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        var again = await desk.PostAsync(url, new { review = desk.Review });
        var againBody = await again.Content.ReadFromJsonAsync<JsonElement>();
        var correction = cancelledBody.GetProperty("correctionEntry").GetInt64();
        var reverseCorrection = await desk.PostAsync($"/api/entries/{correction}/reverse", new { review = desk.Review });
        var reverseCancelled = await desk.PostAsync($"/api/entries/{receipt.GetProperty("ledgerEntry").GetInt64()}/reverse", new { review = desk.Review });

        Assert.Equal((HttpStatusCode)428, asked.StatusCode);
        Assert.Equal("TopUps.Cancel", askedBody.GetProperty("reviewPoint").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, selfReview.StatusCode);
        Assert.Equal("review.checkerIsMaker", await selfReview.CodeAsync());
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Cancelled", cancelledBody.GetProperty("status").GetString());
        Assert.Equal(desk.Colleague, cancelledBody.GetProperty("correctionReviewer").GetString());
        Assert.Equal(0m, await App.CustomerBalanceAsync(id));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("topUps.receiptNotPosted", againBody.GetProperty("code").GetString());
        Assert.Equal("Cancelled", againBody.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, reverseCorrection.StatusCode);
        Assert.Equal("topUps.entryIsCorrection", await reverseCorrection.CodeAsync());
        Assert.Equal(HttpStatusCode.Conflict, reverseCancelled.StatusCode);
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "Receipt.Cancel" && e.EntityId == receipt.GetProperty("receipt").GetString())));
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task Reverse_NeverMoreThanIsStillThere_The409SaysWhichCardHoldsIt_ThenAfterItCameBackItReverses()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var primary = await IssuingProduct.CreateAsync(desk.Admin, "Primary");
        await desk.StockAsync(primary, 1);
        var fleet = await (await desk.PostAsync("/api/cards/issue", new { newCustomer = IssuingTestKit.NewCustomer("Fleet"), multiUser = true, product = primary.Code, card = new { number = primary.Number(1) }, paymentMethod = "Cash" })).Created();
        var receipt = await (await desk.PostAsync("/api/receipts", new { primaryCard = primary.Number(1), amount = 800.00m, paymentMethod = "Transfer" })).Created();
        var fleetCode = fleet.GetProperty("customer").GetString();
        var customer = await App.WithDbAsync(d => d.Set<Admin.Modules.Counter.Models.Customer>().Where(c => c.Code == fleetCode).Select(c => c.Id).SingleAsync());
        var outlet = await App.OutletOfAsync(customer);
        var card = await App.WithDbAsync(d => d.Set<Card>().AsNoTracking().SingleAsync(c => c.Number == primary.Number(1)));
        // What pre-allocation will post (D Customer · C Card): 500.00 of the 800.00 moves onto the card.
        Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.Customer(customer, outlet), AccountRef.Card(card.Id, outlet), 500.00m, "Allocations.Test"))).Succeeded);
        var entry = receipt.GetProperty("ledgerEntry").GetInt64();

        var moved = await desk.PostAsync($"/api/entries/{entry}/reverse", new { reason = "wrong customer", review = desk.Review });
        var movedBody = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.Card(card.Id, outlet), AccountRef.Customer(customer, outlet), 500.00m, "Allocations.Test"))).Succeeded);
        var asked = await desk.PostAsync($"/api/entries/{entry}/reverse", new { reason = "wrong customer" });
        var reversed = await desk.PostAsync($"/api/entries/{entry}/reverse", new { reason = "wrong customer", review = desk.Review });

        Assert.Equal(HttpStatusCode.Conflict, moved.StatusCode);
        Assert.Equal("topUps.moneyMovedOn", movedBody.GetProperty("code").GetString());
        Assert.Contains(primary.Number(1), movedBody.GetProperty("detail").GetString());
        Assert.Equal("Posted", movedBody.GetProperty("status").GetString());
        Assert.Equal((HttpStatusCode)428, asked.StatusCode);
        Assert.Equal("TopUps.Reverse", (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewPoint").GetString());
        Assert.Equal(HttpStatusCode.OK, reversed.StatusCode);
        Assert.Equal("Reversed", (await reversed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(0m, await App.CustomerBalanceAsync(customer));
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task Cheque_GoesThroughTheChequeLifecycle_CreditedOnlyWhenItClears_AndNeverOntoACard()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (id, code) = await desk.CustomerAsync("Company");
        var cheque = new { number = ChequeTestKit.NewNumber(), drawerName = "Lin Hua Trading Co.", drawerBank = "ICBC Guangzhou Tianhe", drawerAccount = "3602000109000012345", chequeDate = ChequeTestKit.Today.ToString("yyyy-MM-dd") };

        var noCheque = await desk.PostAsync("/api/receipts", new { customer = code, amount = 2000.00m, paymentMethod = "Cheque" });
        var accepted = await desk.PostAsync("/api/receipts", new { customer = code, amount = 2000.00m, paymentMethod = "Cheque", cheque });
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        var beforeClearing = await App.CustomerBalanceAsync(id);
        var cleared = await desk.Client.ClearAsync(body.GetProperty("cheque").GetString()!);

        Assert.Equal(HttpStatusCode.BadRequest, noCheque.StatusCode);
        Assert.Equal("topUps.chequeRequired", await noCheque.CodeAsync());
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("AwaitingClearing", body.GetProperty("status").GetString());
        Assert.Equal(0m, beforeClearing);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(2000.00m, await App.CustomerBalanceAsync(id));
        Assert.Equal(0, await App.WithDbAsync(d => d.Set<TopUpReceipt>().CountAsync(r => r.CustomerId == id)));
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task SameIdempotencyKey_TwiceAtOnce_OneReceipt_OneEntry()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (id, code) = await desk.CustomerAsync();
        var key = Guid.NewGuid().ToString("N");
        Task<HttpResponseMessage> Send()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/topups") { Content = JsonContent.Create(new { customer = code, amount = 75.50m, paymentMethod = "Cash" }) };
            request.Headers.Add("Idempotency-Key", key);
            return desk.Client.SendAsync(request);
        }

        var answers = await Task.WhenAll(Send(), Send());
        var third = await Send();

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Append(third), a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)a.StatusCode}"));
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<TopUpReceipt>().CountAsync(r => r.CustomerId == id)));
        Assert.Equal(75.50m, await App.CustomerBalanceAsync(id));
    }
}

public sealed class TopUpsApiTests_Sqlite(SqliteDatabase db) : TopUpsApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class TopUpsApiTests_Postgres(PostgresDatabase db) : TopUpsApiTests(db), IClassFixture<PostgresDatabase>;
