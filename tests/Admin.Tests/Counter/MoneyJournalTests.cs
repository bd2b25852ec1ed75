using System.Net;
using System.Text.Json;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Allocations;
using Admin.Tests.CustomerAccounts;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;

namespace Admin.Tests.Counter;

/// <summary>
/// Allocations' and CustomerAccounts' tasks in the operator's day journal: pre-allocations and purse transfers without a
/// payment method (no till money), refunds out of the till (cash at once, a transfer when paid), arrivals into the transfer
/// till and their matching; each under the operator who did it and in nobody else's journal.
/// </summary>
public abstract class MoneyJournalTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static async Task<JsonElement> JournalAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/journal");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The journal answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static JsonElement Line(JsonElement journal, string kind, string reference) =>
        journal.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == kind && e.GetProperty("reference").GetString() == reference);

    private static string? Method(JsonElement line) => line.GetProperty("paymentMethod").ValueKind == JsonValueKind.Null ? null : line.GetProperty("paymentMethod").GetString();

    [Fact]
    public async Task PreAllocationsAndPurseTransfers_AreJournalLines_WithoutAPaymentMethod()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 2, funds: 1000m);
        var allocation = await w.AllocateAsync((1, 200m), (2, 100m));
        var load = await (await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 50m })).Created();
        await (await w.Desk.Client.ActAsync($"/api/loads/{load.GetProperty("id").GetString()}/complete")).JsonAsync(HttpStatusCode.OK);
        var unload = await (await w.Desk.PostAsync("/api/unloads", new { card = w.Card(1), amount = 20m })).Created();
        await (await w.Desk.Client.ActAsync($"/api/unloads/{unload.GetProperty("id").GetString()}/void")).JsonAsync(HttpStatusCode.OK);
        var colleague = await App.ApiClientAsync(w.Desk.Outlet, w.Desk.Colleague, CounterTestKit.Password);

        var journal = await JournalAsync(w.Desk.Client);
        var theirs = await JournalAsync(colleague);

        var entries = journal.GetProperty("entries").EnumerateArray().ToList();
        var pre = entries.Single(e => e.GetProperty("kind").GetString() == "PreAllocation");
        Assert.Equal(300m, pre.GetProperty("amount").GetDecimal());
        Assert.Null(Method(pre));
        Assert.Equal(w.Customer, pre.GetProperty("customer").GetString());
        var loaded = entries.Single(e => e.GetProperty("kind").GetString() == "LoadCompleted");
        Assert.Equal(50m, loaded.GetProperty("amount").GetDecimal());
        Assert.Equal(w.Card(1), loaded.GetProperty("customer").GetString());
        Assert.Null(Method(loaded));
        Assert.Equal(20m, entries.Single(e => e.GetProperty("kind").GetString() == "UnloadVoided").GetProperty("amount").GetDecimal());
        Assert.All(entries, e => Assert.Equal(w.Desk.Login, e.GetProperty("operator").GetString()));
        Assert.DoesNotContain(journal.GetProperty("byPaymentMethod").EnumerateArray(), t => t.GetProperty("amount").GetDecimal() == 300m);
        Assert.DoesNotContain(theirs.GetProperty("entries").EnumerateArray(), e => e.GetProperty("kind").GetString() is "PreAllocation" or "LoadCompleted");
        Assert.Contains(allocation.GetProperty("id").GetString()!, await (await App.ScreenClientAsync(w.Desk.Outlet, w.Desk.Login, CounterTestKit.Password)).GetStringAsync("/counter/journal"));
    }

    [Fact]
    public async Task RefundsAndArrivals_AreJournalLines_OutOfAndIntoTheTills_UnderWhoeverDidEachStep()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var customer = await App.NewCustomerAsync(desk.Client, "Zhou Min");
        await App.FundAsync(AccountRef.Customer(customer.Id, customer.OutletId), 500m);
        var colleague = await App.ApiClientAsync(desk.Outlet, desk.Colleague, CounterTestKit.Password);
        var small = await (await desk.Client.PostKeyedAsync("/api/refunds", new { kind = "Small", customer = customer.Code, amount = 40m, method = "Cash" })).Json(HttpStatusCode.Created);
        var special = await (await desk.Client.PostKeyedAsync("/api/refunds", new
        {
            kind = "Special", customer = customer.Code, amount = 150m, reason = "OVERPAID", method = "Transfer", bankName = "ICBC", bankAccount = "6222000011112222", accountName = "Zhou Min",
            review = desk.Review,
        })).Json(HttpStatusCode.Created);
        await (await colleague.PostKeyedAsync($"/api/refunds/{special.GetProperty("id").GetString()}/pay", new { })).Json(HttpStatusCode.OK);
        var reference = "TR" + Guid.NewGuid().ToString("N")[..14].ToUpperInvariant();
        var arrival = await (await desk.Client.PostKeyedAsync("/api/arrivals", new { amount = 800m, bankReference = reference, payer = "Guangzhou Haulage Co.", receivedOn = "2026-01-05" }))
            .Json(HttpStatusCode.Created);
        await (await colleague.PostKeyedAsync($"/api/arrivals/{arrival.GetProperty("id").GetString()}/match", new { customer = customer.Code })).Json(HttpStatusCode.OK);

        var mine = await JournalAsync(desk.Client);
        var theirs = await JournalAsync(colleague);

        var cash = Line(mine, "RefundSmall", small.GetProperty("receipt").GetString()!);
        Assert.Equal(-40m, cash.GetProperty("amount").GetDecimal());
        Assert.Equal("Cash", Method(cash));
        var owed = Line(mine, "RefundSpecial", special.GetProperty("receipt").GetString()!);
        Assert.Equal(-150m, owed.GetProperty("amount").GetDecimal());
        Assert.Null(Method(owed));
        Assert.Equal(desk.Colleague, owed.GetProperty("reviewer").GetString());
        var paid = Line(theirs, "RefundPaid", special.GetProperty("receipt").GetString()!);
        Assert.Equal(-150m, paid.GetProperty("amount").GetDecimal());
        Assert.Equal("Transfer", Method(paid));
        Assert.Equal(desk.Colleague, paid.GetProperty("operator").GetString());
        var recorded = Line(mine, "ArrivalRecorded", arrival.GetProperty("reference").GetString()!);
        Assert.Equal(800m, recorded.GetProperty("amount").GetDecimal());
        Assert.Equal("Transfer", Method(recorded));
        var matched = Line(theirs, "ArrivalMatched", arrival.GetProperty("reference").GetString()!);
        Assert.Null(Method(matched));
        Assert.Equal(customer.Code, matched.GetProperty("customer").GetString());
        Assert.DoesNotContain(mine.GetProperty("entries").EnumerateArray(), e => e.GetProperty("kind").GetString() is "RefundPaid" or "ArrivalMatched");
        Assert.DoesNotContain(theirs.GetProperty("entries").EnumerateArray(), e => e.GetProperty("kind").GetString() is "RefundSmall" or "ArrivalRecorded");
        Assert.Contains(mine.GetProperty("byPaymentMethod").EnumerateArray(), t => t.GetProperty("key").GetString() == "Transfer" && t.GetProperty("amount").GetDecimal() == 800m);
    }
}

public sealed class MoneyJournalTests_Sqlite(SqliteDatabase db) : MoneyJournalTests(db), IClassFixture<SqliteDatabase>;

public sealed class MoneyJournalTests_Postgres(PostgresDatabase db) : MoneyJournalTests(db), IClassFixture<PostgresDatabase>;
