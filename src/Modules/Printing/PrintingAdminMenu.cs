using Admin.Kernel.Navigation;

namespace Admin.Modules.Printing;

/// <summary>Where printing appears in the menu (forms and vouchers are printed from the task's page).</summary>
internal sealed class PrintingAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.System, "Voucher layouts", "/admin/printing/layouts", PrintingPermissions.ViewLayouts, "printer", Order: 80),
        new(MenuGroups.System, "Printer calibration", "/printing/calibration", PrintingPermissions.Calibrate, "rulers", Order: 81),
    ];
}
