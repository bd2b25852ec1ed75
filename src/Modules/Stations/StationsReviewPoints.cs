using Admin.Kernel.Reviews;

namespace Admin.Modules.Stations;

/// <summary>The stations' review points.</summary>
public sealed class StationsReviewPoints : IReviewPointProvider
{
    /// <summary>A grey card released without the terminal's record: nothing is debited, so a colleague confirms.</summary>
    public const string UnGreyRelease = "Stations.UnGreyRelease";

    /// <summary>Head office forces the un-grey of an internal card (3.27): always reviewed by a second head-office operator.</summary>
    public const string ForcedUnGrey = "Stations.ForcedUnGrey";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(UnGreyRelease, "A grey card is released without the terminal's record (解灰, no debit)"),
        new(ForcedUnGrey, "Head office forces the un-grey of an internal card (内部卡强制解灰)", Scope: ReviewScope.HeadOffice) { AlwaysOn = true },
    ];
}
