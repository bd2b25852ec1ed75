using Admin.Kernel.Navigation;

namespace Admin.Modules.Stations;

/// <summary>Terminals under 帐务管理 (终端参数), un-grey and station transactions under 客户服务.</summary>
internal sealed class StationsAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.Accounts, "Terminals", "/stations/terminals", StationsPermissions.View, "fuel-pump", Order: 80),
        new(MenuGroups.CustomerService, "Un-grey a card", "/stations/un-grey", StationsPermissions.UnGrey, "unlock", Order: 45),
        new(MenuGroups.CustomerService, "Forced un-grey of an internal card", "/stations/forced-un-grey", StationsPermissions.ForceUnGrey, "unlock-fill", Order: 47),
        new(MenuGroups.CustomerService, "Station transactions", "/stations/card-transactions", StationsPermissions.ViewTransactions, "receipt-cutoff", Order: 46),
    ];
}
