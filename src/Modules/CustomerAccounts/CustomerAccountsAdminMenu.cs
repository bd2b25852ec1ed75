using Admin.Kernel.Navigation;

namespace Admin.Modules.CustomerAccounts;

/// <summary>Refunds and closing under 帐务管理; arrivals under 客户服务 (the manual's 3.1).</summary>
internal sealed class CustomerAccountsAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.Accounts, "Close a customer", "/customer-accounts/close", CustomerAccountsPermissions.Close, "person-x", Order: 20),
        new(MenuGroups.Accounts, "Refund", "/customer-accounts/refund", CustomerAccountsPermissions.Refund, "cash-coin", Order: 21),
        new(MenuGroups.Accounts, "Deposit return", "/customer-accounts/deposit-return", CustomerAccountsPermissions.Refund, "arrow-return-left", Order: 22),
        new(MenuGroups.Accounts, "Refunds", "/customer-accounts/refunds", CustomerAccountsPermissions.View, "list-check", Order: 23),
        new(MenuGroups.CustomerService, "Customer arrivals", "/customer-accounts/arrivals", CustomerAccountsPermissions.Arrivals, "bank", Order: 1),
        new(MenuGroups.CustomerService, "Customer credit rating", "/customer-accounts/credit", CustomerAccountsPermissions.Rate, "speedometer2", Order: 2),
    ];
}
