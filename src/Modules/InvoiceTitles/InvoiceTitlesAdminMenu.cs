using Admin.Kernel.Navigation;

namespace Admin.Modules.InvoiceTitles;

/// <summary>Where invoice titles appear in the menu (customers' own titles are reached from the customer's page).</summary>
internal sealed class InvoiceTitlesAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.CustomerService, "Invoice title templates", "/admin/invoice-title-templates", InvoiceTitlesPermissions.View, "receipt", Order: 60),
    ];
}
