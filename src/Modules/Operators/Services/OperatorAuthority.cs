using Admin.Kernel.Data;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// Who may do what to whom among operators: the rules that keep anyone from raising their own power, shared by every
/// service that changes operators, roles or grants.
/// <list type="bullet">
/// <item>A caller grants (to a role or directly) only permissions they hold, and assigns only roles whose permissions they hold.</item>
/// <item>A caller manages (edits, renames, resets, unlocks, disables, grants to) only operators they may see
/// (<see cref="OutletScope"/>) whose permissions they hold: resetting the password of someone more powerful would hand
/// the caller that power.</item>
/// <item>The Administrator role keeps the permissions that manage operators, roles and modules, and the last active
/// operator holding it can neither be disabled nor lose it, so head office is never locked out.</item>
/// </list>
/// </summary>
public sealed class OperatorAuthority(AdminDbContext db, OutletScope scope, ICurrentOperator current, OperatorPermissionResolver resolver)
{
    /// <summary>The permissions the Administrator role can never lose.</summary>
    public static readonly IReadOnlyList<string> ProtectedAdministratorPermissions =
    [
        OperatorsPermissions.View, OperatorsPermissions.Manage, OperatorsPermissions.ManagePasswords, OperatorsPermissions.ManageRoles,
        "Kernel.ManageModules",
    ];

    internal static readonly string AdministratorNormalized = DefaultRoles.Administrator.ToUpperInvariant();

    /// <summary>The operators the caller may see (head office: all; an outlet operator: their outlet's).</summary>
    public IQueryable<Operator> Visible => scope.Apply(db.Set<Operator>());

    /// <summary>True when the caller may see, and so act at, the outlet.</summary>
    public Task<bool> CanSeeOutletAsync(Guid outletId, CancellationToken ct = default) => scope.CanSeeAsync(outletId, ct);

    /// <summary>The permissions the signed-in caller holds (nothing for a caller without an operator).</summary>
    public async Task<IReadOnlySet<string>> CallerHoldsAsync(CancellationToken ct = default) =>
        current.OperatorId is { } id ? await PermissionsOfAsync(id, ct) : new HashSet<string>();

    /// <summary>True when the caller holds every permission the operator holds, so may manage them.</summary>
    public async Task<bool> MayManageAsync(Guid operatorId, CancellationToken ct = default) => await RefuseIfOutranksAsync(operatorId, ct) is null;

    /// <summary>The permission names an operator holds through roles and direct grants (whatever the modules' state).</summary>
    internal Task<IReadOnlySet<string>> PermissionsOfAsync(Guid operatorId, CancellationToken ct) => resolver.GetPermissionsAsync(operatorId, ct);

    /// <summary>The operator, tracked, when the caller may see and manage them; otherwise the refusal (404 or 403).</summary>
    internal async Task<(Operator? Operator, OperationResult? Refused)> FindToManageAsync(Guid id, CancellationToken ct)
    {
        var op = await Visible.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (op is null)
        {
            return (null, OperationResult.NotFound(OperatorsErrors.NotFound()));
        }

        return await RefuseIfOutranksAsync(op.Id, ct) is { } refused ? (null, refused) : (op, null);
    }

    /// <summary>403 when the target operator holds a permission the caller does not.</summary>
    internal async Task<OperationResult?> RefuseIfOutranksAsync(Guid operatorId, CancellationToken ct)
    {
        var held = await CallerHoldsAsync(ct);
        var missing = (await PermissionsOfAsync(operatorId, ct)).Where(p => !held.Contains(p)).Order(StringComparer.Ordinal).ToList();
        return missing.Count == 0
            ? null
            : OperationResult.Fail(FailureKind.Forbidden, OperatorsErrors.OutranksCaller(string.Join(", ", missing)));
    }

    /// <summary>403 when a role being assigned carries a permission the caller does not hold.</summary>
    internal async Task<OperationResult?> RefuseUnassignableRolesAsync(IEnumerable<Role> added, CancellationToken ct)
    {
        var roles = added.ToList();
        if (roles.Count == 0)
        {
            return null;
        }

        var held = await CallerHoldsAsync(ct);
        var claims = await AccessReads.ClaimsOfRolesAsync(db, roles.Select(r => r.Id).ToList(), ct);
        foreach (var role in roles)
        {
            var missing = claims.GetValueOrDefault(role.Id, []).Where(p => !held.Contains(p)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                return OperationResult.Fail(FailureKind.Forbidden, OperatorsErrors.RoleNotHeld(role.Name ?? "", string.Join(", ", missing)));
            }
        }

        return null;
    }

    internal async Task<OperationResult?> RefuseNotHeldAsync(IReadOnlyCollection<string> granted, CancellationToken ct)
    {
        if (granted.Count == 0)
        {
            return null;
        }

        var held = await CallerHoldsAsync(ct);
        var missing = granted.Where(p => !held.Contains(p)).Order(StringComparer.Ordinal).ToList();
        return missing.Count == 0 ? null : OperationResult.Fail(FailureKind.Forbidden, OperatorsErrors.RolePermissionsNotHeld(string.Join(", ", missing)));
    }

    /// <summary>True when no other active operator holds the Administrator role.</summary>
    internal async Task<bool> IsLastAdministratorAsync(Guid operatorId, CancellationToken ct)
    {
        var others = from ur in db.Set<IdentityUserRole<Guid>>()
                     join r in db.Set<Role>() on ur.RoleId equals r.Id
                     join o in db.Set<Operator>() on ur.UserId equals o.Id
                     where r.NormalizedName == AdministratorNormalized && o.Id != operatorId && o.Status == OperatorStatus.Active
                     select o.Id;
        return !await others.AnyAsync(ct);
    }

    /// <summary>True when the operator holds the Administrator role.</summary>
    internal Task<bool> HoldsAdministratorAsync(Guid operatorId, CancellationToken ct) =>
        (from ur in db.Set<IdentityUserRole<Guid>>()
         join r in db.Set<Role>() on ur.RoleId equals r.Id
         where ur.UserId == operatorId && r.NormalizedName == AdministratorNormalized
         select ur.RoleId).AnyAsync(ct);

    /// <summary>True for the Administrator role, which keeps head office in charge.</summary>
    public static bool IsAdministrator(Role role) => role.NormalizedName == AdministratorNormalized;
}
