using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Jobs;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.BatchTopUps.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.BatchTopUps.Services;

/// <summary>
/// Runs a list whose job failed again (the README's former known gap): one conditional update moves it from Failed back to
/// Executing and counts the run, audited, and a new job (its own key: the failed one keeps its record) executes it. The
/// execution posts only the lines not yet posted, so a list is never credited twice whatever ran before. The review that
/// authorised the list still stands: the list's content is checked against its hash again by the job.
/// </summary>
public sealed class BatchTopUpRerun(AdminDbContext db, BatchTopUpQuery query, TaskTransaction transaction, ICurrentOperator current, IJobs jobs, IAuditTrail audit)
{
    public async Task<OperationResult<BatchTopUpList>> RerunAsync(Guid id, CancellationToken ct)
    {
        var list = await query.FindAsync(id, ct);
        if (list is null)
        {
            return OperationResult<BatchTopUpList>.NotFound(BatchTopUpsErrors.NotFound());
        }

        if (!list.CanRerun)
        {
            return BatchTopUpTasks.Conflict(BatchTopUpsErrors.NotRerunnable(list.Status.ToString()), list.Status);
        }

        if (current.OutletId != list.OutletId || current.OperatorId is null)
        {
            return BatchTopUpTasks.Conflict(BatchTopUpsErrors.OutletOnly(), list.Status);
        }

        var run = list.Reruns + 1;
        var result = await transaction.RunAsync(async token =>
        {
            var moved = await db.Set<BatchTopUpList>().Where(l => l.Id == list.Id && l.Status == BatchTopUpStatus.Failed)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, BatchTopUpStatus.Executing).SetProperty(l => l.Reruns, run)
                    .SetProperty(l => l.Version, l => l.Version + 1), token);
            if (moved == 0)
            {
                var status = await db.Set<BatchTopUpList>().Where(l => l.Id == list.Id).Select(l => l.Status).FirstAsync(token);
                return BatchTopUpTasks.Conflict(BatchTopUpsErrors.NotRerunnable(status.ToString()), status);
            }

            audit.Record(new AuditRecord(BatchTopUpsModule.ModuleId, "BatchTopUp.Rerun", nameof(BatchTopUpList), list.Number,
                new { Status = nameof(BatchTopUpStatus.Failed), list.RefusalMessage }, new { Status = nameof(BatchTopUpStatus.Executing), Run = run }));
            return OperationResult<BatchTopUpList>.Success(list);
        }, ct);
        if (!result.Succeeded)
        {
            return result;
        }

        // As the reviewer who authorised the list, like its first run.
        var runAs = new JobOperator(list.ReviewerId ?? Guid.Empty, list.ReviewerLogin ?? "", list.OutletId, list.OutletCode);
        await jobs.EnqueueAsync<BatchTopUpJob>(BatchTopUpList.KeyOf(list.Id, run), new Dictionary<string, string> { ["list"] = list.Id.ToString("D") }, null, runAs, ct);
        return OperationResult<BatchTopUpList>.Success((await query.FindAsync(list.Id, ct))!);
    }
}
