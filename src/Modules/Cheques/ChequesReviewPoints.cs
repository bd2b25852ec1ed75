using Admin.Kernel.Reviews;

namespace Admin.Modules.Cheques;

/// <summary>The cheques' review points.</summary>
public sealed class ChequesReviewPoints : IReviewPointProvider
{
    /// <summary>Receiving a cheque above an amount.</summary>
    public const string AboveLimit = "Cheques.AboveLimit";

    /// <summary>Every bounce.</summary>
    public const string Bounce = "Cheques.Bounce";

    /// <summary>Receiving a cheque from a customer with several bounced cheques in the last 12 months.</summary>
    public const string RepeatBouncer = "Cheques.RepeatBouncer";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(AboveLimit, "Receiving a cheque above an amount") { Parameters = [new("amount", "Amount above which a cheque needs a review", "50000.00")] },
        new(Bounce, "Every bounce of a cheque"),
        new(RepeatBouncer, "Receiving a cheque from a customer with bounced cheques in the last 12 months") { Parameters = [new("count", "Bounced cheques in 12 months from which a review is needed", "2")] },
    ];
}
