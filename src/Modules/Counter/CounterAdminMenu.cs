using Admin.Kernel.Navigation;

namespace Admin.Modules.Counter;

/// <summary>Where the counter appears in the menu.</summary>
internal sealed class CounterAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.CardsAndTopUp, "Collect fees", "/counter/fees", CounterPermissions.CollectFees, "cash-coin", Order: 10),
        new(MenuGroups.CardsAndTopUp, "Fee collections", "/counter/collections", CounterPermissions.ViewCollections, "receipt", Order: 20),
        new(MenuGroups.Accounts, "Day journal", "/counter/journal", CounterPermissions.ViewJournal, "journal-text", Order: 27),
        new(MenuGroups.CustomerService, "Customers", "/counter/customers", CounterPermissions.ViewCustomers, "people", Order: 30),
        new(MenuGroups.Accounts, "Fee schedule", "/counter/fee-schedule", CounterPermissions.ViewFees, "list-ol", Order: 40),
        new(MenuGroups.Accounts, "Payment methods", "/counter/payment-methods", CounterPermissions.ViewFees, "credit-card", Order: 50),
    ];
}
