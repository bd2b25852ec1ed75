namespace Admin.Modules.Operators;

/// <summary>Where the module appears in the menu.</summary>
internal sealed class OperatorsAdminMenu : Kernel.Navigation.INavigationProvider
{
    public IEnumerable<Kernel.Navigation.MenuItem> GetMenuItems() =>
    [
        new("Network", "Operators", "/admin/operators", OperatorsPermissions.View, "people", 20),
        new("Network", "Roles", "/admin/roles", OperatorsPermissions.View, "shield-lock", 30),
    ];
}
