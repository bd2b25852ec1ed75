using System.Security.Claims;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>An operator who passed the password check, and whether they must set a new password first.</summary>
public sealed record SignedInOperator(Operator Operator, OutletInfo Outlet, bool MustChangePassword);

/// <summary>
/// The trade's login rules (系统登录): outlet code + login name + password; N consecutive wrong passwords lock the
/// account (a system setting, default 3); unknown accounts answer exactly like real ones, lock included.
/// Each attempt is reserved (counted) before the password is checked, so parallel attempts never get more tries than the limit.
/// </summary>
public sealed class SignInService(
    AdminDbContext db,
    IPasswordHasher<Operator> hasher,
    IOutletDirectory outlets,
    SystemSettings settings,
    IAuditTrail audit,
    TimeProvider clock)
{
    // A real hash to verify against when the account does not exist, so that both take the same time.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<Operator>().HashPassword(new Operator(), Guid.NewGuid().ToString("N")));

    /// <summary>Checks the three fields of the login form.</summary>
    public async Task<OperationResult<SignedInOperator>> PasswordSignInAsync(string? outletCode, string? loginName, string? password, CancellationToken ct = default)
    {
        var missing = RequireFields(outletCode, loginName, password, "password");
        if (missing.Count > 0)
        {
            return OperationResult<SignedInOperator>.Invalid([.. missing]);
        }

        return await CheckPasswordAsync(outletCode!.Trim(), loginName!.Trim(), password!, "SignIn", ct);
    }

    /// <summary>
    /// The login window's "change password": outlet code, login name, old password, new password twice.
    /// The old password is checked like a sign-in (wrong ones count toward the lock).
    /// </summary>
    public async Task<OperationResult<SignedInOperator>> ChangePasswordAtLoginAsync(
        string? outletCode, string? loginName, string? oldPassword, string? newPassword, string? confirmPassword, CancellationToken ct = default)
    {
        var missing = RequireFields(outletCode, loginName, oldPassword, "oldPassword");
        if (string.IsNullOrEmpty(newPassword))
        {
            missing.Add(OperatorsErrors.Required("newPassword", "new password"));
        }

        if (missing.Count > 0)
        {
            return OperationResult<SignedInOperator>.Invalid([.. missing]);
        }

        var check = await CheckPasswordAsync(outletCode!.Trim(), loginName!.Trim(), oldPassword!, "PasswordChange", ct);
        if (!check.Succeeded)
        {
            return check;
        }

        var change = await SetOwnPasswordAsync(check.Value!.Operator.Id, oldPassword!, newPassword, confirmPassword, ct);
        return change.Succeeded
            ? OperationResult<SignedInOperator>.Success(check.Value with { Operator = change.Value!, MustChangePassword = false })
            : OperationResult<SignedInOperator>.From(change);
    }

    /// <summary>A signed-in operator sets a new password (required when it expired or was reset).</summary>
    public async Task<OperationResult<Operator>> SetOwnPasswordAsync(Guid operatorId, string? oldPassword, string? newPassword, string? confirmPassword, CancellationToken ct = default)
    {
        var op = await db.Set<Operator>().FirstOrDefaultAsync(o => o.Id == operatorId, ct);
        if (op is null)
        {
            return OperationResult<Operator>.NotFound(OperatorsErrors.NotFound());
        }

        if (string.IsNullOrEmpty(oldPassword) || hasher.VerifyHashedPassword(op, op.PasswordHash ?? DummyHash.Value, oldPassword) == PasswordVerificationResult.Failed)
        {
            return OperationResult<Operator>.Invalid(new OperationError("password.oldWrong", "The old password is wrong.", "oldPassword"));
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

    /// <summary>The claims of a signed-in operator's session or token.</summary>
    public static ClaimsPrincipal CreatePrincipal(Operator op, OutletInfo outlet, bool mustChangePassword, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(AdminClaims.OperatorId, op.Id.ToString()),
            new(AdminClaims.LoginName, op.LoginName),
            new(AdminClaims.DisplayName, op.DisplayName),
            new(AdminClaims.OutletId, outlet.Id.ToString()),
            new(AdminClaims.OutletCode, outlet.Code),
            new(AdminClaims.Scope, outlet.IsHeadOffice ? "all" : "outlet"),
            new(AdminClaims.SecurityStamp, op.SecurityStamp ?? ""),
        };
        if (mustChangePassword)
        {
            claims.Add(new Claim(AdminClaims.MustChangePassword, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, AdminClaims.LoginName, "role"));
    }

    private static List<OperationError> RequireFields(string? outletCode, string? loginName, string? password, string passwordField)
    {
        var errors = new List<OperationError>();
        if (string.IsNullOrWhiteSpace(outletCode))
        {
            errors.Add(OperatorsErrors.Required("outletCode", "outlet code"));
        }
        else if (!Outlets.Models.Outlet.IsValidCode(outletCode.Trim()))
        {
            errors.Add(OperatorsErrors.OutletCodeInvalid());
        }

        if (string.IsNullOrWhiteSpace(loginName))
        {
            errors.Add(OperatorsErrors.Required("loginName", "login name"));
        }
        else if (loginName.Trim().Length > 32)
        {
            errors.Add(OperatorsErrors.LoginNameInvalid());
        }

        if (string.IsNullOrEmpty(password))
        {
            errors.Add(OperatorsErrors.Required(passwordField, "password"));
        }
        else if (password.Length > 128)
        {
            // Longer than any allowed password: refuse before hashing (no hashing of megabyte inputs).
            errors.Add(new OperationError("password.tooLong", "The password must be at most {0} characters.", passwordField, 128));
        }

        return errors;
    }

    private Task<OperationResult<SignedInOperator>> CheckPasswordAsync(string outletCode, string loginName, string password, string purpose, CancellationToken ct) =>
        OneAttemptAtATimeAsync(() => CheckPasswordCoreAsync(outletCode, loginName, password, purpose, ct), ct);

    /// <summary>
    /// Runs a password check in one transaction: the attempt reserved (the account's row, locked by the reserving UPDATE),
    /// the hash verified, and the outcome (reset, lock, audit) written, committed together. Parallel attempts on one account
    /// wait for each other instead of finding the counter full and being refused as locked, and a process killed in the
    /// middle of a check leaves no reserved attempt behind (one that did would count as a wrong password, and enough of them
    /// would refuse the account forever without a lock that expires).
    /// </summary>
    private async Task<T> OneAttemptAtATimeAsync<T>(Func<Task<T>> check, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await check();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await check();
        await tx.CommitAsync(ct);
        return result;
    }

    private async Task<OperationResult<SignedInOperator>> CheckPasswordCoreAsync(string outletCode, string loginName, string password, string purpose, CancellationToken ct)
    {
        var max = await settings.GetIntAsync(OperatorsSettings.MaxFailedAttempts, ct);
        var lockoutMinutes = await settings.GetIntAsync(OperatorsSettings.LockoutMinutes, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var userName = Operator.UserNameFor(outletCode, loginName).ToUpperInvariant();
        var op = await db.Set<Operator>().AsNoTracking().FirstOrDefaultAsync(o => o.NormalizedUserName == userName, ct);
        IAttempts attempts = op is null ? new PhantomAttempts(db, userName, now) : new OperatorAttempts(db, op.Id, now);

        if (lockoutMinutes > 0)
        {
            await attempts.ExpireLockAsync(now.AddMinutes(-lockoutMinutes), ct);
        }

        var reserved = await attempts.ReserveAsync(max, ct);
        var count = reserved ?? 0;
        var ok = hasher.VerifyHashedPassword(op ?? new Operator(), op?.PasswordHash ?? DummyHash.Value, password) != PasswordVerificationResult.Failed;
        var who = new AuditRecord(OperatorsModule.ModuleId, "", nameof(Operator), op?.Id.ToString())
        {
            OperatorId = op?.Id, OperatorLogin = loginName, OutletId = op?.OutletId, OutletCode = outletCode,
        };

        if (reserved is null)
        {
            audit.Record(who with { Action = $"{purpose}.Refused", Summary = "Account locked" });
            await db.SaveChangesAsync(ct);
            return LockedResult(await attempts.LockedAtAsync(ct), lockoutMinutes);
        }

        if (!ok || op is null)
        {
            // count is the slot this attempt reserved atomically: parallel attempts each see their own.
            if (count >= max)
            {
                var lockedNow = await attempts.LockAsync(ct);
                audit.Record(who with { Action = $"{purpose}.Failed", Summary = $"Wrong password ({count} of {max})" });
                if (lockedNow)
                {
                    audit.Record(who with { Action = "Operator.Lock", Summary = $"Locked after {max} wrong passwords" });
                }

                await db.SaveChangesAsync(ct);
                return LockedResult(now, lockoutMinutes);
            }

            audit.Record(who with { Action = $"{purpose}.Failed", Summary = $"Wrong password ({count} of {max})" });
            await db.SaveChangesAsync(ct);
            return OperationResult<SignedInOperator>.Fail(FailureKind.Unauthorized, OperatorsErrors.BadCredentials());
        }

        await attempts.ResetAsync(ct);
        var tracked = await db.Set<Operator>().FirstAsync(o => o.Id == op.Id, ct);
        var outlet = await outlets.FindAsync(tracked.OutletId, ct);
        if (tracked.Status != OperatorStatus.Active)
        {
            audit.Record(who with { Action = $"{purpose}.Refused", Summary = "Operator disabled" });
            await db.SaveChangesAsync(ct);
            return OperationResult<SignedInOperator>.Fail(FailureKind.Forbidden, OperatorsErrors.Disabled());
        }

        if (outlet is null || !outlet.AllowsSignIn)
        {
            audit.Record(who with { Action = $"{purpose}.Refused", Summary = "Outlet not active" });
            await db.SaveChangesAsync(ct);
            return OperationResult<SignedInOperator>.Fail(FailureKind.Forbidden, OperatorsErrors.OutletNotActive());
        }

        if (purpose == "SignIn")
        {
            tracked.LastSignInAt = now;
            audit.Record(who with { Action = "SignIn", Summary = null });
        }

        await db.SaveChangesAsync(ct);
        var maxAge = await settings.GetIntAsync(OperatorsSettings.PasswordMaxAgeDays, ct);
        return OperationResult<SignedInOperator>.Success(new SignedInOperator(tracked, outlet, tracked.MustChangePassword || tracked.PasswordExpired(now, maxAge)));
    }

    /// <summary>
    /// A reviewer's password check (同级复核授权): the same attempt reservation and lock as sign-in, so a wrong reviewer
    /// password counts toward the reviewer's own lock and an unknown login name answers (and takes as long) as a wrong password.
    /// </summary>
    internal Task<(Contracts.ReviewerCheckStatus Status, Operator? Operator)> CheckReviewerPasswordAsync(
        string outletCode, string loginName, string password, CancellationToken ct) =>
        OneAttemptAtATimeAsync(() => CheckReviewerPasswordCoreAsync(outletCode, loginName, password, ct), ct);

    private async Task<(Contracts.ReviewerCheckStatus Status, Operator? Operator)> CheckReviewerPasswordCoreAsync(
        string outletCode, string loginName, string password, CancellationToken ct)
    {
        var max = await settings.GetIntAsync(OperatorsSettings.MaxFailedAttempts, ct);
        var lockoutMinutes = await settings.GetIntAsync(OperatorsSettings.LockoutMinutes, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var userName = Operator.UserNameFor(outletCode, loginName).ToUpperInvariant();
        var op = await db.Set<Operator>().AsNoTracking().FirstOrDefaultAsync(o => o.NormalizedUserName == userName, ct);
        IAttempts attempts = op is null ? new PhantomAttempts(db, userName, now) : new OperatorAttempts(db, op.Id, now);
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
            audit.Record(who with { Action = "Review.Refused", Summary = "Account locked" });
            await db.SaveChangesAsync(ct);
            return (Contracts.ReviewerCheckStatus.Locked, null);
        }

        if (!ok || op is null)
        {
            audit.Record(who with { Action = "Review.Failed", Summary = $"Wrong reviewer password ({count} of {max})" });
            var locked = count >= max;
            if (locked && await attempts.LockAsync(ct))
            {
                audit.Record(who with { Action = "Operator.Lock", Summary = $"Locked after {max} wrong passwords" });
            }

            await db.SaveChangesAsync(ct);
            return (locked ? Contracts.ReviewerCheckStatus.Locked : Contracts.ReviewerCheckStatus.BadCredentials, null);
        }

        await attempts.ResetAsync(ct);
        return (Contracts.ReviewerCheckStatus.Verified, op);
    }

    private static OperationResult<SignedInOperator> LockedResult(DateTime? lockedAt, int lockoutMinutes) =>
        OperationResult<SignedInOperator>.Fail(FailureKind.Locked,
            lockoutMinutes > 0 && lockedAt is { } at ? OperatorsErrors.LockedFor(at.AddMinutes(lockoutMinutes)) : OperatorsErrors.Locked());

    /// <summary>The failure counter of one account, real or phantom; every change is one atomic UPDATE.</summary>
    private interface IAttempts
    {
        Task ExpireLockAsync(DateTime lockedBefore, CancellationToken ct);
        /// <summary>Takes one attempt if the account is not locked and under the limit; answers the attempt's number, or null.</summary>
        Task<int?> ReserveAsync(int max, CancellationToken ct);
        Task<bool> LockAsync(CancellationToken ct);
        Task ResetAsync(CancellationToken ct);
        Task<DateTime?> LockedAtAsync(CancellationToken ct);
    }

    private sealed class OperatorAttempts(AdminDbContext db, Guid id, DateTime now) : IAttempts
    {
        private IQueryable<Operator> Row => db.Set<Operator>().Where(o => o.Id == id);

        public Task ExpireLockAsync(DateTime lockedBefore, CancellationToken ct) =>
            Row.Where(o => o.IsLocked && o.LockedAt <= lockedBefore)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.IsLocked, false).SetProperty(o => o.AccessFailedCount, 0).SetProperty(o => o.LockedAt, (DateTime?)null), ct);

        public async Task<int?> ReserveAsync(int max, CancellationToken ct)
        {
            // UPDATE ... RETURNING (SQLite 3.35+ and PostgreSQL): the increment and the number it produced in one statement.
            var taken = await db.Database.SqlQuery<int>($"""
                UPDATE "Operators_Operators" SET "AccessFailedCount" = "AccessFailedCount" + 1
                WHERE "Id" = {id} AND NOT "IsLocked" AND "AccessFailedCount" < {max}
                RETURNING "AccessFailedCount" AS "Value"
                """).ToListAsync(ct);
            return taken.Count == 1 ? taken[0] : null;
        }

        public async Task<bool> LockAsync(CancellationToken ct) =>
            await Row.Where(o => !o.IsLocked)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.IsLocked, true).SetProperty(o => o.LockedAt, now), ct) == 1;

        public Task ResetAsync(CancellationToken ct) =>
            Row.ExecuteUpdateAsync(s => s.SetProperty(o => o.AccessFailedCount, 0), ct);

        public Task<DateTime?> LockedAtAsync(CancellationToken ct) => Row.Select(o => o.LockedAt).FirstAsync(ct);
    }

    private sealed class PhantomAttempts(AdminDbContext db, string key, DateTime now) : IAttempts
    {
        private IQueryable<PhantomSignIn> Row => db.Set<PhantomSignIn>().Where(p => p.Key == key);

        public Task ExpireLockAsync(DateTime lockedBefore, CancellationToken ct) =>
            Row.Where(p => p.IsLocked && p.LockedAt <= lockedBefore)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsLocked, false).SetProperty(p => p.AccessFailedCount, 0).SetProperty(p => p.LockedAt, (DateTime?)null), ct);

        public async Task<int?> ReserveAsync(int max, CancellationToken ct)
        {
            // ON CONFLICT DO NOTHING: another attempt creating the row at the same moment must not abort the transaction.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Operators_PhantomSignIns" ("Key", "AccessFailedCount", "IsLocked", "LastAttemptAt")
                VALUES ({key}, {0}, {false}, {now}) ON CONFLICT DO NOTHING
                """, ct);

            var taken = await db.Database.SqlQuery<int>($"""
                UPDATE "Operators_PhantomSignIns" SET "AccessFailedCount" = "AccessFailedCount" + 1, "LastAttemptAt" = {now}
                WHERE "Key" = {key} AND NOT "IsLocked" AND "AccessFailedCount" < {max}
                RETURNING "AccessFailedCount" AS "Value"
                """).ToListAsync(ct);
            return taken.Count == 1 ? taken[0] : null;
        }

        public async Task<bool> LockAsync(CancellationToken ct) =>
            await Row.Where(p => !p.IsLocked)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsLocked, true).SetProperty(p => p.LockedAt, now), ct) == 1;

        public Task ResetAsync(CancellationToken ct) => Task.CompletedTask;

        public Task<DateTime?> LockedAtAsync(CancellationToken ct) => Row.Select(p => p.LockedAt).FirstAsync(ct);
    }
}
