using Admin.Kernel.Navigation;

namespace Admin.Modules.Cards;

/// <summary>The card query (客户服务), the card stock screens (卡片管理) and card products.</summary>
internal sealed class CardsAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.CustomerService, "Card query", "/admin/cards", CardsPermissions.View, "credit-card-2-front", Order: 20),
        new(MenuGroups.CardStock, "Stock overview", "/admin/card-stock", CardsPermissions.ViewStock, "layers", Order: 10),
        new(MenuGroups.CardStock, "Stock movements", "/admin/card-stock/movements", CardsPermissions.ViewStock, "list", Order: 20),
        new(MenuGroups.CardStock, "Card products", "/admin/card-products", CardsPermissions.ViewProducts, "credit-card", Order: 90),
    ];
}
