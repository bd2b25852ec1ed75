using Admin.Kernel.Navigation;

namespace Admin.Modules.Cheques;

/// <summary>Where cheques appear in the menu: beside the counter's other tasks.</summary>
internal sealed class ChequesAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.CardsAndTopUp, "Receive a cheque", "/cheques/receive", ChequesPermissions.Receive, "bank", Order: 15),
        new(MenuGroups.CardsAndTopUp, "Cheque query", "/cheques", ChequesPermissions.View, "search", Order: 25),
    ];
}
