using Admin.Kernel.Reviews;

namespace Admin.Modules.CustomerAccounts;

/// <summary>The customer-account tasks' review points (同级复核授权).</summary>
public sealed class CustomerAccountsReviewPoints : IReviewPointProvider
{
    /// <summary>Every special refund (特殊退款).</summary>
    public const string SpecialRefund = "CustomerAccounts.SpecialRefund";

    /// <summary>Every closing of a customer (客户清户): the cards are closed and the money leaves for good.</summary>
    public const string Close = "CustomerAccounts.Close";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(SpecialRefund, "Every special refund"),
        new(Close, "Every closing of a customer with its refund"),
    ];
}
