using Admin.Kernel.Navigation;

namespace Admin.Modules.Outlets;

/// <summary>Where outlets appear in the menu.</summary>
internal sealed class OutletsAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.Permissions, "Outlets", "/admin/outlets", OutletsPermissions.View, "shop", Order: 10),
    ];
}
