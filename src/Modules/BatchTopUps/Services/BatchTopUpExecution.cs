using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.BatchTopUps.Models;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.BatchTopUps.Services;

/// <summary>
/// Executes a reviewed list, inside the caller's transaction: moves the list from <paramref name="from"/> to Executed with
/// one conditional update (a second execution, parallel or after a crash, finds it moved and does nothing), checks the
/// lines against the hash fixed at submission and the cards still in use, and posts D Customer · C Card per line, 99 cards
/// to an entry, each line marked with its entry: a list run again after a failed job posts only the lines without one. A
/// refused posting fails the result: the caller's transaction rolls back and nothing is executed.
/// </summary>
public sealed class BatchTopUpExecution(AdminDbContext db, ILedger ledger, ICards cards, IAuditTrail audit, TimeProvider clock)
{
    public const string TaskType = "BatchTopUps.Execute";
    private const int CardsPerEntry = 99;

    /// <summary>The list's lines as stored, in order.</summary>
    public Task<List<BatchTopUpLine>> LinesAsync(Guid listId, CancellationToken ct) =>
        db.Set<BatchTopUpLine>().AsNoTracking().Where(l => l.ListId == listId).OrderBy(l => l.LineNo).ToListAsync(ct);

    /// <summary>The hash of the lines as they are in the database now (the tamper check).</summary>
    public async Task<OperationError?> TamperedAsync(BatchTopUpList list, IReadOnlyList<BatchTopUpLine>? lines, CancellationToken ct)
    {
        lines ??= await LinesAsync(list.Id, ct);
        var now = BatchTopUpList.HashOf(list.CustomerId, lines);
        return now == list.ContentHash && lines.Count == list.LineCount && lines.Sum(l => l.Amount) == list.Total
            ? null : BatchTopUpsErrors.Tampered(list.ContentHash, now);
    }

    public async Task<OperationResult<BatchTopUpList>> ExecuteAsync(
        BatchTopUpList list, BatchTopUpStatus from, Func<int, int, Task>? progress, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var moved = await db.Set<BatchTopUpList>().Where(l => l.Id == list.Id && l.Status == from)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, BatchTopUpStatus.Executed).SetProperty(l => l.ExecutedAt, now)
                .SetProperty(l => l.Version, l => l.Version + 1), ct);
        if (moved == 0)
        {
            var status = await db.Set<BatchTopUpList>().Where(l => l.Id == list.Id).Select(l => l.Status).FirstAsync(ct);
            return BatchTopUpTasks.Conflict(BatchTopUpsErrors.NotReviewable(status.ToString()), status);
        }

        var lines = await LinesAsync(list.Id, ct);
        if (await TamperedAsync(list, lines, ct) is { } tampered)
        {
            return OperationResult<BatchTopUpList>.Conflict(tampered);
        }

        var held = (await cards.ListByCustomerAsync(list.CustomerId, ct)).ToDictionary(c => c.Id);
        var open = lines.Where(l => l.EntryId is null).ToList();
        foreach (var line in open)
        {
            if (!held.TryGetValue(line.CardId, out var card) || card.Status != "Issued")
            {
                return OperationResult<BatchTopUpList>.Conflict(BatchTopUpsErrors.CardChanged(line.LineNo, line.CardNumber, card?.Status ?? "gone"));
            }
        }

        long? first = null, last = null;
        var done = 0;
        foreach (var chunk in open.Chunk(CardsPerEntry))
        {
            var postingLines = new List<PostingLine> { PostingLine.Debit(AccountRef.Customer(list.CustomerId, list.CustomerOutletId), chunk.Sum(l => l.Amount)) };
            postingLines.AddRange(chunk.Select(l => PostingLine.Credit(AccountRef.Card(l.CardId, l.CardOutletId), l.Amount)));
            var posted = await ledger.PostAsync(new Posting(TaskType, list.Id.ToString("N"), list.OutletId, $"batch top-up {list.Number}", postingLines)
            {
                Reference = list.Number,
            }, ct);
            if (!posted.Succeeded)
            {
                return OperationResult<BatchTopUpList>.From(posted);
            }

            var entry = posted.Value!.EntryId;
            var ids = chunk.Select(l => l.Id).ToArray();
            await db.Set<BatchTopUpLine>().Where(l => ids.Contains(l.Id) && l.EntryId == null).ExecuteUpdateAsync(s => s.SetProperty(l => l.EntryId, entry), ct);
            first ??= entry;
            last = entry;
            done += chunk.Length;
            if (progress is not null)
            {
                await progress(done, open.Count);
            }
        }

        await db.Set<BatchTopUpList>().Where(l => l.Id == list.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.FirstEntryId, l => l.FirstEntryId ?? first).SetProperty(l => l.LastEntryId, l => last ?? l.LastEntryId)
                .SetProperty(l => l.RefusalCode, (string?)null).SetProperty(l => l.RefusalMessage, (string?)null), ct);
        audit.Record(new AuditRecord(BatchTopUpsModule.ModuleId, "BatchTopUp.Execute", nameof(BatchTopUpList), list.Number, null,
            new { list.Number, list.CustomerCode, Lines = list.LineCount, Posted = open.Count, Total = Admin.Kernel.Money.Money.Format(list.Total), list.ContentHash }));
        return OperationResult<BatchTopUpList>.Success(list);
    }

    /// <summary>
    /// Records that a job ended in an error (not a refusal): the list moves from Executing to Failed with the reason, audited, in
    /// a unit of work of its own after the job's transaction rolled back. It may then be run again.
    /// </summary>
    public async Task RecordFailureAsync(BatchTopUpList list, Exception error, CancellationToken ct)
    {
        var message = $"{error.GetType().Name}: {error.Message}";
        message = message.Length > 500 ? message[..500] : message;
        var now = Now;
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.Set<BatchTopUpList>().Where(l => l.Id == list.Id && l.Status == BatchTopUpStatus.Executing)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, BatchTopUpStatus.Failed).SetProperty(l => l.RefusalCode, BatchTopUpsErrors.JobFailedCode)
                .SetProperty(l => l.RefusalMessage, message).SetProperty(l => l.RefusedAt, now).SetProperty(l => l.Version, l => l.Version + 1), ct);
        if (moved > 0)
        {
            audit.Record(new AuditRecord(BatchTopUpsModule.ModuleId, "BatchTopUp.Fail", nameof(BatchTopUpList), list.Number,
                new { Status = nameof(BatchTopUpStatus.Executing) }, new { Status = nameof(BatchTopUpStatus.Failed), list.Number, Message = message }));
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
    }

    /// <summary>Now (UTC).</summary>
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Records why an execution was refused on the list, with its audit record, after the task rolled back (in a unit of
    /// work of its own). A job's refusal also moves the list from <paramref name="back"/> (Executing) back to Submitted.
    /// </summary>
    public async Task RecordRefusalAsync(BatchTopUpList list, OperationError error, BatchTopUpStatus? back, CancellationToken ct)
    {
        var message = error.ToString();
        message = message.Length > 500 ? message[..500] : message;
        var now = Now;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rows = db.Set<BatchTopUpList>().Where(l => l.Id == list.Id);
        if (back is { } from)
        {
            rows = rows.Where(l => l.Status == from);
        }

        var to = back is null ? (BatchTopUpStatus?)null : BatchTopUpStatus.Submitted;
        await rows.ExecuteUpdateAsync(s => s.SetProperty(l => l.RefusalCode, error.Code).SetProperty(l => l.RefusalMessage, message)
            .SetProperty(l => l.RefusedAt, now).SetProperty(l => l.Status, l => to == null ? l.Status : to.Value), ct);
        audit.Record(new AuditRecord(BatchTopUpsModule.ModuleId, "BatchTopUp.Refuse", nameof(BatchTopUpList), list.Number, null,
            new { list.Number, error.Code, Message = message }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
