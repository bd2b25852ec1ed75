using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Data;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Counter.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Admin.Tests.Ledger;

/// <summary>
/// The migration <c>LedgerMoney</c> with data: the database is taken back to the migration before it (the customer balance
/// column and the balance history come back), data of the old shape is written with raw SQL (balances, history, a negative
/// balance, a balance its history does not explain) and through the unchanged tables (a fee collection, a cheque in
/// clearing), then migrated: the balances and histories read the same, and the ledger verifies.
/// (When the migrations are folded into a baseline this test goes with the data migration: it is for databases made before.)
/// </summary>
public abstract class LedgerMoneyMigrationTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task OldBalancesHistoryFeesAndChequesInClearing_BecomeEntries_BalancesUnchanged_LedgerVerifies()
    {
        var (outlet, login, client) = await App.OutletOperatorAsync();
        var a = Guid.Parse((await client.CreateCustomerAsync("Old Balance")).GetProperty("id").GetString()!);
        var b = Guid.Parse((await client.CreateCustomerAsync("Old Negative")).GetProperty("id").GetString()!);
        var c = Guid.Parse((await client.CreateCustomerAsync("Old Unexplained")).GetProperty("id").GetString()!);
        var (outletId, operatorId) = await App.WithDbAsync(async d =>
        {
            var o = await d.Set<Customer>().Where(x => x.Id == a).Select(x => x.OutletId).SingleAsync();
            var op = await d.Database.SqlQueryRaw<Guid>("""SELECT "Id" AS "Value" FROM "Operators_Operators" WHERE "LoginName" = {0}""", login).SingleAsync();
            return (o, op);
        });
        var at = new DateTime(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);

        var previous = await App.WithDbAsync(async d =>
        {
            var all = d.Database.GetMigrations().ToList();
            var before = all[all.FindIndex(m => m.EndsWith("_LedgerMoney", StringComparison.Ordinal)) - 1];
            await d.GetService<IMigrator>().MigrateAsync(before);
            return before;
        });
        Assert.DoesNotContain(await App.WithDbAsync(d => d.Database.GetAppliedMigrationsAsync()), m => m.EndsWith("_LedgerMoney", StringComparison.Ordinal));

        await App.WithDbAsync(async d =>
        {
            async Task HistoryAsync(Guid customer, int minutes, decimal amount, decimal after, string reason, string? reference) =>
                await d.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "Counter_BalanceEntries" ("Id", "CustomerId", "OutletId", "At", "Amount", "BalanceAfter", "Reason", "Reference", "OperatorLogin")
                    VALUES ({Guid.NewGuid()}, {customer}, {outletId}, {at.AddMinutes(minutes)}, {amount}, {after}, {reason}, {reference}, {login})
                    """);
            await HistoryAsync(a, 1, 200.00m, 200.00m, "cheque cleared", "X-C000001");
            await HistoryAsync(a, 2, -50.10m, 149.90m, "cheque bounced after clearing", "X-C000002");
            await HistoryAsync(b, 3, 100.00m, 100.00m, "cheque cleared", "X-C000003");
            await HistoryAsync(b, 4, -130.00m, -30.00m, "cheque bounced after clearing", "X-C000003");
            await d.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Counter_Customers" SET "Balance" = {149.90m} WHERE "Id" = {a}""");
            await d.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Counter_Customers" SET "Balance" = {-30.00m} WHERE "Id" = {b}""");
            await d.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Counter_Customers" SET "Balance" = {12.34m} WHERE "Id" = {c}""");

            var fee = new FeeCollection
            {
                Id = Guid.NewGuid(), OutletId = outletId, OutletCode = outlet, ReceiptNumber = 999_001, CustomerId = a, CustomerCode = "old", CustomerName = "Old Balance",
                PaymentMethod = "Cash", Total = 50.00m, At = at, OperatorId = operatorId, OperatorLogin = login, Summary = "{}",
            };
            fee.Lines.Add(new FeeCollectionLine { Id = Guid.NewGuid(), FeeCollectionId = fee.Id, LineNo = 1, FeeCode = "CARD", FeeNameEn = "Card cost fee", FeeNameZh = "工本费", Quantity = 1, UnitAmount = 20m, ScheduleAmount = 20m, CollectedAmount = 20m });
            fee.Lines.Add(new FeeCollectionLine { Id = Guid.NewGuid(), FeeCollectionId = fee.Id, LineNo = 2, FeeCode = "DEPOSIT", FeeNameEn = "Deposit", FeeNameZh = "押金", Quantity = 1, UnitAmount = 30m, ScheduleAmount = 30m, CollectedAmount = 30m });
            d.Add(fee);
            d.Add(new Cheque
            {
                Id = Guid.NewGuid(), OutletId = outletId, OutletCode = outlet, ReceiptNumber = 999_002, CustomerId = c, CustomerCode = "old", CustomerName = "Old Unexplained",
                Number = "777001", DrawerName = "Lin Hua", DrawerBank = "ICBC", BankKey = "ICBC", Amount = 400.00m, ChequeDate = DateOnly.FromDateTime(at),
                ReceivedAt = at, ReceivedOn = DateOnly.FromDateTime(at), ReceivedBy = login, Status = ChequeStatus.Received, Version = 1,
            });
            return await d.SaveChangesAsync();
        });

        await App.WithDbAsync(async d => { await d.Database.MigrateAsync(); return 0; });

        // Migrating down past the OpenIddict migration and up again dropped the token store: sign in again.
        client = await App.ApiClientAsync(outlet, login, CounterTestKit.Password);
        var admin = await App.AdminApiClientAsync();
        await App.AssertIntactAsync(admin);
        Assert.Equal(149.90m, await BalanceAsync(client, a));
        Assert.Equal(-30.00m, await BalanceAsync(client, b));
        Assert.Equal(12.34m, await BalanceAsync(client, c));
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/customers/{a}/balance-history");
        Assert.Equal([-50.10m, 200.00m], history.EnumerateArray().Select(e => e.GetProperty("amount").GetDecimal()));
        Assert.Equal([149.90m, 200.00m], history.EnumerateArray().Select(e => e.GetProperty("balanceAfter").GetDecimal()));
        Assert.Equal("before the ledger: cheque bounced after clearing", history[0].GetProperty("reason").GetString());
        Assert.Equal("X-C000002", history[0].GetProperty("reference").GetString());
        var negative = await client.GetFromJsonAsync<JsonElement>($"/api/customers/{b}/balance-history");
        Assert.Equal([-30.00m, 100.00m], negative.EnumerateArray().Select(e => e.GetProperty("balanceAfter").GetDecimal()));

        // The fee collection's entry: 20.00 income, 30.00 held for the customer, 50.00 in the operator's cash till.
        Assert.Equal(20.00m, await App.BalanceAsync(Modules.Ledger.Contracts.AccountRef.OfOutlet(Modules.Ledger.Contracts.AccountKind.FeeIncome, outletId)));
        Assert.Equal(30.00m, await App.BalanceAsync(Modules.Ledger.Contracts.AccountRef.CustomerDeposit(a, outletId)));
        Assert.Equal(50.00m, await App.BalanceAsync(Modules.Ledger.Contracts.AccountRef.Till(operatorId, outletId, "Cash")));
        Assert.Equal(400.00m, await App.BalanceAsync(Modules.Ledger.Contracts.AccountRef.OfOutlet(Modules.Ledger.Contracts.AccountKind.ChequesInClearing, outletId)));

        // The cheque in clearing clears through the ledger after the upgrade, and the ledger still verifies.
        var cheque = await App.WithDbAsync(d => d.Set<Cheque>().Where(x => x.ReceiptNumber == 999_002 && x.OutletId == outletId).Select(x => x.Id).SingleAsync());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/cheques/{cheque}/clear", new { })).StatusCode);
        Assert.Equal(412.34m, await BalanceAsync(client, c));
        Assert.Equal(0m, await App.BalanceAsync(Modules.Ledger.Contracts.AccountRef.OfOutlet(Modules.Ledger.Contracts.AccountKind.ChequesInClearing, outletId)));
        await App.AssertIntactAsync(admin);
        Assert.NotNull(previous);
    }

    private static async Task<decimal> BalanceAsync(HttpClient client, Guid customer) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/customers/{customer}")).GetProperty("balance").GetDecimal();
}

public sealed class LedgerMoneyMigrationTests_Sqlite(SqliteDatabase db) : LedgerMoneyMigrationTests(db), IClassFixture<SqliteDatabase>;

public sealed class LedgerMoneyMigrationTests_Postgres(PostgresDatabase db) : LedgerMoneyMigrationTests(db), IClassFixture<PostgresDatabase>;
