using Admin.Kernel.Navigation;

namespace Admin.Modules.Allocations;

/// <summary>The allocation tasks under 发卡充值.</summary>
internal sealed class AllocationsAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.CardsAndTopUp, "Pre-allocate", "/allocations", AllocationsPermissions.Allocate, "diagram-3", Order: 20),
        new(MenuGroups.CardsAndTopUp, "Pre-allocation templates", "/allocations/templates", AllocationsPermissions.Templates, "list-columns", Order: 21),
        new(MenuGroups.CardsAndTopUp, "Load and unload", "/allocations/purse", AllocationsPermissions.Load, "arrow-left-right", Order: 22),
    ];
}
