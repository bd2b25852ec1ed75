using Admin.Kernel.Navigation;

namespace Admin.Modules.Operators;

/// <summary>Where the module appears in the menu.</summary>
internal sealed class OperatorsAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.Permissions, "Operators", "/admin/operators", OperatorsPermissions.View, "people", 20),
        new(MenuGroups.Permissions, "Roles", "/admin/roles", OperatorsPermissions.View, "shield-lock", 30),
        new(MenuGroups.Permissions, "Clients", "/admin/clients", OperatorsPermissions.ManageClients, "plug", 40),
    ];
}
