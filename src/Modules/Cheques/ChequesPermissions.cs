using Admin.Kernel.Permissions;

namespace Admin.Modules.Cheques;

/// <summary>Who may do what with cheques. Outlet operators further see only their own outlet's cheques.</summary>
public sealed class ChequesPermissions : IPermissionProvider
{
    public const string Receive = "Cheques.Receive";
    public const string Settle = "Cheques.Settle";
    public const string View = "Cheques.View";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Receive, "Receive cheques at the counter"),
        new(Settle, "Record that a cheque cleared or bounced"),
        new(View, "View, search and export cheques"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View]),
        new(DefaultRoles.Auditor, [View]),
        new(DefaultRoles.OutletOperator, [Receive, Settle, View]),
        new(DefaultRoles.Reviewer, [View]),
    ];
}
