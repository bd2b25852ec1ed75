using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Identity;

namespace Admin.Modules.Operators.Services;

/// <summary>Operator password management (操作员密码管理): reset and unlock, each audited with before/after.</summary>
public sealed class OperatorPasswords(AdminDbContext db, IPasswordHasher<Operator> hasher, IAuditTrail audit, TimeProvider clock, OperatorAuthority authority)
{
    /// <summary>
    /// Resets the password to a new one-time temporary password (answered once, never stored in clear) that must be
    /// changed at the next sign-in. Also unlocks and clears the failure count; a new security stamp ends every session
    /// and token. The old password goes into the history, so it cannot come back.
    /// </summary>
    public async Task<OperationResult<OperatorWithPassword>> ResetPasswordAsync(Guid id, CancellationToken ct = default)
    {
        var (op, refused) = await authority.FindToManageAsync(id, ct);
        if (op is null)
        {
            return OperationResult<OperatorWithPassword>.From(refused!);
        }

        var before = PasswordState(op);
        var password = TemporaryPasswords.Generate();
        var now = clock.GetUtcNow().UtcDateTime;
        if (op.PasswordHash is { Length: > 0 } oldHash)
        {
            db.Add(new PasswordHistoryEntry { OperatorId = op.Id, PasswordHash = oldHash, ChangedAt = now });
        }

        op.PasswordHash = hasher.HashPassword(op, password);
        op.PasswordChangedAt = now;
        op.MustChangePassword = true;
        op.AccessFailedCount = 0;
        op.IsLocked = false;
        op.LockedAt = null;
        op.SecurityStamp = OperatorInput.NewStamp();
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Password.Reset", nameof(Operator), op.Id.ToString(),
            Before: before, After: PasswordState(op), Summary: "Temporary password issued; sessions and tokens ended"));
        if (await Versions.SaveAsync(db, op, ct) is { } conflict)
        {
            return OperationResult<OperatorWithPassword>.From(conflict);
        }

        await OperatorTokens.RevokeAsync(db, op.Id, ct);
        var roles = await AccessReads.RoleNamesOfOperatorsAsync(db, [op.Id], ct);
        return OperationResult<OperatorWithPassword>.Success(new OperatorWithPassword(op, roles.GetValueOrDefault(op.Id) ?? [], password));
    }

    /// <summary>Unlocks an operator locked by wrong passwords and clears the failure count.</summary>
    public async Task<OperationResult<Operator>> UnlockAsync(Guid id, CancellationToken ct = default)
    {
        var (op, refused) = await authority.FindToManageAsync(id, ct);
        if (op is null)
        {
            return OperationResult<Operator>.From(refused!);
        }

        if (!op.IsLocked && op.AccessFailedCount == 0)
        {
            return OperationResult<Operator>.Conflict(OperatorsErrors.NotLocked());
        }

        var before = PasswordState(op);
        op.IsLocked = false;
        op.LockedAt = null;
        op.AccessFailedCount = 0;
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Operator.Unlock", nameof(Operator), op.Id.ToString(), Before: before, After: PasswordState(op)));
        return await Versions.SaveAsync(db, op, ct) is { } conflict
            ? OperationResult<Operator>.From(conflict)
            : OperationResult<Operator>.Success(op);
    }

    private static object PasswordState(Operator op) => new { op.MustChangePassword, op.IsLocked, op.LockedAt, op.AccessFailedCount };
}
