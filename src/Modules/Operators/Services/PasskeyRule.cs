using Admin.Kernel.Settings;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// Who must present a passkey after the password (docs/decisions/0014): operators holding an administration permission,
/// while <c>Operators.AdministratorsNeedPasskey</c> is on. Its own small service because the password step
/// (<see cref="SignInService"/>) decides with it, and that step should not carry the passkey ceremonies.
/// </summary>
public sealed class PasskeyRule(OperatorPermissionResolver permissions, SystemSettings settings)
{
    /// <summary>The permissions that make an operator an administrator for the passkey rule: they change who may do what.</summary>
    public static readonly IReadOnlySet<string> AdministrationPermissions = new HashSet<string>(StringComparer.Ordinal)
    {
        OperatorsPermissions.Manage, OperatorsPermissions.ManagePasswords, OperatorsPermissions.ManageRoles, OperatorsPermissions.ManageClients,
        "Kernel.ManageModules", "Kernel.ManageSettings", // the kernel's (its permission class is internal to it)
    };

    /// <summary>True when the operator holds an administration permission: passkeys are theirs to register.</summary>
    public async Task<bool> IsAdministratorAsync(Guid operatorId, CancellationToken ct) =>
        (await permissions.GetPermissionsAsync(operatorId, ct)).Overlaps(AdministrationPermissions);

    /// <summary>True when this operator must present a passkey after the password (the setting is on and they administer).</summary>
    public async Task<bool> IsRequiredAsync(Guid operatorId, CancellationToken ct) =>
        await settings.GetBoolAsync(OperatorsSettings.AdministratorsNeedPasskey, ct) && await IsAdministratorAsync(operatorId, ct);
}
