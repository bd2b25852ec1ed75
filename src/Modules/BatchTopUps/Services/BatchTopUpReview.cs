using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Jobs;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Admin.Modules.BatchTopUps.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.BatchTopUps.Services;

/// <summary>What a review did: executed the list at once, or queued it for a job (big lists).</summary>
public sealed record ReviewOutcome(BatchTopUpList List, bool Queued);

/// <summary>
/// The list's review (清单复核) through the kernel's review gate: a colleague of the same outlet, never the list's maker,
/// authorises exactly what was submitted (the summary names the content hash). A list whose lines changed in the database
/// since submission is refused. Small lists execute within the request; from the job threshold the list moves to
/// Executing and a Quartz job executes it, once, with progress.
/// </summary>
public sealed class BatchTopUpReview(
    AdminDbContext db, BatchTopUpQuery query, BatchTopUpExecution execution, TaskTransaction transaction, CounterTask task, ICurrentOperator current,
    IJobs jobs, SystemSettings settings)
{
    public async Task<OperationResult<ReviewOutcome>> ReviewAsync(Guid id, ReviewCredentials? credentials, CancellationToken ct)
    {
        var list = await query.FindAsync(id, ct);
        if (list is null)
        {
            return OperationResult<ReviewOutcome>.NotFound(BatchTopUpsErrors.NotFound());
        }

        if (!list.CanReview)
        {
            return Failed(BatchTopUpTasks.Conflict(BatchTopUpsErrors.NotReviewable(list.Status.ToString()), list.Status));
        }

        if (current.OutletId != list.OutletId || current.OperatorId is not { } operatorId)
        {
            return Failed(BatchTopUpTasks.Conflict(BatchTopUpsErrors.OutletOnly(), list.Status));
        }

        if (await execution.TamperedAsync(list, null, ct) is { } tampered)
        {
            await execution.RecordRefusalAsync(list, tampered, back: null, ct);
            return Failed(BatchTopUpTasks.Conflict(tampered, list.Status));
        }

        var reasons = new[]
        {
            new ReviewReason(BatchTopUpsReviewPoints.Execute, "list {0} of {1} ({2}): {3} cards, {4} in total; content hash {5}",
                list.Number, list.CustomerName, list.CustomerCode, list.LineCount, Money.Format(list.Total), list.ContentHash),
        };
        var summary = CanonicalJson.Object(s => s.Text("contentHash", list.ContentHash).Text("customer", list.CustomerCode).Number("lines", list.LineCount)
            .Text("list", list.Number).Amount("total", list.Total));
        var subject = new ReviewText("the execution of batch top-up list {0}: {1} cards, {2} from the account of {3}", list.Number, list.LineCount, Money.Format(list.Total), list.CustomerName);
        var review = await task.ReviewAsync(new ReviewRequest(BatchTopUpExecution.TaskType, list.OutletId, reasons, summary, credentials), subject, ct);
        if (!review.Succeeded)
        {
            return OperationResult<ReviewOutcome>.From(review);
        }

        // The gate keeps the signed-in operator from reviewing; the list's maker may not review it either, whoever is signed in.
        var grant = review.Value;
        var (reviewerId, reviewerLogin) = grant is null ? (operatorId, current.LoginName ?? "") : (grant.ReviewerId, grant.ReviewerLogin);
        if (reviewerId == list.MakerId)
        {
            var refused = OperationResult<ReviewOutcome>.Fail(FailureKind.Forbidden, BatchTopUpsErrors.CheckerIsMaker());
            refused.WithReview(new ReviewAsk(subject, reasons, summary));
            return refused;
        }

        var queued = list.LineCount >= await settings.GetIntAsync(BatchTopUpsSettings.JobThreshold, ct);
        OperationResult<BatchTopUpList> result;
        try
        {
            result = await transaction.RunAsync(async token =>
            {
                var now = execution.Now;
                var moved = await db.Set<BatchTopUpList>().Where(l => l.Id == list.Id && l.Status == BatchTopUpStatus.Submitted)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.ReviewerId, reviewerId).SetProperty(l => l.ReviewerLogin, reviewerLogin)
                        .SetProperty(l => l.ReviewedAt, now).SetProperty(l => l.Status, queued ? BatchTopUpStatus.Executing : BatchTopUpStatus.Submitted)
                        .SetProperty(l => l.Version, l => l.Version + 1), token);
                if (moved == 0)
                {
                    var status = await db.Set<BatchTopUpList>().Where(l => l.Id == list.Id).Select(l => l.Status).FirstAsync(token);
                    return BatchTopUpTasks.Conflict(BatchTopUpsErrors.NotReviewable(status.ToString()), status);
                }

                if (!queued)
                {
                    var executed = await execution.ExecuteAsync(list, BatchTopUpStatus.Submitted, null, token);
                    if (!executed.Succeeded)
                    {
                        return executed;
                    }
                }

                await task.RecordAsync(new AuditRecord(BatchTopUpsModule.ModuleId, "BatchTopUp.Review", nameof(BatchTopUpList), list.Number, null,
                    new { list.Number, list.ContentHash, Reviewer = reviewerLogin, Queued = queued }), grant, list.Id.ToString("N"), token);
                return OperationResult<BatchTopUpList>.Success(list);
            }, ct);
        }
        catch (Exception e) when (LostRace.Is(e))
        {
            result = LostRace.Conflict<BatchTopUpList>();
        }

        if (!result.Succeeded)
        {
            if (result.Errors.FirstOrDefault() is { } error && !error.Code.StartsWith("batchTopUp.not", StringComparison.Ordinal) && error.Code != "task.raceLost")
            {
                await execution.RecordRefusalAsync(list, error, back: null, ct);
            }

            return OperationResult<ReviewOutcome>.From(result);
        }

        if (queued)
        {
            await jobs.EnqueueAsync<BatchTopUpJob>(list.JobKey, new Dictionary<string, string> { ["list"] = list.Id.ToString("D") }, ct: ct);
        }

        return OperationResult<ReviewOutcome>.Success(new ReviewOutcome((await query.FindAsync(list.Id, ct))!, queued));
    }

    private static OperationResult<ReviewOutcome> Failed(OperationResult<BatchTopUpList> failure) => OperationResult<ReviewOutcome>.From(failure);
}
