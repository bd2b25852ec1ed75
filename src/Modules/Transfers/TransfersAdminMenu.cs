using Admin.Kernel.Navigation;

namespace Admin.Modules.Transfers;

/// <summary>The manual transfer under 帐务管理 (head office: only head office holds the permission by default).</summary>
internal sealed class TransfersAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.Accounts, "Manual transfer", "/transfers/new", TransfersPermissions.Make, "arrow-left-right", Order: 40),
        new(MenuGroups.Accounts, "Manual transfers", "/transfers", TransfersPermissions.View, "list-columns", Order: 41),
    ];
}
