using Admin.Kernel.Navigation;

namespace Admin.Modules.Reviews;

/// <summary>Where the module appears in the menu.</summary>
internal sealed class ReviewsAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.System, "Review points", "/admin/reviews/points", ReviewsPermissions.ManagePoints, "check2-square", 40),
        new(MenuGroups.Audit, "Authorisation log", "/admin/reviews/log", ReviewsPermissions.ViewAuthorisations, "journal-check", 10),
    ];
}
