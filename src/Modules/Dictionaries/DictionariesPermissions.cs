using Admin.Kernel.Permissions;

namespace Admin.Modules.Dictionaries;

/// <summary>Who may do what with the code tables. Reading them needs no permission: every form that offers a choice reads them.</summary>
public sealed class DictionariesPermissions : IPermissionProvider
{
    public const string View = "Dictionaries.View";
    public const string Manage = "Dictionaries.Manage";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(View, "View the code tables (dictionary data)"),
        new(Manage, "Add dictionary entries, change their names, deactivate and reactivate them"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View, Manage]),
        new(DefaultRoles.OutletOperator, [View]),
        new(DefaultRoles.Reviewer, [View]),
        new(DefaultRoles.Auditor, [View]),
    ];
}
