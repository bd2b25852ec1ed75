using Admin.Kernel.Permissions;

namespace Admin.Modules.Stations;

/// <summary>Who may do what on the stations' side. <see cref="Gateway"/> is a scope for terminal gateways (OpenID Connect system clients).</summary>
public sealed class StationsPermissions : IPermissionProvider
{
    public const string View = "Stations.View";
    public const string Manage = "Stations.Manage";
    public const string Gateway = "Stations.Gateway";
    public const string UnGrey = "Stations.UnGrey";
    public const string ViewTransactions = "Stations.ViewTransactions";
    public const string ForceUnGrey = "Stations.ForceUnGrey";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(View, "View station terminals, their batches and sequence gaps"),
        new(Manage, "Register station terminals, change their parameters and rotate their keys"),
        new(Gateway, "Send terminal batches and fetch card profiles and the block list (terminal gateways)"),
        new(UnGrey, "Un-grey a card at the counter"),
        new(ViewTransactions, "View the transactions made with a card at stations"),
        new(ForceUnGrey, "Force the un-grey of an internal card (head office, reviewed)"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View, Manage, Gateway, UnGrey, ViewTransactions, ForceUnGrey]),
        new(DefaultRoles.OutletOperator, [UnGrey, ViewTransactions]),
        new(DefaultRoles.Auditor, [View, ViewTransactions]),
    ];
}
