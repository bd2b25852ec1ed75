using Admin.Kernel.Navigation;

namespace Admin.Modules.TopUps;

/// <summary>The top-up tasks under 发卡充值.</summary>
internal sealed class TopUpsAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.CardsAndTopUp, "Top-up", "/topups/topup", TopUpsPermissions.TopUp, "wallet2", Order: 10),
        new(MenuGroups.CardsAndTopUp, "Customer receipt", "/topups/receive", TopUpsPermissions.TopUp, "cash-coin", Order: 11),
        new(MenuGroups.CardsAndTopUp, "Top-up receipts", "/topups/receipts", TopUpsPermissions.View, "receipt", Order: 12),
    ];
}
