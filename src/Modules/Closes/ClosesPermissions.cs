using Admin.Kernel.Permissions;

namespace Admin.Modules.Closes;

/// <summary>Who may close a shift, close the outlet's day, and read closes and their verification.</summary>
public sealed class ClosesPermissions : IPermissionProvider
{
    public const string Shift = "Closes.Shift";
    public const string Day = "Closes.Day";
    public const string View = "Closes.View";
    public const string Month = "Closes.Month";
    public const string Reopen = "Closes.Reopen";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Shift, "Close one's own shift: count the till and hand it over"),
        new(Day, "Close the outlet's day: the handover to head office and the day locked"),
        new(View, "View shift and daily closes, their reports and the day hash verification"),
        new(Month, "Close the outlet's month once every day of it is closed"),
        new(Reopen, "Reopen a closed day or month of an outlet (head office, reviewed)"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View, Reopen]),
        new(DefaultRoles.Auditor, [View]),
        new(DefaultRoles.OutletOperator, [Shift, Day, View, Month]),
        new(DefaultRoles.Reviewer, [View]),
    ];
}
