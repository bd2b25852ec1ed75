using Admin.Kernel.Navigation;

namespace Admin.Modules.CardService;

/// <summary>Card service under 客户服务.</summary>
internal sealed class CardServiceAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.CustomerService, "Card service", "/card-service", CardServicePermissions.View, "person-vcard", Order: 10),
        new(MenuGroups.CustomerService, "Block list", "/card-service/block-list", CardServicePermissions.ViewBlockList, "slash-circle", Order: 40),
    ];
}
