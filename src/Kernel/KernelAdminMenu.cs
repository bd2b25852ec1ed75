namespace Admin.Kernel;

/// <summary>Where the kernel's screens appear in the menu.</summary>
internal sealed class KernelAdminMenu : Navigation.INavigationProvider
{
    public IEnumerable<Navigation.MenuItem> GetMenuItems() =>
    [
        new("Audit", "Audit trail", "/admin/audit", KernelPermissions.ViewAuditTrail, "journal-text", 10),
        new("System", "Modules", "/admin/modules", KernelPermissions.ManageModules, "puzzle", 10),
        new("System", "System settings", "/admin/settings", KernelPermissions.ViewSettings, "sliders", 20),
    ];
}
