using Admin.Kernel.Navigation;
using Admin.Kernel.Permissions;

namespace Admin.Modules.Reviews;

/// <summary>Who may review, configure review points and read the authorisation log.</summary>
public sealed class ReviewsPermissions : IPermissionProvider
{
    public const string SameLevel = "Reviews.SameLevel";
    public const string ManagePoints = "Reviews.ManagePoints";
    public const string ViewAuthorisations = "Reviews.ViewAuthorisations";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(SameLevel, "Authorise a colleague's counter task as reviewer (同级复核授权)"),
        new(ManagePoints, "Switch review points on and off and set their parameters"),
        new(ViewAuthorisations, "Read, export and verify the authorisation log"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Reviewer, [SameLevel]),
        new(DefaultRoles.OutletOperator, [SameLevel]),
        // Head office must hold what it hands out: without SameLevel it could not give anyone the Reviewer or Outlet operator role.
        new(DefaultRoles.Administrator, [SameLevel, ManagePoints, ViewAuthorisations]),
        new(DefaultRoles.Auditor, [ViewAuthorisations]),
    ];
}
