using Admin.Kernel.Navigation;

namespace Admin.Modules.Checks;

/// <summary>The check and the reminders under 帐务管理.</summary>
internal sealed class ChecksAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.Accounts, "Abnormal-entry check", "/checks", ChecksPermissions.View, "exclamation-triangle", Order: 30),
        new(MenuGroups.Accounts, "Close reminders", "/checks/reminders", ChecksPermissions.Reminders, "alarm", Order: 31),
    ];
}
