using Admin.Kernel.Reviews;

namespace Admin.Modules.Closes;

/// <summary>The review point of the shift close (同级复核授权): a till difference beyond the tolerance.</summary>
public sealed class ClosesReviewPoints : IReviewPointProvider
{
    /// <summary>班结差异: the counted till differs from the ledger by more than the tolerance in a payment method.</summary>
    public const string ShiftDifference = "Closes.ShiftDifference";

    /// <summary>The largest difference per payment method closed without review (CNY, invariant text).</summary>
    public const string ToleranceParameter = "tolerance";

    /// <summary>重开: head office reopens a closed day or month; a second head-office operator authorises it.</summary>
    public const string Reopen = "Closes.Reopen";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(Reopen, "Head office reopens a closed day or month", Scope: ReviewScope.HeadOffice),
        new(ShiftDifference, "A shift close counts a till different from the ledger beyond the tolerance")
        {
            Parameters = [new(ToleranceParameter, "Largest difference per payment method closed without review (CNY)", "0.00")],
        },
    ];
}
