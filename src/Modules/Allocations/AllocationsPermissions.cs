using Admin.Kernel.Permissions;

namespace Admin.Modules.Allocations;

/// <summary>Who may move money from a customer account onto cards, keep templates, and load or unload purses.</summary>
public sealed class AllocationsPermissions : IPermissionProvider
{
    public const string Allocate = "Allocations.Allocate";
    public const string Templates = "Allocations.Templates";
    public const string Load = "Allocations.Load";
    public const string View = "Allocations.View";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Allocate, "Pre-allocate from a customer account to the customer's cards"),
        new(Templates, "Keep customers' pre-allocation templates"),
        new(Load, "Load and unload card purses at the card reader"),
        new(View, "View pre-allocations, loads, unloads and templates"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View]),
        new(DefaultRoles.Auditor, [View]),
        new(DefaultRoles.OutletOperator, [Allocate, Templates, Load, View]),
        new(DefaultRoles.Reviewer, [View]),
    ];
}
