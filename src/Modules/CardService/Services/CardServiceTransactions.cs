using Admin.Kernel.Data;
using Admin.Kernel.Results;

namespace Admin.Modules.CardService.Services;

/// <summary>The card-service tasks' one way of running in a transaction.</summary>
internal static class CardServiceTransactions
{
    /// <summary>
    /// Runs the task in one transaction (<see cref="TaskTransaction.RunAsync{T}"/>); a task that lost a race with another (a
    /// concurrency check, a unique index, a serialization failure) is answered 409 <c>task.raceLost</c>, never 500.
    /// </summary>
    public static async Task<OperationResult<T>> RunGuardedAsync<T>(
        this TaskTransaction transaction, AdminDbContext db, Func<CancellationToken, Task<OperationResult<T>>> task, CancellationToken ct)
    {
        try
        {
            return await transaction.RunAsync(task, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            db.ChangeTracker.Clear();
            return LostRace.Conflict<T>();
        }
    }
}
