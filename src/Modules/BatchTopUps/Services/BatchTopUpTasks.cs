using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.BatchTopUps.Models;
using Admin.Modules.Counter.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.BatchTopUps.Services;

/// <summary>
/// Submitting a list (checked whole, its content fixed by its hash), withdrawing it (取回: the maker, before review) and
/// voiding it (作废). Each is one transaction; a state conflict is a 409 carrying the list's current status.
/// </summary>
public sealed class BatchTopUpTasks(
    AdminDbContext db, BatchTopUpCheck check, BatchTopUpQuery query, TaskTransaction transaction, ICurrentOperator current, IOutletSequences sequences,
    IAuditTrail audit, TimeProvider clock)
{
    public async Task<OperationResult<BatchTopUpList>> SubmitAsync(BatchTopUpInput input, CancellationToken ct)
    {
        if (current.OutletId is not { } outletId || current.OperatorId is not { } operatorId || current.SeesAllOutlets)
        {
            return OperationResult<BatchTopUpList>.Conflict(BatchTopUpsErrors.OutletOnly());
        }

        var checkedBatch = await check.CheckAsync(input, ct);
        if (!checkedBatch.Succeeded)
        {
            return OperationResult<BatchTopUpList>.From(checkedBatch);
        }

        var (customer, lines, total, note) = checkedBatch.Value!;
        return await transaction.RunAsync(async token =>
        {
            var list = new BatchTopUpList
            {
                Id = Guid.NewGuid(), OutletId = outletId, OutletCode = current.OutletCode ?? "", CustomerId = customer.Id, CustomerOutletId = customer.OutletId,
                CustomerCode = customer.Code, CustomerName = customer.Name, LineCount = lines.Count, Total = total, Note = note,
                Status = BatchTopUpStatus.Submitted, MakerId = operatorId, MakerLogin = current.LoginName ?? "", SubmittedAt = clock.GetUtcNow().UtcDateTime,
                ContentHash = BatchTopUpList.HashOf(customer.Id, lines),
            };
            list.Number = $"PL{list.OutletCode}-{await sequences.NextAsync(outletId, "batchtopup", token):D6}";
            foreach (var line in lines)
            {
                line.ListId = list.Id;
            }

            db.Add(list);
            db.AddRange(lines);
            audit.Record(new AuditRecord(BatchTopUpsModule.ModuleId, "BatchTopUp.Submit", nameof(BatchTopUpList), list.Number, null,
                new { list.Number, list.CustomerCode, Lines = list.LineCount, Total = Money.Format(list.Total), list.ContentHash }));
            return OperationResult<BatchTopUpList>.Success(list);
        }, ct);
    }

    public async Task<OperationResult<BatchTopUpList>> WithdrawAsync(Guid id, CancellationToken ct)
    {
        var list = await query.FindAsync(id, ct);
        if (list is null)
        {
            return OperationResult<BatchTopUpList>.NotFound(BatchTopUpsErrors.NotFound());
        }

        if (list.Status != BatchTopUpStatus.Submitted)
        {
            return Conflict(BatchTopUpsErrors.NotWithdrawable(list.Status.ToString()), list.Status);
        }

        if (list.MakerId != current.OperatorId)
        {
            return Conflict(BatchTopUpsErrors.WithdrawByMaker(), list.Status);
        }

        return await MoveAsync(list, [BatchTopUpStatus.Submitted], BatchTopUpStatus.Withdrawn, "BatchTopUp.Withdraw",
            s => BatchTopUpsErrors.NotWithdrawable(s.ToString()), ct);
    }

    public async Task<OperationResult<BatchTopUpList>> VoidAsync(Guid id, CancellationToken ct)
    {
        var list = await query.FindAsync(id, ct);
        if (list is null)
        {
            return OperationResult<BatchTopUpList>.NotFound(BatchTopUpsErrors.NotFound());
        }

        return list.CanVoid
            ? await MoveAsync(list, [BatchTopUpStatus.Submitted, BatchTopUpStatus.Withdrawn], BatchTopUpStatus.Voided, "BatchTopUp.Void",
                s => BatchTopUpsErrors.NotVoidable(s.ToString()), ct)
            : Conflict(BatchTopUpsErrors.NotVoidable(list.Status.ToString()), list.Status);
    }

    /// <summary>A 409 that carries the list's current status (the API adds it to the problem).</summary>
    internal static OperationResult<BatchTopUpList> Conflict(OperationError error, BatchTopUpStatus status) =>
        (OperationResult<BatchTopUpList>)OperationResult<BatchTopUpList>.Conflict(error).With("currentStatus", status.ToString());

    private async Task<OperationResult<BatchTopUpList>> MoveAsync(
        BatchTopUpList list, BatchTopUpStatus[] from, BatchTopUpStatus to, string action, Func<BatchTopUpStatus, OperationError> refused, CancellationToken ct)
    {
        var result = await transaction.RunAsync(async token =>
        {
            // One conditional update: a review, withdrawal or void that got there first leaves nothing to move.
            var now = clock.GetUtcNow().UtcDateTime;
            var moved = await db.Set<BatchTopUpList>().Where(l => l.Id == list.Id && from.Contains(l.Status))
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, to).SetProperty(l => l.ClosedBy, current.LoginName)
                    .SetProperty(l => l.ClosedAt, now).SetProperty(l => l.Version, l => l.Version + 1), token);
            if (moved == 0)
            {
                var status = await db.Set<BatchTopUpList>().Where(l => l.Id == list.Id).Select(l => l.Status).FirstAsync(token);
                return Conflict(refused(status), status);
            }

            audit.Record(new AuditRecord(BatchTopUpsModule.ModuleId, action, nameof(BatchTopUpList), list.Number,
                new { Status = list.Status.ToString() }, new { Status = to.ToString() }));
            return OperationResult<BatchTopUpList>.Success(list);
        }, ct);
        return result.Succeeded ? OperationResult<BatchTopUpList>.Success((await query.FindAsync(list.Id, ct))!) : result;
    }
}
