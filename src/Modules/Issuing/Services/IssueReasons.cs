using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;

namespace Admin.Modules.Issuing.Services;

/// <summary>What the issuing tasks share around the review: reasons from fees, and turning collected errors into one result.</summary>
internal static class IssueReasons
{
    /// <summary>One reason per fee whose collected amount differs from the schedule and whose item says that needs review.</summary>
    public static IEnumerable<ReviewReason> Fees(IEnumerable<PricedFee> fees) =>
        fees.Where(f => f.NeedsReview).Select(f => new ReviewReason(IssuingReviewPoints.FeeOverride, "collected {0}, schedule {1}: {2}",
            Money.Format(f.Collected), Money.Format(f.Schedule), new LocalName(f.NameEn.ToLowerInvariant(), f.NameZh)));

    /// <summary>
    /// All errors at once: bad input (400) when any error is a plain validation error; otherwise the rules' refusals
    /// (cash above the limit, a credit card, a face value above the cap) as 422.
    /// </summary>
    public static OperationResult<T>? Refusal<T>(List<OperationError> errors, List<OperationError> refusals)
    {
        if (errors.Count > 0)
        {
            return OperationResult<T>.Invalid([.. errors, .. refusals]);
        }

        return refusals.Count > 0 ? OperationResult<T>.Fail(FailureKind.Unprocessable, [.. refusals]) : null;
    }

    /// <summary>The fees of a card in a canonical summary.</summary>
    public static void Fees(CanonicalObject item, IReadOnlyList<PricedFee> fees) =>
        item.List("fees", fees, (f, fee) => f.Amount("collected", fee.Collected).Text("fee", fee.Code).Amount("schedule", fee.Schedule));
}
