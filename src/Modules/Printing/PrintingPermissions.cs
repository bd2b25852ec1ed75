using Admin.Kernel.Permissions;

namespace Admin.Modules.Printing;

/// <summary>Who may print, design layouts and calibrate printers. Printing a task is further limited to the operator's outlet.</summary>
public sealed class PrintingPermissions : IPermissionProvider
{
    public const string Print = "Printing.Print";
    public const string ViewLayouts = "Printing.ViewLayouts";
    public const string ManageLayouts = "Printing.ManageLayouts";
    public const string Calibrate = "Printing.Calibrate";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Print, "Print customer application forms and vouchers of counter tasks"),
        new(ViewLayouts, "View voucher overprint layouts and their versions"),
        new(ManageLayouts, "Design voucher overprint layouts (head office)"),
        new(Calibrate, "Set the outlet's printer calibration for voucher layouts"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [Print, ViewLayouts, ManageLayouts, Calibrate]),
        new(DefaultRoles.OutletOperator, [Print, ViewLayouts, Calibrate]),
        new(DefaultRoles.Reviewer, [ViewLayouts]),
        new(DefaultRoles.Auditor, [ViewLayouts]),
    ];
}
