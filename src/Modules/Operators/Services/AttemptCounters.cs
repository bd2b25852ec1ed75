using Admin.Kernel.Data;
using Admin.Modules.Operators.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>The failure counter of one account, real or phantom; every change is one atomic UPDATE.</summary>
internal interface IAttemptCounter
{
    Task ExpireLockAsync(DateTime lockedBefore, CancellationToken ct);

    /// <summary>Takes one attempt if the account is not locked and under the limit; answers the attempt's number, or null.</summary>
    Task<int?> ReserveAsync(int max, CancellationToken ct);

    Task<bool> LockAsync(CancellationToken ct);

    Task ResetAsync(CancellationToken ct);

    Task<DateTime?> LockedAtAsync(CancellationToken ct);
}

/// <summary>The counter on the operator's own row.</summary>
internal sealed class OperatorAttemptCounter(AdminDbContext db, Guid id, DateTime now) : IAttemptCounter
{
    private IQueryable<Operator> Row => db.Set<Operator>().Where(o => o.Id == id);

    public Task ExpireLockAsync(DateTime lockedBefore, CancellationToken ct) =>
        Row.Where(o => o.IsLocked && o.LockedAt <= lockedBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.IsLocked, false).SetProperty(o => o.AccessFailedCount, 0).SetProperty(o => o.LockedAt, (DateTime?)null), ct);

    public async Task<int?> ReserveAsync(int max, CancellationToken ct)
    {
        // UPDATE ... RETURNING (SQLite 3.35+ and PostgreSQL): the increment and the number it produced in one statement.
        var taken = await db.Database.SqlQuery<int>($"""
            UPDATE "Operators_Operators" SET "AccessFailedCount" = "AccessFailedCount" + 1
            WHERE "Id" = {id} AND NOT "IsLocked" AND "AccessFailedCount" < {max}
            RETURNING "AccessFailedCount" AS "Value"
            """).ToListAsync(ct);
        return taken.Count == 1 ? taken[0] : null;
    }

    public async Task<bool> LockAsync(CancellationToken ct) =>
        await Row.Where(o => !o.IsLocked)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.IsLocked, true).SetProperty(o => o.LockedAt, now), ct) == 1;

    public Task ResetAsync(CancellationToken ct) =>
        Row.ExecuteUpdateAsync(s => s.SetProperty(o => o.AccessFailedCount, 0), ct);

    public Task<DateTime?> LockedAtAsync(CancellationToken ct) => Row.Select(o => o.LockedAt).FirstAsync(ct);
}

/// <summary>The counter of an account that does not exist, so that it locks (and answers) like a real one.</summary>
internal sealed class PhantomAttemptCounter(AdminDbContext db, string key, DateTime now) : IAttemptCounter
{
    private IQueryable<PhantomSignIn> Row => db.Set<PhantomSignIn>().Where(p => p.Key == key);

    public Task ExpireLockAsync(DateTime lockedBefore, CancellationToken ct) =>
        Row.Where(p => p.IsLocked && p.LockedAt <= lockedBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsLocked, false).SetProperty(p => p.AccessFailedCount, 0).SetProperty(p => p.LockedAt, (DateTime?)null), ct);

    public async Task<int?> ReserveAsync(int max, CancellationToken ct)
    {
        // ON CONFLICT DO NOTHING: another attempt creating the row at the same moment must not abort the transaction.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Operators_PhantomSignIns" ("Key", "AccessFailedCount", "IsLocked", "LastAttemptAt")
            VALUES ({key}, {0}, {false}, {now}) ON CONFLICT DO NOTHING
            """, ct);

        var taken = await db.Database.SqlQuery<int>($"""
            UPDATE "Operators_PhantomSignIns" SET "AccessFailedCount" = "AccessFailedCount" + 1, "LastAttemptAt" = {now}
            WHERE "Key" = {key} AND NOT "IsLocked" AND "AccessFailedCount" < {max}
            RETURNING "AccessFailedCount" AS "Value"
            """).ToListAsync(ct);
        return taken.Count == 1 ? taken[0] : null;
    }

    public async Task<bool> LockAsync(CancellationToken ct) =>
        await Row.Where(p => !p.IsLocked)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsLocked, true).SetProperty(p => p.LockedAt, now), ct) == 1;

    public Task ResetAsync(CancellationToken ct) => Task.CompletedTask;

    public Task<DateTime?> LockedAtAsync(CancellationToken ct) => Row.Select(p => p.LockedAt).FirstAsync(ct);
}
