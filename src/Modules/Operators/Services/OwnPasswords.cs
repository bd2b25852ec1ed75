using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Settings;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>An operator's own password: the policy in force, and setting a new one (old one checked, history kept).</summary>
public sealed class OwnPasswords(AdminDbContext db, IPasswordHasher<Operator> hasher, SystemSettings settings, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>A signed-in operator sets a new password (required when it expired or was reset).</summary>
    public async Task<OperationResult<Operator>> SetOwnPasswordAsync(Guid operatorId, string? oldPassword, string? newPassword, string? confirmPassword, CancellationToken ct = default)
    {
        var op = await db.Set<Operator>().FirstOrDefaultAsync(o => o.Id == operatorId, ct);
        if (op is null)
        {
            return OperationResult<Operator>.NotFound(OperatorsErrors.NotFound());
        }

        if (string.IsNullOrEmpty(oldPassword) || hasher.VerifyHashedPassword(op, op.PasswordHash ?? FailedAttemptGuard.DummyHash.Value, oldPassword) == PasswordVerificationResult.Failed)
        {
            return OperationResult<Operator>.Invalid(OperatorsErrors.OldPasswordWrong());
        }

        if (newPassword != confirmPassword)
        {
            return OperationResult<Operator>.Invalid(OperatorsErrors.PasswordsDiffer());
        }

        if (newPassword == oldPassword)
        {
            return OperationResult<Operator>.Invalid(OperatorsErrors.SamePassword());
        }

        var policy = await PolicyAsync(ct);
        var errors = policy.Check(newPassword, op.LoginName).ToList();
        if (errors.Count == 0 && await WasUsedRecentlyAsync(op, newPassword!, policy.History, ct))
        {
            errors.Add(policy.Reused());
        }

        if (errors.Count > 0)
        {
            return OperationResult<Operator>.Invalid([.. errors]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new PasswordHistoryEntry { OperatorId = op.Id, PasswordHash = op.PasswordHash ?? "", ChangedAt = now });
        op.PasswordHash = hasher.HashPassword(op, newPassword!);
        op.PasswordChangedAt = now;
        op.MustChangePassword = false;
        op.SecurityStamp = Guid.NewGuid().ToString("N");
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Password.Change", nameof(Operator), op.Id.ToString(), Summary: "Password changed by the operator")
        {
            OperatorId = op.Id, OperatorLogin = op.LoginName, OutletId = op.OutletId, OutletCode = op.OutletCode,
        });
        await db.SaveChangesAsync(ct);
        await OperatorTokens.RevokeAsync(db, op.Id, ct);
        return OperationResult<Operator>.Success(op);
    }

    /// <summary>The password policy in force (system settings).</summary>
    public async Task<PasswordPolicy> PolicyAsync(CancellationToken ct = default) => new(
        await settings.GetIntAsync(OperatorsSettings.PasswordMinLength, ct),
        await settings.GetIntAsync(OperatorsSettings.PasswordMaxLength, ct),
        await settings.GetIntAsync(OperatorsSettings.PasswordHistory, ct),
        await settings.GetBoolAsync(OperatorsSettings.ModernPasswordRules, ct));

    /// <summary>True when the password matches the current one or one of the last <paramref name="history"/>.</summary>
    internal async Task<bool> WasUsedRecentlyAsync(Operator op, string password, int history, CancellationToken ct)
    {
        if (history <= 0)
        {
            return false;
        }

        if (op.PasswordHash is not null && hasher.VerifyHashedPassword(op, op.PasswordHash, password) != PasswordVerificationResult.Failed)
        {
            return true;
        }

        var previous = await db.Set<PasswordHistoryEntry>().AsNoTracking()
            .Where(h => h.OperatorId == op.Id && h.PasswordHash != "")
            .OrderByDescending(h => h.Id).Take(history - 1).Select(h => h.PasswordHash).ToListAsync(ct);
        return previous.Any(h => hasher.VerifyHashedPassword(op, h, password) != PasswordVerificationResult.Failed);
    }
}
