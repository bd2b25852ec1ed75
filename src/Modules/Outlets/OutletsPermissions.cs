using Admin.Kernel.Permissions;

namespace Admin.Modules.Outlets;

/// <summary>Who may do what with outlets.</summary>
public sealed class OutletsPermissions : IPermissionProvider
{
    public const string View = "Outlets.View";
    public const string Manage = "Outlets.Manage";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(View, "View outlets"),
        new(Manage, "Create and change outlets, suspend, close and reopen them, import and export"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View, Manage]),
        new(DefaultRoles.Auditor, [View]),
    ];
}
