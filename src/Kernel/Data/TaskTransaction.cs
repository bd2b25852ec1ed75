using Admin.Kernel.Idempotency;
using Admin.Kernel.Results;

namespace Admin.Kernel.Data;

/// <summary>
/// Runs one task in one transaction on the request's <see cref="AdminDbContext"/>: begins it, claims the request's
/// idempotency key, runs the task, saves and commits; a failed result (or an exception) rolls everything back and
/// clears the change tracker, so nothing of a refused task is written. Use it for every task that posts to the ledger
/// (whose conditional balance updates run at once and need the transaction) or that carries an idempotency key.
/// </summary>
public sealed class TaskTransaction(AdminDbContext db, RequestIdempotency idempotency, TimeProvider clock)
{
    /// <summary>Runs <paramref name="task"/> in a new transaction; it may add entities, post, record audit and call the review gate's RecordGrantAsync.</summary>
    public async Task<OperationResult<T>> RunAsync<T>(Func<CancellationToken, Task<OperationResult<T>>> task, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A task runs in one transaction of its own; this context is already in one.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var claim = await idempotency.ClaimAsync(db, clock.GetUtcNow().UtcDateTime, ct);
            if (!claim.Succeeded)
            {
                await tx.RollbackAsync(ct);
                return OperationResult<T>.From(claim);
            }

            var result = await task(ct);
            if (!result.Succeeded)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                idempotency.Release();
                return result;
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            idempotency.MarkCommitted();
            return result;
        }
        catch
        {
            db.ChangeTracker.Clear();
            idempotency.Release();
            throw;
        }
    }
}
