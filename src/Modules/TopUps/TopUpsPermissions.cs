using Admin.Kernel.Permissions;

namespace Admin.Modules.TopUps;

/// <summary>Who may take money onto accounts and cards, correct a receipt, and read receipts.</summary>
public sealed class TopUpsPermissions : IPermissionProvider
{
    public const string TopUp = "TopUps.TopUp";
    public const string Correct = "TopUps.Correct";
    public const string View = "TopUps.View";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(TopUp, "Top up customer accounts and cards and take customer receipts, at any outlet"),
        new(Correct, "Cancel and reverse receipts (always reviewed)"),
        new(View, "View top-up receipts"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View]),
        new(DefaultRoles.Auditor, [View]),
        new(DefaultRoles.OutletOperator, [TopUp, Correct, View]),
        new(DefaultRoles.Reviewer, [View]),
    ];
}
