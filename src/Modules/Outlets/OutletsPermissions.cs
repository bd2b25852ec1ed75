using Admin.Kernel.Permissions;

namespace Admin.Modules.Outlets;

/// <summary>Who may do what with outlets. What an operator sees is further limited to their own outlet unless they work at head office.</summary>
public sealed class OutletsPermissions : IPermissionProvider
{
    public const string View = "Outlets.View";
    public const string Manage = "Outlets.Manage";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(View, "View and export outlets"),
        new(Manage, "Create and change outlets, suspend, close and reopen them, import them from CSV"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View, Manage]),
        new(DefaultRoles.Auditor, [View]),
        // Counter staff see their own outlet's record (scoping hides every other one).
        new(DefaultRoles.OutletOperator, [View]),
        new(DefaultRoles.Reviewer, [View]),
    ];
}
