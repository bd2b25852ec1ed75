using Admin.Kernel.Permissions;

namespace Admin.Modules.Counter;

/// <summary>Who may do what at the counter. Outlet operators further see only their own outlet's customers and collections.</summary>
public sealed class CounterPermissions : IPermissionProvider
{
    public const string ViewCustomers = "Counter.ViewCustomers";
    public const string ManageCustomers = "Counter.ManageCustomers";
    public const string ViewFees = "Counter.ViewFees";
    public const string ManageFees = "Counter.ManageFees";
    public const string CollectFees = "Counter.CollectFees";
    public const string ViewCollections = "Counter.ViewCollections";
    public const string ViewJournal = "Counter.ViewJournal";
    public const string ViewOutletJournal = "Counter.ViewOutletJournal";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ViewCustomers, "View, search and export customers"),
        new(ManageCustomers, "Create and change customers"),
        new(ViewFees, "View the fee schedule and payment methods"),
        new(ManageFees, "Maintain the fee schedule and payment methods (head office)"),
        new(CollectFees, "Collect fees at the counter"),
        new(ViewCollections, "View fee collections and receipts"),
        new(ViewJournal, "View one's own day journal of counter transactions"),
        new(ViewOutletJournal, "View the outlet's day journal and its operators' journals (outlet manager)"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [ViewCustomers, ManageCustomers, ViewFees, ManageFees, ViewCollections, ViewJournal, ViewOutletJournal]),
        new(DefaultRoles.Auditor, [ViewCustomers, ViewFees, ViewCollections, ViewJournal, ViewOutletJournal]),
        new(DefaultRoles.OutletOperator, [ViewCustomers, ManageCustomers, ViewFees, CollectFees, ViewCollections, ViewJournal]),
        new(DefaultRoles.Reviewer, [ViewCustomers, ViewFees, ViewCollections, ViewJournal, ViewOutletJournal]),
    ];
}
