using Admin.Kernel.Reviews;

namespace Admin.Modules.BatchTopUps;

/// <summary>The list's review (清单复核): always asked, by a colleague of the same outlet holding BatchTopUps.Review.</summary>
public sealed class BatchTopUpsReviewPoints : IReviewPointProvider
{
    public const string Execute = "BatchTopUps.Execute";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(Execute, "A batch top-up list is executed", BatchTopUpsPermissions.Review),
    ];
}
