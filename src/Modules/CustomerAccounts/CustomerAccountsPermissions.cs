using Admin.Kernel.Permissions;

namespace Admin.Modules.CustomerAccounts;

/// <summary>Who may move a customer's money out (refunds, closing) and record what came in by bank transfer.</summary>
public sealed class CustomerAccountsPermissions : IPermissionProvider
{
    public const string Close = "CustomerAccounts.Close";
    public const string Refund = "CustomerAccounts.Refund";
    public const string Arrivals = "CustomerAccounts.Arrivals";
    public const string View = "CustomerAccounts.View";
    public const string Rate = "CustomerAccounts.Rate";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Close, "Close customers and refund what remains"),
        new(Refund, "Make special and small refunds, return deposits, pay transfer refunds"),
        new(Arrivals, "Record bank transfers received for customers and match them"),
        new(View, "View refunds and arrivals"),
        new(Rate, "Give company customers credit ratings and limits"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [Arrivals, View, Rate]),
        new(DefaultRoles.Auditor, [View]),
        new(DefaultRoles.OutletOperator, [Close, Refund, Arrivals, View]),
        new(DefaultRoles.Reviewer, [View]),
    ];
}
