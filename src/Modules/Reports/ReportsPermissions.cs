using Admin.Kernel.Permissions;

namespace Admin.Modules.Reports;

/// <summary>Who may read the period reports (an outlet operator: their own outlet; head office: every outlet).</summary>
public sealed class ReportsPermissions : IPermissionProvider
{
    public const string View = "Reports.View";
    public const string Run = "Reports.Run";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(View, "Run, export and print period reports over the outlets one sees"),
        new(Run, "Keep a report for download and printing, and run long ranges as background jobs"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View, Run]),
        new(DefaultRoles.Auditor, [View]),
        new(DefaultRoles.OutletOperator, [View, Run]),
    ];
}
