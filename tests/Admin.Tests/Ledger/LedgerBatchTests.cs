using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Ledger;

/// <summary>
/// Many postings in one task (a batch top-up list): the ledger must not leave its entries and lines in the task's change
/// tracker, or every later save scans all of them and the batch slows down quadratically.
/// </summary>
public abstract class LedgerBatchTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task ManyPostings_InOneTask_TrackNoMoreThanOne_AndKeepTheCallersRows()
    {
        var outlet = LedgerKit.NewOutlet();
        var till = AccountRef.Till(Guid.NewGuid(), outlet, "Cash");
        var cards = Enumerable.Range(0, 40).Select(_ => AccountRef.Card(Guid.NewGuid(), outlet)).ToList();
        var tracked = new List<int>();

        var result = await App.WithScopeAsync(sp => sp.GetRequiredService<TaskTransaction>().RunAsync(async ct =>
        {
            var context = sp.GetRequiredService<AdminDbContext>();
            var ledger = sp.GetRequiredService<ILedger>();
            // The caller's own row, added before the postings: it must still be tracked (and saved) after them.
            sp.GetRequiredService<IAuditTrail>().Record(new AuditRecord("Ledger", "BatchTest", "Outlet", outlet.ToString("D")));
            OperationResult<PostedEntry>? posted = null;
            foreach (var card in cards)
            {
                posted = await ledger.PostAsync(LedgerKit.Move(till, card, 1m, "Test.Batch"), ct);
                Assert.True(posted.Succeeded, string.Join("; ", posted.Errors));
                tracked.Add(context.ChangeTracker.Entries().Count(e => e.Entity is LedgerEntry or LedgerLine or LedgerAccount));
            }

            Assert.Single(context.ChangeTracker.Entries<AuditEvent>(), e => e.Entity.EntityId == outlet.ToString("D") && e.State == EntityState.Unchanged);
            return posted!;
        }));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.All(tracked, t => Assert.Equal(0, t));
        Assert.Equal(cards.Count, await App.BalanceAsync(till));
        Assert.Equal(cards.Count, await App.WithDbAsync(d => d.Set<LedgerEntry>().CountAsync(e => e.OutletId == outlet)));
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.EntityId == outlet.ToString("D"))));
    }
}

public sealed class LedgerBatchTests_Sqlite(SqliteDatabase db) : LedgerBatchTests(db), IClassFixture<SqliteDatabase>;

public sealed class LedgerBatchTests_Postgres(PostgresDatabase db) : LedgerBatchTests(db), IClassFixture<PostgresDatabase>;
