using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

// Operator password management (操作员密码管理): reset, unlock, disable and enable. Each is audited with before/after.
public sealed partial class OperatorAccounts
{
    /// <summary>
    /// Resets the password to a new one-time temporary password (answered once, never stored in clear) that must be
    /// changed at the next sign-in. Also unlocks and clears the failure count; a new security stamp ends every session
    /// and token. The old password goes into the history, so it cannot come back.
    /// </summary>
    public async Task<OperationResult<OperatorWithPassword>> ResetPasswordAsync(Guid id, CancellationToken ct = default)
    {
        var (op, refused) = await FindToManageAsync(id, ct);
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
        op.SecurityStamp = NewStamp();
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Password.Reset", nameof(Operator), op.Id.ToString(),
            Before: before, After: PasswordState(op), Summary: "Temporary password issued; sessions and tokens ended"));
        if (await Versions.SaveAsync(db, op, ct) is { } conflict)
        {
            return OperationResult<OperatorWithPassword>.From(conflict);
        }

        var roles = await RoleNamesOfAsync([op.Id], ct);
        return OperationResult<OperatorWithPassword>.Success(new OperatorWithPassword(op, roles.GetValueOrDefault(op.Id) ?? [], password));
    }

    /// <summary>Unlocks an operator locked by wrong passwords and clears the failure count.</summary>
    public async Task<OperationResult<Operator>> UnlockAsync(Guid id, CancellationToken ct = default)
    {
        var (op, refused) = await FindToManageAsync(id, ct);
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

    /// <summary>
    /// Disables (ending every session and token at once) or enables an operator. <paramref name="status"/> is
    /// <c>Active</c> or <c>Disabled</c>. Nobody disables themselves, nor the last active administrator.
    /// </summary>
    public async Task<OperationResult<Operator>> SetStatusAsync(Guid id, string? status, CancellationToken ct = default)
    {
        // By name only: Enum.TryParse would also take "1" or "Active, Disabled".
        if (Enum.GetValues<OperatorStatus>().Where(s => s.ToString().Equals(status?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => (OperatorStatus?)s).FirstOrDefault() is not { } wanted)
        {
            return OperationResult<Operator>.Invalid(OperatorsErrors.StatusInvalid());
        }

        var (op, refused) = await FindToManageAsync(id, ct);
        if (op is null)
        {
            return OperationResult<Operator>.From(refused!);
        }

        if (op.Status == wanted)
        {
            return OperationResult<Operator>.Conflict(OperatorsErrors.AlreadyInStatus(wanted.ToString()));
        }

        if (wanted == OperatorStatus.Disabled)
        {
            if (op.Id == current.OperatorId)
            {
                return OperationResult<Operator>.Conflict(OperatorsErrors.CannotDisableSelf());
            }

            if (await HoldsAdministratorAsync(op.Id, ct) && await IsLastAdministratorAsync(op.Id, ct))
            {
                return OperationResult<Operator>.Conflict(OperatorsErrors.LastAdministrator());
            }

            op.SecurityStamp = NewStamp();
        }

        var before = op.Status.ToString();
        op.Status = wanted;
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, wanted == OperatorStatus.Disabled ? "Operator.Disable" : "Operator.Enable", nameof(Operator), op.Id.ToString(),
            Before: new { Status = before }, After: new { Status = wanted.ToString() },
            Summary: wanted == OperatorStatus.Disabled ? "Sessions and tokens ended" : null));
        return await Versions.SaveAsync(db, op, ct) is { } conflict
            ? OperationResult<Operator>.From(conflict)
            : OperationResult<Operator>.Success(op);
    }

    /// <summary>The operator, tracked, when the caller may see and manage them; otherwise the refusal (404 or 403).</summary>
    private async Task<(Operator? Operator, OperationResult? Refused)> FindToManageAsync(Guid id, CancellationToken ct)
    {
        var op = await Visible.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (op is null)
        {
            return (null, OperationResult.NotFound(OperatorsErrors.NotFound()));
        }

        return await RefuseIfOutranksAsync(op.Id, ct) is { } refused ? (null, refused) : (op, null);
    }

    private static object PasswordState(Operator op) => new { op.MustChangePassword, op.IsLocked, op.LockedAt, op.AccessFailedCount };
}
