using Admin.Kernel.Navigation;

namespace Admin.Modules.Reports;

/// <summary>The reports under 帐务管理.</summary>
internal sealed class ReportsAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.Accounts, "Reports", "/reports", ReportsPermissions.View, "bar-chart", Order: 30),
    ];
}
