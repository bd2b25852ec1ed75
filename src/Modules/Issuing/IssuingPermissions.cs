using Admin.Kernel.Permissions;

namespace Admin.Modules.Issuing;

/// <summary>Who may issue cards. Outlet operators issue from their own drawer; the receipts are their outlet's.</summary>
public sealed class IssuingPermissions : IPermissionProvider
{
    public const string Issue = "Issuing.Issue";
    public const string SellAnonymous = "Issuing.SellAnonymous";
    public const string View = "Issuing.View";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Issue, "Open accounts and issue single-user, primary and secondary cards"),
        new(SellAnonymous, "Sell anonymous cards"),
        new(View, "View issuing receipts"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View]),
        new(DefaultRoles.Auditor, [View]),
        new(DefaultRoles.OutletOperator, [Issue, SellAnonymous, View]),
        new(DefaultRoles.Reviewer, [View]),
    ];
}
