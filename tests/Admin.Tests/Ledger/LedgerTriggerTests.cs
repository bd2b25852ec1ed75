using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Ledger;

/// <summary>On PostgreSQL the database itself refuses to change or remove an entry or a line (the migration's trigger).</summary>
public sealed class LedgerTriggerTests(PostgresDatabase db) : IClassFixture<PostgresDatabase>
{
    private AdminAppFactory App => db.App;

    [Theory]
    [InlineData("""UPDATE "Ledger_Lines" SET "Amount" = 0 WHERE "EntryId" = {0}""")]
    [InlineData("""DELETE FROM "Ledger_Lines" WHERE "EntryId" = {0}""")]
    [InlineData("""UPDATE "Ledger_Entries" SET "Memo" = 'changed' WHERE "Id" = {0}""")]
    [InlineData("""DELETE FROM "Ledger_Entries" WHERE "Id" = {0}""")]
    [InlineData("""TRUNCATE "Ledger_Lines", "Ledger_Entries" """)]
    public async Task RawSql_ThatChangesOrRemovesAnEntryOrLine_IsRefused(string sql)
    {
        var outlet = LedgerKit.NewOutlet();
        var entry = (await App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), outlet, "Cash"), AccountRef.Customer(Guid.NewGuid(), outlet), 10m))).Value!.EntryId;

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => App.WithDbAsync(d => d.Database.ExecuteSqlRawAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, entry))));

        Assert.Contains("immutable", refused.Message, StringComparison.Ordinal);
        var lines = await App.WithDbAsync(d => d.Set<LedgerLine>().AsNoTracking().Where(l => l.EntryId == entry).Select(l => l.Amount).ToListAsync());
        Assert.Equal([1000L, -1000L], lines.Order().Reverse());
    }
}
