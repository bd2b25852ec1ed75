using Admin.Kernel.Reviews;

namespace Admin.Modules.Transfers;

/// <summary>The manual transfer's review point: every transfer, by a second head-office operator, never switched off.</summary>
public sealed class TransfersReviewPoints : IReviewPointProvider
{
    /// <summary>手工转账: every manual transfer.</summary>
    public const string Manual = "Transfers.Manual";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(Manual, "Every manual transfer between accounts", Scope: ReviewScope.HeadOffice) { AlwaysOn = true },
    ];
}
