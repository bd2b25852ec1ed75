using Admin.Kernel.Reviews;

namespace Admin.Modules.Counter;

/// <summary>The counter's review points.</summary>
public sealed class CounterReviewPoints : IReviewPointProvider
{
    /// <summary>A collected amount differs from the schedule (a reduction, a waiver, or more).</summary>
    public const string FeeOverride = "Counter.FeeOverride";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(FeeOverride, "A collected fee differs from the fee schedule (reduced, waived or more)"),
    ];
}
