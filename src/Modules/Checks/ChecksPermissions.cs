using Admin.Kernel.Permissions;

namespace Admin.Modules.Checks;

/// <summary>Who may read the check's findings, run it on demand, and see the reminders to close.</summary>
public sealed class ChecksPermissions : IPermissionProvider
{
    public const string View = "Checks.View";
    public const string Run = "Checks.Run";
    public const string Reminders = "Checks.Reminders";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(View, "View the abnormal-entry check's runs and findings"),
        new(Run, "Run the abnormal-entry check over a date range"),
        new(Reminders, "See the reminders to close shifts and days"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View, Run, Reminders]),
        new(DefaultRoles.Auditor, [View, Reminders]),
        new(DefaultRoles.OutletOperator, [Reminders]),
    ];
}
