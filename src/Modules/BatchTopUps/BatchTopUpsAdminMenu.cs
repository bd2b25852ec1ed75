using Admin.Kernel.Navigation;

namespace Admin.Modules.BatchTopUps;

/// <summary>Batch top-up lists under 发卡充值.</summary>
internal sealed class BatchTopUpsAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.CardsAndTopUp, "New batch top-up list", "/batch-topups/new", BatchTopUpsPermissions.Submit, "list-check", Order: 20),
        new(MenuGroups.CardsAndTopUp, "Batch top-up lists", "/batch-topups", BatchTopUpsPermissions.View, "list-ul", Order: 21),
    ];
}
