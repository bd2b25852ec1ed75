using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

/// <summary>What a stock task did: its id (the movements' task id), the product and how many cards moved.</summary>
public sealed record StockTaskResult(Guid TaskId, string Product, MovementKind Kind, long Count);

/// <summary>
/// Runs a stock task in one transaction: the moves, the audit record (and the granted review, if any) commit together;
/// a refused move or a parallel move of the same cards leaves nothing behind.
/// </summary>
public sealed class StockTaskRunner(AdminDbContext db, IAuditTrail audit, StockMover mover, IReviewGate gate)
{
    /// <summary>Runs the moves, then <paramref name="alsoWrite"/> (e.g. the request's shipped count), the audit record and the review grant.</summary>
    public async Task<OperationResult<StockTaskResult>> RunAsync(
        IReadOnlyList<StockMover.Move> moves, string action, object details, ReviewGrant? grant = null, Func<long, OperationResult?>? alsoWrite = null,
        CancellationToken ct = default)
    {
        var first = moves[0];
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            long count = 0;
            foreach (var move in moves)
            {
                var moved = await mover.MoveAsync(move, ct);
                if (!moved.Succeeded)
                {
                    db.ChangeTracker.Clear();
                    return OperationResult<StockTaskResult>.From(moved);
                }

                count += moved.Value;
            }

            if (alsoWrite?.Invoke(count) is { } refused)
            {
                db.ChangeTracker.Clear();
                return OperationResult<StockTaskResult>.From(refused);
            }

            audit.Record(new AuditRecord(CardsModule.ModuleId, action, "StockTask", first.TaskId.ToString(), null, details,
                grant is null ? $"{count} cards" : $"{count} cards, reviewed by {grant.ReviewerLogin}"));
            if (grant is not null)
            {
                await gate.RecordGrantAsync(grant, first.TaskId.ToString(), ct);
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return OperationResult<StockTaskResult>.Success(new StockTaskResult(first.TaskId, first.Product.Code, first.Kind, count));
        }
        catch (Exception ex) when (CardStockService.RefusedByTheDatabase(ex))
        {
            // A parallel task changed one of the blocks (its version moved on) or the request, or the database chose this
            // task as a deadlock's victim: nothing of this task stays.
            db.ChangeTracker.Clear();
            return OperationResult<StockTaskResult>.Conflict(CardsErrors.MovedMeanwhile());
        }
    }

    /// <summary>The cards of the ranges as printed, for audit records and review summaries.</summary>
    public static IReadOnlyList<string> Describe(CardProduct product, IReadOnlyList<SerialRange> ranges) =>
        ranges.Select(r => r.Count == 1 ? product.Numbering.NumberOf(r.First) : $"{product.Numbering.NumberOf(r.First)}-{product.Numbering.NumberOf(r.Last)}").ToList();
}
