using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Counter.Models;
using Admin.Modules.Reviews.Models;
using Admin.Tests.Counter;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Cheques;

/// <summary>Cheques through the real host: refusals, the lifecycle with balances, reviews, scoping, query and export.</summary>
public abstract class ChequesApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private async Task<decimal> BalanceAsync(string customerCode) => await App.CustomerBalanceAsync(await App.CustomerIdAsync(customerCode));

    private async Task<decimal> HistorySumAsync(string customerCode) => await App.CustomerHistorySumAsync(await App.CustomerIdAsync(customerCode));

    [Fact]
    public async Task Receive_Is201_WithReceiptNumberAndStatus_AndIsAudited()
    {
        var (outlet, login, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();

        var cheque = await client.ReceiveAsync(customer, 1234.50m);

        Assert.Equal("Received", cheque.GetProperty("status").GetString());
        Assert.Equal($"{outlet}-C000001", cheque.GetProperty("receiptNumber").GetString());
        Assert.Equal(1234.50m, cheque.GetProperty("amount").GetDecimal());
        Assert.Equal(login, cheque.GetProperty("receivedBy").GetString());
        Assert.Equal($"{outlet}-C000002", (await client.ReceiveAsync(customer)).GetProperty("receiptNumber").GetString());
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "Cheque.Receive" && e.EntityId == $"{outlet}-C000001")));
        Assert.Equal(0m, await BalanceAsync(customer!));
    }

    [Fact]
    public async Task Receive_Refusals_NameTheFieldOrRule()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();

        var future = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customer, date: ChequeTestKit.Today.AddDays(1)));
        var stale = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customer, date: ChequeTestKit.Today.AddDays(-11)));
        var tenth = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customer, date: ChequeTestKit.Today.AddDays(-10)));
        var zero = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customer, 0m));
        var fen = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customer, 10.001m));
        var nobody = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body("99999999999999"));

        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal("cheque.dateInFuture", await future.CodeAsync());
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Equal("cheque.presentmentPassed", await stale.CodeAsync());
        Assert.Equal(HttpStatusCode.Created, tenth.StatusCode);
        Assert.Equal("cheque.amountNotPositive", await zero.CodeAsync());
        Assert.Equal("cheque.amountTooPrecise", await fen.CodeAsync());
        Assert.Equal("cheque.customerNotFound", await nobody.CodeAsync());
        var problem = await zero.Content.ReadAsStringAsync();
        Assert.Contains("amount", problem);
    }

    [Fact]
    public async Task Receive_Duplicate_IsRefusedAnywhereInTheNetwork_UntilItBounced()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var (_, _, elsewhere) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
        var other = (await elsewhere.CreateCustomerAsync()).GetProperty("code").GetString();
        var number = ChequeTestKit.NewNumber();
        var first = await client.ReceiveAsync(customer, number: number);

        var same = await elsewhere.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(other, number: number, bank: "icbc guangzhou  TIANHE"));
        var otherBank = await elsewhere.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(other, number: number, bank: "Bank of China Guangzhou"));
        var bounced = await client.BounceAsync(first.GetProperty("id").GetString()!, colleague);
        var again = await elsewhere.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(other, number: number));

        Assert.Equal(HttpStatusCode.Conflict, same.StatusCode);
        Assert.Equal("cheque.duplicate", await same.CodeAsync());
        Assert.Contains(first.GetProperty("receiptNumber").GetString()!, await same.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, otherBank.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bounced.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task Receive_UniqueIndex_IsTheLastDefence()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
        var number = ChequeTestKit.NewNumber();
        var first = await client.ReceiveAsync(customer, number: number);

        var copy = await App.WithDbAsync(async d =>
        {
            var c = await d.Set<Cheque>().AsNoTracking().SingleAsync(x => x.Number == number);
            c.Id = Guid.NewGuid();
            c.ReceiptNumber += 1000;
            d.Add(c);
            try
            {
                await d.SaveChangesAsync();
                return false;
            }
            catch (DbUpdateException)
            {
                return true;
            }
        });

        Assert.True(copy);
        Assert.Equal("Received", first.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Receive_FromAnInactiveCustomer_OrWithChequesDisabled_IsRefused()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
        var active = (await client.CreateCustomerAsync("Wu Min")).GetProperty("code").GetString();
        await App.WithDbAsync(d => d.Set<Customer>().Where(c => c.Code == customer).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CustomerStatus.Suspended)));

        var suspended = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customer));

        var admin = await App.AdminApiClientAsync();
        var methods = await admin.GetFromJsonAsync<JsonElement>("/api/counter/payment-methods");
        var cheque = methods.EnumerateArray().Single(m => m.GetProperty("code").GetString() == "Cheque");
        var disabled = await admin.PutAsJsonAsync("/api/counter/payment-methods/Cheque", new { enabled = false, version = cheque.GetProperty("version").GetString() });
        HttpResponseMessage refused;
        try
        {
            refused = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(active));
        }
        finally
        {
            var version = (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString();
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/counter/payment-methods/Cheque", new { enabled = true, version })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, suspended.StatusCode);
        Assert.Equal("cheque.customerNotActive", await suspended.CodeAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("cheque.paymentMethodDisabled", await refused.CodeAsync());
    }

    [Fact]
    public async Task Lifecycle_ClearCredits_BounceAfterClearReversesExactlyOnce_WithHistory()
    {
        var (outlet, maker, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var id = (await client.ReceiveAsync(customer, 2500.00m)).GetProperty("id").GetString()!;

        var cleared = await client.ClearAsync(id);
        var afterClear = await BalanceAsync(customer);
        var unreviewed = await client.BounceAsync(id, null);
        var problem = await unreviewed.Content.ReadFromJsonAsync<JsonElement>();
        var bounced = await client.BounceAsync(id, colleague, "Other", "drawer's account closed");
        var again = await client.BounceAsync(id, colleague);
        var clearAgain = await client.ClearAsync(id);

        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(2500.00m, afterClear);
        Assert.Equal((HttpStatusCode)428, unreviewed.StatusCode);
        Assert.Equal("Cheques.Bounce", problem.GetProperty("reviewPoint").GetString());
        Assert.Equal(HttpStatusCode.OK, bounced.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("cheque.alreadyBounced", await again.CodeAsync());
        Assert.Equal(HttpStatusCode.Conflict, clearAgain.StatusCode);
        Assert.Equal(0m, await BalanceAsync(customer));
        Assert.Equal(0m, await HistorySumAsync(customer));

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/cheques/{id}");
        Assert.Equal("Bounced", detail.GetProperty("cheque").GetProperty("status").GetString());
        Assert.Equal("Other", detail.GetProperty("cheque").GetProperty("bounceReason").GetString());
        Assert.False(detail.GetProperty("cheque").GetProperty("negativeBalance").GetBoolean());
        var history = detail.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["Receive", "Clear", "Bounce"], history.Select(h => h.GetProperty("kind").GetString()));
        Assert.Equal([0m, 2500.00m, -2500.00m], history.Select(h => h.GetProperty("balanceChange").GetDecimal()));
        Assert.All(history, h => Assert.Equal(maker, h.GetProperty("operator").GetString()));
        Assert.Equal(colleague, history[2].GetProperty("reviewer").GetString());
        var record = Assert.Single(await App.WithDbAsync(d => d.Set<Authorisation>().AsNoTracking().Where(a => a.OutletCode == outlet).ToListAsync()));
        Assert.Equal(id, record.TaskId);
        Assert.Equal("Cheques.Bounce", record.TaskType);
    }

    [Fact]
    public async Task BounceOfAReceivedCheque_ChangesNoBalance()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var id = (await client.ReceiveAsync(customer)).GetProperty("id").GetString()!;

        var bounced = await client.BounceAsync(id, colleague, "SignatureMismatch");
        var clear = await client.ClearAsync(id);

        Assert.Equal(HttpStatusCode.OK, bounced.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, clear.StatusCode);
        Assert.Equal("Bounced", (await clear.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(0m, await BalanceAsync(customer));
        Assert.Equal(0m, await HistorySumAsync(customer));
    }

    [Fact]
    public async Task BounceAfterClear_OfMoneyTheCustomerSpent_Is409NamingTheAccount_AndWritesNothing()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var created = await client.CreateCustomerAsync();
        var customer = created.GetProperty("code").GetString()!;
        var id = (await client.ReceiveAsync(customer, 800.00m)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await client.ClearAsync(id)).StatusCode);
        // The customer spends 500 of the credit (a posting from the customer's account, as a card task would post it).
        var customerId = Guid.Parse(created.GetProperty("id").GetString()!);
        var outletId = await App.WithDbAsync(d => d.Set<Customer>().Where(x => x.Id == customerId).Select(x => x.OutletId).SingleAsync());
        var account = AccountRef.Customer(customerId, outletId);
        Assert.True((await App.PostAsync(LedgerKit.Move(account, AccountRef.OfOutlet(AccountKind.FeeIncome, outletId), 500m))).Succeeded);
        var before = await App.TableCountsAsync();

        var bounced = await client.BounceAsync(id, colleague, "StoppedPayment");

        Assert.Equal(HttpStatusCode.Conflict, bounced.StatusCode);
        var problem = await bounced.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ledger.insufficientFunds", problem.GetProperty("code").GetString());
        Assert.Equal("Customer", problem.GetProperty("accountKind").GetString());
        Assert.Equal(customerId.ToString(), problem.GetProperty("owner").GetString());
        Assert.Equal(before, await App.TableCountsAsync());
        Assert.Equal(300m, await BalanceAsync(customer));
        Assert.Equal(300m, await HistorySumAsync(customer));
        Assert.Equal("Cleared", (await (await client.GetAsync($"/api/cheques/{id}")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cheque").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Clear_BeforeTheReceiptDate_OrInTheFuture_Is400()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var id = (await client.ReceiveAsync(customer)).GetProperty("id").GetString()!;

        var early = await client.ClearAsync(id, ChequeTestKit.Today.AddDays(-1));
        var future = await client.ClearAsync(id, ChequeTestKit.Today.AddDays(1));

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("cheque.dateTooEarly", await early.CodeAsync());
        Assert.Equal("cheque.dateAfterToday", await future.CodeAsync());
        Assert.Equal(0m, await BalanceAsync(customer));
    }

    [Fact]
    public async Task Bounce_OtherWithoutText_OrUnknownReason_Is400()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var id = (await client.ReceiveAsync(customer)).GetProperty("id").GetString()!;

        var other = await client.BounceAsync(id, colleague, "Other");
        var unknown = await client.BounceAsync(id, colleague, "Moon");

        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal("cheque.reasonTextRequired", await other.CodeAsync());
        Assert.Equal("cheque.reasonRequired", await unknown.CodeAsync());
    }

    [Fact]
    public async Task AboveLimit_Is428_ThenAColleaguesReview_Is201WithTheRecord()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
        var number = ChequeTestKit.NewNumber();

        var atLimit = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customer, 50000.00m));
        var first = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customer, 60000.00m, number));
        var problem = await first.Content.ReadFromJsonAsync<JsonElement>();
        var second = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customer, 60000.00m, number, review: new { loginName = colleague, password = CounterTestKit.Password }));

        Assert.Equal(HttpStatusCode.Created, atLimit.StatusCode);
        Assert.Equal((HttpStatusCode)428, first.StatusCode);
        Assert.Equal("Cheques.AboveLimit", problem.GetProperty("reviewPoint").GetString());
        Assert.Equal(["cheque of 60000.00, above 50000.00"], problem.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var id = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var record = Assert.Single(await App.WithDbAsync(d => d.Set<Authorisation>().AsNoTracking().Where(a => a.OutletCode == outlet).ToListAsync()));
        Assert.Equal(id, record.TaskId);
        Assert.Equal(AuthorisationResult.Granted, record.Result);
        Assert.Contains("\"amount\":\"60000.00\"", record.Summary);
        Assert.Equal(record.Summary, problem.GetProperty("summary").GetString());
        var history = (await client.GetFromJsonAsync<JsonElement>($"/api/cheques/{id}")).GetProperty("history");
        Assert.Equal(colleague, history[0].GetProperty("reviewer").GetString());
    }

    [Fact]
    public async Task RepeatBouncer_Is428_ThenReviewed_Is201()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
        for (var i = 0; i < 2; i++)
        {
            var id = (await client.ReceiveAsync(customer)).GetProperty("id").GetString()!;
            Assert.Equal(HttpStatusCode.OK, (await client.BounceAsync(id, colleague)).StatusCode);
        }

        var number = ChequeTestKit.NewNumber();
        var first = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customer, 100.00m, number));
        var problem = await first.Content.ReadFromJsonAsync<JsonElement>();
        var second = await client.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customer, 100.00m, number, review: new { loginName = colleague, password = CounterTestKit.Password }));

        Assert.Equal((HttpStatusCode)428, first.StatusCode);
        Assert.Equal("Cheques.RepeatBouncer", problem.GetProperty("reviewPoint").GetString());
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(3, await App.WithDbAsync(d => d.Set<Authorisation>().CountAsync(a => a.OutletCode == outlet)));
    }

    [Fact]
    public async Task SelfReviewOfABounce_Is403_AndNothingChanges()
    {
        var (_, maker, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var id = (await client.ReceiveAsync(customer)).GetProperty("id").GetString()!;

        var response = await client.BounceAsync(id, maker);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("review.checkerIsMaker", await response.CodeAsync());
        Assert.Equal("Received", (await client.GetFromJsonAsync<JsonElement>($"/api/cheques/{id}")).GetProperty("cheque").GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnotherOutletsCheque_Is404_AndAbsentFromTheQuery_HeadOfficeSeesIt()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var (_, _, stranger) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var cheque = await client.ReceiveAsync(customer);
        var id = cheque.GetProperty("id").GetString()!;
        var admin = await App.AdminApiClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/cheques/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.ClearAsync(id)).StatusCode);
        Assert.Equal(0, (await stranger.GetFromJsonAsync<JsonElement>($"/api/cheques?number={cheque.GetProperty("number").GetString()}")).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/cheques/{id}")).StatusCode);
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>($"/api/cheques?number={cheque.GetProperty("number").GetString()}")).GetProperty("items").GetArrayLength());

        // Reading across outlets is not receiving: the auditor sees the cheque and may not take one.
        var auditorLogin = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, CounterTestKit.Password, "Auditor");
        var auditor = await App.ApiClientAsync(AdminAppFactory.HeadOffice, auditorLogin, CounterTestKit.Password);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/cheques/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customer))).StatusCode);
    }

    [Fact]
    public async Task Query_FiltersPagesStablyWhileRowsAreAdded_AndExports()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var drawer = "Drawer " + Guid.NewGuid().ToString("N")[..8];
        var received = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            received.Add((await client.ReceiveAsync(customer, 100m + i, drawer: drawer)).GetProperty("id").GetString()!);
        }

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/cheques?outlet={outlet}&drawer={Uri.EscapeDataString(drawer)}&status=Received&limit=3" + (after is null ? "" : $"&after={after}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()!));
            after = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            if (pages++ == 0)
            {
                await client.ReceiveAsync(customer, 999m, drawer: drawer); // newer than the first page: never shown on later pages
            }
        }
        while (after is not null);

        Assert.Equal(Enumerable.Reverse(received), seen);
        var amounts = await client.GetFromJsonAsync<JsonElement>($"/api/cheques?customer={customer}&minAmount=102&maxAmount=104&from={ChequeTestKit.Today:yyyy-MM-dd}&to={ChequeTestKit.Today:yyyy-MM-dd}");
        Assert.Equal([104m, 103m, 102m], amounts.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("amount").GetDecimal()));
        var badStatus = await client.GetAsync("/api/cheques?status=Lost");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/cheques?after=garbage")).StatusCode);

        var csv = await client.GetStringAsync($"/api/cheques/export.csv?drawer={Uri.EscapeDataString(drawer)}");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("receipt,outlet,customer", lines[0]);
        Assert.Equal(9, lines.Length);
    }
}

public sealed class ChequesApiTests_Sqlite(SqliteDatabase db) : ChequesApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class ChequesApiTests_Postgres(PostgresDatabase db) : ChequesApiTests(db), IClassFixture<PostgresDatabase>;
