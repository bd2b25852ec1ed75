using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>Permission maintenance (操作员权限维护): permissions granted to an operator directly, beside their roles.</summary>
public sealed class PermissionGrants(AdminDbContext db, IAuditTrail audit, PermissionCatalog permissions, OperatorAuthority authority)
{
    /// <summary>Grants a permission directly to an operator (audited).</summary>
    public async Task<OperationResult> GrantAsync(Guid operatorId, string? permission, CancellationToken ct = default)
    {
        var check = await CheckGrantTargetAsync(operatorId, permission, ct);
        if (check is not null)
        {
            return check;
        }

        var name = permission!.Trim();
        if (!(await authority.CallerHoldsAsync(ct)).Contains(name))
        {
            return OperationResult.Fail(FailureKind.Forbidden, OperatorsErrors.PermissionNotHeld(name));
        }

        if ((await AccessReads.DirectGrantsAsync(db, operatorId, ct)).Contains(name))
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

    /// <summary>Not found for an operator the caller cannot see or an unknown permission; 403 when the caller may not manage them.</summary>
    private async Task<OperationResult?> CheckGrantTargetAsync(Guid operatorId, string? permission, CancellationToken ct)
    {
        if (!await authority.Visible.AnyAsync(o => o.Id == operatorId, ct))
        {
            return OperationResult.NotFound(OperatorsErrors.NotFound());
        }

        var name = permission?.Trim() ?? "";
        if (!permissions.IsActive(name))
        {
            return OperationResult.NotFound(OperatorsErrors.PermissionUnknown(name));
        }

        return await authority.RefuseIfOutranksAsync(operatorId, ct);
    }
}
