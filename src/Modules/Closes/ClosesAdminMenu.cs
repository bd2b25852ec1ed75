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
        new(MenuGroups.Accounts, "Monthly close", "/closes/month", ClosesPermissions.Month, "calendar-month", Order: 23),
        new(MenuGroups.Accounts, "Reopen a period", "/closes/reopen", ClosesPermissions.Reopen, "unlock", Order: 24),
    ];
}
