using Admin.Kernel.Navigation;

namespace Admin.Modules.Issuing;

/// <summary>The issuing tasks under 发卡充值.</summary>
internal sealed class IssuingAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.CardsAndTopUp, "Open account and issue", "/issuing/issue", IssuingPermissions.Issue, "credit-card", Order: 5),
        new(MenuGroups.CardsAndTopUp, "Issue secondary cards", "/issuing/secondary", IssuingPermissions.Issue, "credit-card-2-front", Order: 6),
        new(MenuGroups.CardsAndTopUp, "Sell anonymous cards", "/issuing/anonymous", IssuingPermissions.SellAnonymous, "gift", Order: 7),
    ];
}
