using Admin.Kernel.Permissions;

namespace Admin.Modules.Transfers;

/// <summary>Who may make manual transfers (head office) and who may read them.</summary>
public sealed class TransfersPermissions : IPermissionProvider
{
    public const string Make = "Transfers.Make";
    public const string View = "Transfers.View";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Make, "Make manual transfers between customer and card accounts (head office, always reviewed)"),
        new(View, "View manual transfers"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [Make, View]),
        new(DefaultRoles.Auditor, [View]),
    ];
}
