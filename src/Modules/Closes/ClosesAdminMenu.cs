using Admin.Kernel.Navigation;

namespace Admin.Modules.Closes;

/// <summary>The closes under 帐务管理.</summary>
internal sealed class ClosesAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.Accounts, "Shift close", "/closes/shift", ClosesPermissions.Shift, "hourglass-bottom", Order: 20),
        new(MenuGroups.Accounts, "Daily close", "/closes/day", ClosesPermissions.Day, "calendar-check", Order: 21),
        new(MenuGroups.Accounts, "Closes", "/closes", ClosesPermissions.View, "journal-check", Order: 22),
    ];
}
