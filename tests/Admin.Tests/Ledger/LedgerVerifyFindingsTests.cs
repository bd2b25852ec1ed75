using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Ledger;

/// <summary>
/// Verification finds what was changed behind the ledger's back (raw SQL on a database of its own, since it breaks the
/// ledger for good): a cached balance that is not its lines, an account let below zero, an entry without lines, and on
/// SQLite (no trigger there) a line changed so that its entry no longer balances.
/// </summary>
public abstract class LedgerVerifyFindingsTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Verify_ReportsEveryKindOfDamage_OnTheApiAndTheScreen()
    {
        var outlet = LedgerKit.NewOutlet();
        var customer = AccountRef.Customer(Guid.NewGuid(), outlet);
        var entry = (await App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), outlet, "Cash"), customer, 10m))).Value!.EntryId;
        var card = AccountRef.Card(Guid.NewGuid(), outlet);
        Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), outlet, "Cash"), card, 1m))).Succeeded);
        var admin = await App.AdminApiClientAsync();
        await App.AssertIntactAsync(admin);
        var ids = await App.WithDbAsync(d => d.Set<LedgerAccount>().AsNoTracking().Where(a => a.OutletId == outlet && a.Kind != AccountKind.Till).ToDictionaryAsync(a => a.Kind, a => a.Id));

        await App.WithDbAsync(async d =>
        {
            await d.Database.ExecuteSqlAsync($"""UPDATE "Ledger_Accounts" SET "Balance" = "Balance" + 1 WHERE "Id" = {ids[AccountKind.Customer]}""");
            await d.Database.ExecuteSqlAsync($"""UPDATE "Ledger_Accounts" SET "Balance" = -100, "CanGoNegative" = {true} WHERE "Id" = {ids[AccountKind.Card]}""");
            await d.Database.ExecuteSqlAsync($"""INSERT INTO "Ledger_Entries" ("TaskType", "TaskId", "OutletId", "At", "Memo") VALUES ('Test.Empty', 'x', {outlet}, {DateTime.UtcNow}, 'no lines')""");
            if (App.Provider == "Sqlite")
            {
                await d.Database.ExecuteSqlAsync($"""UPDATE "Ledger_Lines" SET "Amount" = "Amount" + 1 WHERE "EntryId" = {entry} AND "LineNo" = 1""");
            }

            return 0;
        });

        var verify = await admin.GetFromJsonAsync<JsonElement>("/api/ledger/verify");
        Assert.False(verify.GetProperty("intact").GetBoolean());
        var codes = verify.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains("ledger.balanceMismatch", codes);
        Assert.Contains("ledger.negativeBalance", codes);
        Assert.Contains("ledger.mayGoNegative", codes);
        Assert.Contains("ledger.entryTooShort", codes);
        Assert.Equal(App.Provider == "Sqlite", codes.Contains("ledger.unbalancedEntry"));
        Assert.Contains(verify.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "ledger.balanceMismatch"
            && f.GetProperty("accountId").GetInt64() == ids[AccountKind.Customer]);

        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var page = await screen.GetStringAsync("/ledger?verify=true");
        Assert.Contains("The ledger has findings", page, StringComparison.Ordinal);
        Assert.Contains($"/ledger/accounts/{ids[AccountKind.Customer]}", page, StringComparison.Ordinal);
    }
}

public sealed class LedgerVerifyFindingsTests_Sqlite(SqliteDatabase db) : LedgerVerifyFindingsTests(db), IClassFixture<SqliteDatabase>;

public sealed class LedgerVerifyFindingsTests_Postgres(PostgresDatabase db) : LedgerVerifyFindingsTests(db), IClassFixture<PostgresDatabase>;
