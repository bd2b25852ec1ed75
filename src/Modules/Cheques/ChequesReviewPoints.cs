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

    /// <summary>The limit's parameter for every outlet type without its own amount.</summary>
    public const string LimitParameter = "amount";

    /// <summary>The outlet types (as Outlets names them) that may have their own limit; the parameter is <c>amount&lt;Type&gt;</c>.</summary>
    public static readonly IReadOnlyList<string> LimitOutletTypes = ["Branch", "Outlet"];

    /// <summary>The parameter holding the limit of one outlet type (empty: <see cref="LimitParameter"/> applies).</summary>
    public static string LimitParameterOf(string outletType) => LimitParameter + outletType;

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(AboveLimit, "Receiving a cheque above an amount")
        {
            Parameters =
            [
                new(LimitParameter, "Amount above which a cheque needs a review", "50000.00"),
                new(LimitParameterOf("Branch"), "Amount at a branch (empty: the amount above)", ""),
                new(LimitParameterOf("Outlet"), "Amount at an outlet (empty: the amount above)", ""),
            ],
        },
        new(Bounce, "Every bounce of a cheque"),
        new(RepeatBouncer, "Receiving a cheque from a customer with bounced cheques in the last 12 months") { Parameters = [new("count", "Bounced cheques in 12 months from which a review is needed", "2")] },
    ];
}
