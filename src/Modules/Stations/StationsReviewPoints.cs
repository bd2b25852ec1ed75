using Admin.Kernel.Reviews;

namespace Admin.Modules.Stations;

/// <summary>The stations' review points.</summary>
public sealed class StationsReviewPoints : IReviewPointProvider
{
    /// <summary>A grey card released without the terminal's record: nothing is debited, so a colleague confirms.</summary>
    public const string UnGreyRelease = "Stations.UnGreyRelease";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(UnGreyRelease, "A grey card is released without the terminal's record (解灰, no debit)"),
    ];
}
