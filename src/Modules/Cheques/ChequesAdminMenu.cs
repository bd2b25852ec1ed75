using Admin.Kernel.Navigation;

namespace Admin.Modules.Cheques;

/// <summary>Where cheques appear in the menu (under the counter).</summary>
internal sealed class ChequesAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new("Counter", "Receive a cheque", "/cheques/receive", ChequesPermissions.Receive, "journal-plus", Order: 60),
        new("Counter", "Cheque query", "/cheques", ChequesPermissions.View, "journal-text", Order: 70),
    ];
}
