using Admin.Kernel.Reviews;

namespace Admin.Modules.Issuing;

/// <summary>The issuing tasks' review points (同级复核授权).</summary>
public sealed class IssuingReviewPoints : IReviewPointProvider
{
    /// <summary>A collected fee of a fee item marked for review differs from the schedule.</summary>
    public const string FeeOverride = "Issuing.FeeOverride";

    /// <summary>The batch takes the customer above the secondary-card limit M (reviewed once, on card M+1).</summary>
    public const string SecondaryLimit = "Issuing.SecondaryLimit";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(FeeOverride, "A fee collected when issuing a card differs from the fee schedule"),
        new(SecondaryLimit, "Secondary cards beyond the customer's limit are issued"),
    ];
}
