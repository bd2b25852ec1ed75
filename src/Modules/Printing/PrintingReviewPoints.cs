using Admin.Kernel.Reviews;

namespace Admin.Modules.Printing;

/// <summary>The printing module's review points.</summary>
public sealed class PrintingReviewPoints : IReviewPointProvider
{
    /// <summary>A voucher already printed is printed again.</summary>
    public const string Reprint = "Printing.Reprint";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(Reprint, "A voucher that was already printed is printed again (reprint)"),
    ];
}
