using Admin.Kernel.Permissions;

namespace Admin.Modules.Ledger;

/// <summary>Who may read the ledger. Nobody writes it directly: tasks post through <see cref="Contracts.ILedger"/>.</summary>
public sealed class LedgerPermissions : IPermissionProvider
{
    public const string View = "Ledger.View";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(View, "Read the ledger: accounts, lines, trial balance and verification"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View]),
        new(DefaultRoles.Auditor, [View]),
    ];
}
