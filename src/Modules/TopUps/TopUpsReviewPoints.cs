using Admin.Kernel.Reviews;

namespace Admin.Modules.TopUps;

/// <summary>The review points of receipt corrections (同级复核授权): both always fire.</summary>
public sealed class TopUpsReviewPoints : IReviewPointProvider
{
    /// <summary>收款撤单: a receipt is cancelled on its own day.</summary>
    public const string Cancel = "TopUps.Cancel";

    /// <summary>收款冲销: a receipt is reversed by a correcting entry.</summary>
    public const string Reverse = "TopUps.Reverse";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(Cancel, "A receipt is cancelled"),
        new(Reverse, "A receipt is reversed"),
    ];
}
