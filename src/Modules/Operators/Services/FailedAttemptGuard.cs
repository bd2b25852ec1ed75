using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Settings;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>What a password is checked for; names the audit actions (<c>{Action}.Failed</c>, <c>{Action}.Refused</c>).</summary>
/// <param name="Action">The audit action's prefix: <c>SignIn</c>, <c>PasswordChange</c>, <c>Review</c>.</param>
/// <param name="WrongPassword">The audit summary of a wrong password, before its count.</param>
public sealed record AttemptPurpose(string Action, string WrongPassword)
{
    public static AttemptPurpose SignIn { get; } = new("SignIn", "Wrong password");
    public static AttemptPurpose PasswordChange { get; } = new("PasswordChange", "Wrong password");
    public static AttemptPurpose Review { get; } = new("Review", "Wrong reviewer password");
}

/// <summary>How a password check ended.</summary>
public enum AttemptOutcome
{
    /// <summary>The password is right; the account's failure count is back to zero.</summary>
    Verified,
    /// <summary>A wrong password (or no such account), counted; the account is still under the limit.</summary>
    WrongPassword,
    /// <summary>The account is locked: before this attempt, or by it (the limit reached).</summary>
    Locked,
}

/// <summary>A password check's result: the operator (read without tracking) when verified, and when a lock ends.</summary>
public sealed record PasswordAttempt(AttemptOutcome Outcome, Operator? Operator, DateTime Now, DateTime? LockedAt, int LockoutMinutes)
{
    /// <summary>When the lock ends, or null when it lasts until an administrator unlocks (or nothing is locked).</summary>
    public DateTime? LockEndsAt => LockoutMinutes > 0 && LockedAt is { } at ? at.AddMinutes(LockoutMinutes) : null;
}

/// <summary>
/// The one place where wrong passwords are counted and accounts locked (系统登录: N consecutive wrong passwords lock the
/// account; a system setting, default 3). Sign-in, the login window's password change and the reviewer's password in the
/// review gate all check through it, so a wrong password counts the same wherever it is typed. An unknown account is
/// counted and locked like a real one (a phantom row) and its password is verified against a dummy hash, so that it
/// answers, and takes as long, as a real one. Each attempt is reserved (counted) before the password is verified, so
/// parallel attempts never get more tries than the limit.
/// </summary>
public sealed class FailedAttemptGuard(AdminDbContext db, IPasswordHasher<Operator> hasher, SystemSettings settings, IAuditTrail audit, TimeProvider clock)
{
    // A real hash to verify against when the account does not exist, so that both take the same time.
    internal static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<Operator>().HashPassword(new Operator(), Guid.NewGuid().ToString("N")));

    /// <summary>
    /// Checks <paramref name="password"/> for the account <paramref name="outletCode"/>/<paramref name="loginName"/> and
    /// hands the outcome to <paramref name="then"/>, all in one transaction: the attempt reserved (the account's row, locked
    /// by the reserving UPDATE), the hash verified, the failure audited and saved or the count reset, and whatever
    /// <paramref name="then"/> writes, committed together. Parallel attempts on one account wait for each other instead of
    /// finding the counter full and being refused as locked, and a process killed in the middle leaves no reserved attempt
    /// behind (one that did would count as a wrong password, and enough would refuse the account without a lock that expires).
    /// </summary>
    public async Task<T> CheckAsync<T>(
        string outletCode, string loginName, string password, AttemptPurpose purpose, Func<PasswordAttempt, Task<T>> then, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await then(await VerifyAsync(outletCode, loginName, password, purpose, ct));
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var result = await then(await VerifyAsync(outletCode, loginName, password, purpose, ct));
            await tx.CommitAsync(ct);
            return result;
        });
    }

    private async Task<PasswordAttempt> VerifyAsync(string outletCode, string loginName, string password, AttemptPurpose purpose, CancellationToken ct)
    {
        var max = await settings.GetIntAsync(OperatorsSettings.MaxFailedAttempts, ct);
        var lockoutMinutes = await settings.GetIntAsync(OperatorsSettings.LockoutMinutes, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var userName = Operator.UserNameFor(outletCode, loginName).ToUpperInvariant();
        var op = await db.Set<Operator>().AsNoTracking().FirstOrDefaultAsync(o => o.NormalizedUserName == userName, ct);
        IAttemptCounter attempts = op is null ? new PhantomAttemptCounter(db, userName, now) : new OperatorAttemptCounter(db, op.Id, now);
        if (lockoutMinutes > 0)
        {
            await attempts.ExpireLockAsync(now.AddMinutes(-lockoutMinutes), ct);
        }

        var reserved = await attempts.ReserveAsync(max, ct);
        var ok = hasher.VerifyHashedPassword(op ?? new Operator(), op?.PasswordHash ?? DummyHash.Value, password) != PasswordVerificationResult.Failed;
        var who = new AuditRecord(OperatorsModule.ModuleId, "", nameof(Operator), op?.Id.ToString())
        {
            OperatorId = op?.Id, OperatorLogin = loginName, OutletId = op?.OutletId, OutletCode = outletCode,
        };

        if (reserved is not { } count)
        {
            audit.Record(who with { Action = $"{purpose.Action}.Refused", Summary = "Account locked" });
            await db.SaveChangesAsync(ct);
            return new PasswordAttempt(AttemptOutcome.Locked, null, now, await attempts.LockedAtAsync(ct), lockoutMinutes);
        }

        if (!ok || op is null)
        {
            // count is the slot this attempt reserved atomically: parallel attempts each see their own.
            audit.Record(who with { Action = $"{purpose.Action}.Failed", Summary = $"{purpose.WrongPassword} ({count} of {max})" });
            var locked = count >= max;
            if (locked && await attempts.LockAsync(ct))
            {
                audit.Record(who with { Action = "Operator.Lock", Summary = $"Locked after {max} wrong passwords" });
            }

            await db.SaveChangesAsync(ct);
            return new PasswordAttempt(locked ? AttemptOutcome.Locked : AttemptOutcome.WrongPassword, null, now, locked ? now : null, lockoutMinutes);
        }

        await attempts.ResetAsync(ct);
        return new PasswordAttempt(AttemptOutcome.Verified, op, now, null, lockoutMinutes);
    }
}
