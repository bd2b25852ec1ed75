using Admin.Kernel.Audit;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

// Permission maintenance (操作员权限维护): direct grants, and the rules that keep anyone from raising their own power.
//  - A caller grants (to a role or directly) only permissions they hold, and assigns only roles whose permissions they hold.
//  - A caller manages (edits, renames, resets, unlocks, disables, grants to) only operators whose permissions they hold:
//    resetting the password of someone more powerful would hand the caller that power.
//  - The Administrator role keeps the permissions that manage operators, roles and modules, and the last active operator
//    holding it can neither be disabled nor lose it, so head office is never locked out.
public sealed partial class OperatorAccounts
{
    /// <summary>The permissions the Administrator role can never lose.</summary>
    public static readonly IReadOnlyList<string> ProtectedAdministratorPermissions =
    [
        OperatorsPermissions.View, OperatorsPermissions.Manage, OperatorsPermissions.ManagePasswords, OperatorsPermissions.ManageRoles,
        "Kernel.ManageModules",
    ];

    private static readonly string AdministratorNormalized = DefaultRoles.Administrator.ToUpperInvariant();

    /// <summary>Grants a permission directly to an operator (audited).</summary>
    public async Task<OperationResult> GrantAsync(Guid operatorId, string? permission, CancellationToken ct = default)
    {
        var check = await CheckGrantTargetAsync(operatorId, permission, ct);
        if (check is not null)
        {
            return check;
        }

        var name = permission!.Trim();
        if (!(await CallerPermissionsAsync(ct)).Contains(name))
        {
            return OperationResult.Fail(FailureKind.Forbidden, OperatorsErrors.PermissionNotHeld(name));
        }

        if ((await DirectGrantsAsync(operatorId, ct)).Contains(name))
        {
            return OperationResult.Conflict(OperatorsErrors.PermissionAlreadyDirect(name));
        }

        db.Add(new IdentityUserClaim<Guid> { UserId = operatorId, ClaimType = PermissionClaims.Type, ClaimValue = name });
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Permission.Grant", nameof(Operator), operatorId.ToString(),
            After: new { Permission = name }, Summary: name));
        await db.SaveChangesAsync(ct);
        return OperationResult.Success();
    }

    /// <summary>Takes a direct grant away from an operator (audited). Permissions that come from roles stay.</summary>
    public async Task<OperationResult> RevokeAsync(Guid operatorId, string? permission, CancellationToken ct = default)
    {
        var check = await CheckGrantTargetAsync(operatorId, permission, ct);
        if (check is not null)
        {
            return check;
        }

        var name = permission!.Trim();
        var grants = await db.Set<IdentityUserClaim<Guid>>()
            .Where(c => c.UserId == operatorId && c.ClaimType == PermissionClaims.Type && c.ClaimValue == name)
            .ToListAsync(ct);
        if (grants.Count == 0)
        {
            return OperationResult.Conflict(OperatorsErrors.PermissionNotDirect(name));
        }

        db.RemoveRange(grants);
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Permission.Revoke", nameof(Operator), operatorId.ToString(),
            Before: new { Permission = name }, Summary: name));
        await db.SaveChangesAsync(ct);
        return OperationResult.Success();
    }

    /// <summary>The roles as choices on the operator form: which the caller may assign and what they lack for the others.</summary>
    public async Task<IReadOnlyList<RoleChoice>> RoleChoicesAsync(CancellationToken ct = default)
    {
        var held = await CallerPermissionsAsync(ct);
        var roles = await db.Set<Role>().AsNoTracking().OrderBy(r => r.NormalizedName).ToListAsync(ct);
        var claims = await RoleClaimsAsync(roles.Select(r => r.Id).ToList(), ct);
        return roles.Select(r =>
        {
            var missing = claims.GetValueOrDefault(r.Id, []).Where(p => !held.Contains(p)).Order(StringComparer.Ordinal).ToList();
            return new RoleChoice(r.Name ?? "", r.Description, missing.Count == 0, missing);
        }).ToList();
    }

    /// <summary>True when the caller holds every permission the operator holds, so may manage them.</summary>
    public async Task<bool> MayManageAsync(Guid operatorId, CancellationToken ct = default) => await RefuseIfOutranksAsync(operatorId, ct) is null;

    /// <summary>The permission names an operator holds through roles and direct grants (whatever the modules' state).</summary>
    internal async Task<HashSet<string>> PermissionsOfAsync(Guid operatorId, CancellationToken ct)
    {
        var fromRoles = from ur in db.Set<IdentityUserRole<Guid>>()
                        join rc in db.Set<IdentityRoleClaim<Guid>>() on ur.RoleId equals rc.RoleId
                        where ur.UserId == operatorId && rc.ClaimType == PermissionClaims.Type
                        select rc.ClaimValue;
        var direct = db.Set<IdentityUserClaim<Guid>>()
            .Where(c => c.UserId == operatorId && c.ClaimType == PermissionClaims.Type)
            .Select(c => c.ClaimValue);
        var names = await fromRoles.Concat(direct).ToListAsync(ct);
        return names.Where(n => n is not null).Select(n => n!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>What the signed-in caller holds; nothing for a caller without an operator.</summary>
    private async Task<HashSet<string>> CallerPermissionsAsync(CancellationToken ct) =>
        current.OperatorId is { } id ? await PermissionsOfAsync(id, ct) : [];

    /// <summary>403 when the target operator holds a permission the caller does not.</summary>
    private async Task<OperationResult?> RefuseIfOutranksAsync(Guid operatorId, CancellationToken ct)
    {
        var held = await CallerPermissionsAsync(ct);
        var missing = (await PermissionsOfAsync(operatorId, ct)).Where(p => !held.Contains(p)).Order(StringComparer.Ordinal).ToList();
        return missing.Count == 0
            ? null
            : OperationResult.Fail(FailureKind.Forbidden, OperatorsErrors.OutranksCaller(string.Join(", ", missing)));
    }

    /// <summary>403 when a role being assigned carries a permission the caller does not hold.</summary>
    private async Task<OperationResult?> RefuseUnassignableRolesAsync(IEnumerable<Role> added, CancellationToken ct)
    {
        var roles = added.ToList();
        if (roles.Count == 0)
        {
            return null;
        }

        var held = await CallerPermissionsAsync(ct);
        var claims = await RoleClaimsAsync(roles.Select(r => r.Id).ToList(), ct);
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

    /// <summary>True when no other active operator holds the Administrator role.</summary>
    private async Task<bool> IsLastAdministratorAsync(Guid operatorId, CancellationToken ct)
    {
        var others = from ur in db.Set<IdentityUserRole<Guid>>()
                     join r in db.Set<Role>() on ur.RoleId equals r.Id
                     join o in db.Set<Operator>() on ur.UserId equals o.Id
                     where r.NormalizedName == AdministratorNormalized && o.Id != operatorId && o.Status == OperatorStatus.Active
                     select o.Id;
        return !await others.AnyAsync(ct);
    }

    /// <summary>True when the operator holds the Administrator role.</summary>
    private Task<bool> HoldsAdministratorAsync(Guid operatorId, CancellationToken ct) =>
        (from ur in db.Set<IdentityUserRole<Guid>>()
         join r in db.Set<Role>() on ur.RoleId equals r.Id
         where ur.UserId == operatorId && r.NormalizedName == AdministratorNormalized
         select ur.RoleId).AnyAsync(ct);

    private async Task<Dictionary<Guid, List<string>>> RoleClaimsAsync(IReadOnlyCollection<Guid> roleIds, CancellationToken ct)
    {
        var claims = await db.Set<IdentityRoleClaim<Guid>>().AsNoTracking()
            .Where(c => roleIds.Contains(c.RoleId) && c.ClaimType == PermissionClaims.Type)
            .Select(c => new { c.RoleId, c.ClaimValue })
            .ToListAsync(ct);
        return claims.Where(c => c.ClaimValue is not null)
            .GroupBy(c => c.RoleId)
            .ToDictionary(g => g.Key, g => g.Select(c => c.ClaimValue!).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Not found for an operator the caller cannot see or an unknown permission; 403 when the caller may not manage them.</summary>
    private async Task<OperationResult?> CheckGrantTargetAsync(Guid operatorId, string? permission, CancellationToken ct)
    {
        if (!await Visible.AnyAsync(o => o.Id == operatorId, ct))
        {
            return OperationResult.NotFound(OperatorsErrors.NotFound());
        }

        var name = permission?.Trim() ?? "";
        if (!permissions.IsActive(name))
        {
            return OperationResult.NotFound(OperatorsErrors.PermissionUnknown(name));
        }

        return await RefuseIfOutranksAsync(operatorId, ct);
    }

    /// <summary>Role or permission names as sent: blanks dropped, trimmed, each once (role names ignore case, permissions do not).</summary>
    private static List<string> CleanNames(IEnumerable<string?>? names, StringComparer comparer) =>
        (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct(comparer).ToList();
}
