using Admin.Kernel.Navigation;

namespace Admin.Modules.Ledger;

/// <summary>The ledger sits with the auditor's screens.</summary>
internal sealed class LedgerAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.Accounts, "Ledger", "/ledger", LedgerPermissions.View, "journal-bookmark", Order: 30),
    ];
}
