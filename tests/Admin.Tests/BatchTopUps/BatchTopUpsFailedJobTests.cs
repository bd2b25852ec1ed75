using System.Net;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.BatchTopUps.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.BatchTopUps;

/// <summary>
/// A job that ends in an error (here the ledger's lines table is out of reach while it runs, as a lost database would make
/// it) leaves its list Failed with the reason, audited, instead of Executing for good; run again, it posts only the lines
/// not yet posted, so every card is credited exactly once.
/// </summary>
public abstract class BatchTopUpsFailedJobTests(DatabaseFixture db)
{
    private const int Count = 520; // above the job threshold (500)

    private AdminAppFactory App => db.App;

    [Fact]
    public async Task FailedJob_MarksTheListFailed_AndARunAgainPostsOnlyTheLinesNotYetPosted()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: Count, money: Count * 2m);
        var list = await desk.SubmittedAsync(Enumerable.Range(0, Count).Select(i => (i, 2m)));
        var id = list.GetProperty("id").GetGuid();

        await RenameAsync(Away);
        JsonElement failed;
        try
        {
            var reviewed = await desk.ReviewAsync(id);
            Assert.True(reviewed.StatusCode == HttpStatusCode.Accepted, await reviewed.Content.ReadAsStringAsync());
            failed = await desk.WaitExecutedAsync(id, TimeSpan.FromMinutes(3));
        }
        finally
        {
            await RenameAsync(Back);
        }

        // A run before the failure had posted the first 10 lines (the money moved, each line marked with its entry).
        var lines = await App.WithDbAsync(d => d.Set<BatchTopUpLine>().AsNoTracking().Where(l => l.ListId == id).OrderBy(l => l.LineNo).Take(10).ToListAsync());
        var early = await App.PostAsync(LedgerKit.Move(AccountRef.Customer(desk.CustomerId, desk.OutletId), AccountRef.Card(lines[0].CardId, desk.OutletId), 2m));
        Assert.True(early.Succeeded);
        foreach (var line in lines.Skip(1))
        {
            Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.Customer(desk.CustomerId, desk.OutletId), AccountRef.Card(line.CardId, desk.OutletId), 2m))).Succeeded);
        }

        var marked = lines.Select(l => l.Id).ToList();
        await App.WithDbAsync(d => d.Set<BatchTopUpLine>().Where(l => marked.Contains(l.Id)).ExecuteUpdateAsync(s => s.SetProperty(l => l.EntryId, early.Value!.EntryId)));

        var rerun = await BatchDesk.PostAsync(desk.ColleagueClient, $"/api/batch-topups/{id}/rerun", new { });
        var rerunBody = await rerun.Content.ReadAsStringAsync();
        var executed = await desk.WaitExecutedAsync(id, TimeSpan.FromMinutes(3));
        var again = await BatchDesk.PostAsync(desk.ColleagueClient, $"/api/batch-topups/{id}/rerun", new { });

        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        Assert.Equal("batchTopUp.jobFailed", failed.GetProperty("refusalCode").GetString());
        Assert.False(string.IsNullOrWhiteSpace(failed.GetProperty("refusalMessage").GetString()));
        Assert.Equal("Failed", failed.GetProperty("job").GetProperty("status").GetString());
        var number = list.GetProperty("number").GetString();
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "BatchTopUp.Fail" && e.EntityId == number)));
        Assert.True(rerun.StatusCode == HttpStatusCode.Accepted, rerunBody);
        Assert.Equal("Executed", executed.GetProperty("status").GetString());
        Assert.Equal("Succeeded", executed.GetProperty("job").GetProperty("status").GetString());
        Assert.Equal(Count, executed.GetProperty("job").GetProperty("total").GetInt32() + 10);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "BatchTopUp.Rerun" && e.EntityId == number)));
        Assert.Equal(0m, await desk.CustomerBalanceAsync());
        for (var i = 0; i < Count; i += 37)
        {
            Assert.Equal(2m, await desk.CardBalanceAsync(i));
        }

        Assert.Equal(2m, await desk.CardBalanceAsync(Count - 1));
        Assert.Equal(0, await App.WithDbAsync(d => d.Set<BatchTopUpLine>().CountAsync(l => l.ListId == id && l.EntryId == null)));
        await App.AssertIntactAsync(desk.Admin);
    }

    private const string Away = "ALTER TABLE \"Ledger_Lines\" RENAME TO \"Ledger_Lines_Away\"";
    private const string Back = "ALTER TABLE \"Ledger_Lines_Away\" RENAME TO \"Ledger_Lines\"";

    private Task RenameAsync(string sql) => App.WithDbAsync(d => d.Database.ExecuteSqlRawAsync(sql));
}

public sealed class BatchTopUpsFailedJobTests_Sqlite(SqliteDatabase db) : BatchTopUpsFailedJobTests(db), IClassFixture<SqliteDatabase>;

public sealed class BatchTopUpsFailedJobTests_Postgres(PostgresDatabase db) : BatchTopUpsFailedJobTests(db), IClassFixture<PostgresDatabase>;
