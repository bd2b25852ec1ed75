using Admin.Kernel.Audit;
using Admin.Kernel.Results;

namespace Admin.Kernel.Reviews;

/// <summary>
/// A sentence to translate when shown: an English template and its arguments (e.g. what a review authorises). An argument
/// that is itself a <see cref="ReviewText"/> (a label) is translated too.
/// </summary>
public sealed record ReviewText(string Message, params object?[] Args);

/// <summary>
/// What a counter task's review-required (428) or refused result carries for the review dialog: what the reviewer
/// authorises, why review points fired, and the canonical summary the authorisation would record.
/// </summary>
public sealed record ReviewAsk(ReviewText Subject, IReadOnlyList<ReviewReason> Reasons, string Summary);

/// <summary>
/// The counter-task flow, one way for every module (fee collection, cheque receipt, reprints, and the card tasks to come).
/// A task's service:
/// <list type="number">
/// <item>checks the input and works out the review reasons and the canonical summary (<see cref="CanonicalJson.Object"/>);</item>
/// <item>calls <see cref="ReviewAsync"/>: no reason fired → no grant; else the gate decides, and a 428 or refusal comes back
/// as a failed result carrying a <see cref="ReviewAsk"/> (on the API: <c>reasons</c> and <c>summary</c>), which the
/// screen hands to <see cref="ReviewDialogModel.For"/> as it is;</item>
/// <item>writes its rows in one transaction and calls <see cref="RecordAsync"/> before saving: the audit record names the
/// reviewer and the grant joins the outlet's authorisation chain, committed with the task or not at all.</item>
/// </list>
/// </summary>
public sealed class CounterTask(IReviewGate gate, IAuditTrail audit)
{
    /// <summary>
    /// Asks the gate when a reason fired. Success: the grant (null when no review was needed). Failure: the gate's answer
    /// (428 review required, 403 refused, 400 credentials half typed) with the <see cref="ReviewAsk"/> attached.
    /// </summary>
    public async Task<OperationResult<ReviewGrant?>> ReviewAsync(ReviewRequest request, ReviewText subject, CancellationToken ct = default)
    {
        if (request.Reasons.Count == 0)
        {
            return OperationResult<ReviewGrant?>.Success(null);
        }

        var decision = await gate.CheckAsync(request, ct);
        if (decision.MayProceed)
        {
            return OperationResult<ReviewGrant?>.Success(decision.Grant);
        }

        var failed = OperationResult<ReviewGrant?>.From(decision.Failure!);
        failed.WithReview(new ReviewAsk(subject, decision.Reasons.Count > 0 ? decision.Reasons : request.Reasons, request.Summary));
        failed.With("summary", request.Summary);
        return failed;
    }

    /// <summary>
    /// Inside the task's transaction, before its SaveChanges: records the audit record (noting the reviewer, unless the
    /// record says otherwise) and appends the grant, if any, to the authorisation chain for <paramref name="taskId"/>.
    /// </summary>
    public async Task RecordAsync(AuditRecord record, ReviewGrant? grant, string taskId, CancellationToken ct = default)
    {
        audit.Record(grant is null || record.Summary is not null ? record : record with { Summary = $"reviewed by {grant.ReviewerLogin}" });
        if (grant is not null)
        {
            await gate.RecordGrantAsync(grant, taskId, ct);
        }
    }
}
