using Admin.Kernel.Permissions;

namespace Admin.Modules.InvoiceTitles;

/// <summary>Who may do what with invoice titles. Customers' titles are further limited to the operator's outlet.</summary>
public sealed class InvoiceTitlesPermissions : IPermissionProvider
{
    public const string View = "InvoiceTitles.View";
    public const string Manage = "InvoiceTitles.Manage";
    public const string ManageTemplates = "InvoiceTitles.ManageTemplates";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(View, "View customers' invoice titles and the title templates"),
        new(Manage, "Add, change, remove customers' invoice titles and apply templates"),
        new(ManageTemplates, "Create, correct, retire and import invoice title templates"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View, Manage, ManageTemplates]),
        new(DefaultRoles.OutletOperator, [View, Manage]),
        new(DefaultRoles.Reviewer, [View]),
        new(DefaultRoles.Auditor, [View]),
    ];
}
