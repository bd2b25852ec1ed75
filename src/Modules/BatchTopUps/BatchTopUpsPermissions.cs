using Admin.Kernel.Permissions;

namespace Admin.Modules.BatchTopUps;

/// <summary>Who may do what with batch top-up lists. Outlet operators make lists and review their colleagues' ones.</summary>
public sealed class BatchTopUpsPermissions : IPermissionProvider
{
    public const string Submit = "BatchTopUps.Submit";
    public const string Review = "BatchTopUps.Review";
    public const string View = "BatchTopUps.View";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Submit, "Enter, submit, withdraw and void batch top-up lists"),
        new(Review, "Review batch top-up lists, which executes them"),
        new(View, "View batch top-up lists"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View]),
        new(DefaultRoles.Auditor, [View]),
        new(DefaultRoles.OutletOperator, [Submit, Review, View]),
        new(DefaultRoles.Reviewer, [Review, View]),
    ];
}
