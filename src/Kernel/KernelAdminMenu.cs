using Admin.Kernel.Navigation;

namespace Admin.Kernel;

/// <summary>Where the kernel's screens appear in the menu.</summary>
internal sealed class KernelAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.Audit, "Audit trail", "/admin/audit", KernelPermissions.ViewAuditTrail, "journal-text", 10),
        new(MenuGroups.System, "Modules", "/admin/modules", KernelPermissions.ManageModules, "puzzle", 10),
        new(MenuGroups.System, "System settings", "/admin/settings", KernelPermissions.ViewSettings, "sliders", 20),
    ];
}
