using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Settings;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>An operator who passed the password check, and whether they must set a new password first.</summary>
public sealed record SignedInOperator(Operator Operator, OutletInfo Outlet, bool MustChangePassword)
{
    /// <summary>
    /// The password was right but this administrator must present a passkey too (docs/decisions/0014): not signed in yet,
    /// audited as <c>SignIn.PasswordAccepted</c>; the sign-in page's passkey step completes it.
    /// </summary>
    public bool PasskeyStepPending { get; init; }
}

/// <summary>
/// The trade's login rules (系统登录): outlet code + login name + password, checked through the
/// <see cref="FailedAttemptGuard"/> (counting, lock, unknown accounts answered like real ones); then the operator must be
/// active and their outlet open, and an expired or reset password must be changed first.
/// </summary>
public sealed class SignInService(
    AdminDbContext db,
    FailedAttemptGuard guard,
    OwnPasswords passwords,
    IOutletDirectory outlets,
    SystemSettings settings,
    IAuditTrail audit,
    Admin.Kernel.Time.LocalClock local,
    PasskeyRule passkeys)
{
    /// <summary>
    /// Checks the three fields of the login form. An administrator who needs a passkey too is, on the sign-in page
    /// (<paramref name="passkeyStepFollows"/>), answered <see cref="SignedInOperator.PasskeyStepPending"/>; where no passkey
    /// step can follow (the API's password-only token), refused with <c>signIn.passkeyRequired</c> (403). Either way the
    /// audit trail says the password was right and the sign-in is not complete, never "signed in".
    /// </summary>
    public async Task<OperationResult<SignedInOperator>> PasswordSignInAsync(
        string? outletCode, string? loginName, string? password, bool passkeyStepFollows, CancellationToken ct = default)
    {
        var missing = RequireFields(outletCode, loginName, password, "password");
        if (missing.Count > 0)
        {
            return OperationResult<SignedInOperator>.Invalid([.. missing]);
        }

        return await CheckPasswordAsync(outletCode!.Trim(), loginName!.Trim(), password!, AttemptPurpose.SignIn, passkeyStepFollows, ct);
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

        var check = await CheckPasswordAsync(outletCode!.Trim(), loginName!.Trim(), oldPassword!, AttemptPurpose.PasswordChange, false, ct);
        if (!check.Succeeded)
        {
            return check;
        }

        var change = await passwords.SetOwnPasswordAsync(check.Value!.Operator.Id, oldPassword!, newPassword, confirmPassword, ct);
        return change.Succeeded
            ? OperationResult<SignedInOperator>.Success(check.Value with { Operator = change.Value!, MustChangePassword = false })
            : OperationResult<SignedInOperator>.From(change);
    }

    private static List<OperationError> RequireFields(string? outletCode, string? loginName, string? password, string passwordField)
    {
        var errors = new List<OperationError>();
        if (string.IsNullOrWhiteSpace(outletCode))
        {
            errors.Add(OperatorsErrors.Required("outletCode", "outlet code"));
        }
        else if (!OutletCodes.IsValid(outletCode.Trim()))
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
            errors.Add(OperatorsErrors.PasswordTooLong(passwordField));
        }

        return errors;
    }

    private Task<OperationResult<SignedInOperator>> CheckPasswordAsync(
        string outletCode, string loginName, string password, AttemptPurpose purpose, bool passkeyStepFollows, CancellationToken ct) =>
        guard.CheckAsync(outletCode, loginName, password, purpose, attempt => attempt.Outcome switch
        {
            AttemptOutcome.Verified => AdmitAsync(attempt, outletCode, loginName, purpose, passkeyStepFollows, ct),
            AttemptOutcome.Locked => LockedAsync(attempt.LockEndsAt, ct),
            _ => Task.FromResult(OperationResult<SignedInOperator>.Fail(FailureKind.Unauthorized, OperatorsErrors.BadCredentials())),
        }, ct);

    /// <summary>A lock that ends names its end in the network's local time, as every time a person reads.</summary>
    private async Task<OperationResult<SignedInOperator>> LockedAsync(DateTime? lockEndsAt, CancellationToken ct) =>
        OperationResult<SignedInOperator>.Fail(FailureKind.Locked, lockEndsAt is { } until
            ? OperatorsErrors.LockedFor(Admin.Kernel.Time.LocalTimes.Format(until, await local.OffsetAsync(ct), Admin.Kernel.Time.LocalTimeFormat.Minutes))
            : OperatorsErrors.Locked());

    /// <summary>The password was right: the operator must still be active and their outlet open (and an administrator may owe a passkey).</summary>
    private async Task<OperationResult<SignedInOperator>> AdmitAsync(
        PasswordAttempt attempt, string outletCode, string loginName, AttemptPurpose purpose, bool passkeyStepFollows, CancellationToken ct)
    {
        var tracked = await db.Set<Operator>().FirstAsync(o => o.Id == attempt.Operator!.Id, ct);
        var who = new AuditRecord(OperatorsModule.ModuleId, "", nameof(Operator), tracked.Id.ToString())
        {
            OperatorId = tracked.Id, OperatorLogin = loginName, OutletId = tracked.OutletId, OutletCode = outletCode,
        };
        var outlet = await outlets.FindAsync(tracked.OutletId, ct);
        if (tracked.Status != OperatorStatus.Active)
        {
            audit.Record(who with { Action = $"{purpose.Action}.Refused", Summary = "Operator disabled" });
            await db.SaveChangesAsync(ct);
            return OperationResult<SignedInOperator>.Fail(FailureKind.Forbidden, OperatorsErrors.Disabled());
        }

        if (outlet is null || !outlet.AllowsSignIn)
        {
            audit.Record(who with { Action = $"{purpose.Action}.Refused", Summary = "Outlet not active" });
            await db.SaveChangesAsync(ct);
            return OperationResult<SignedInOperator>.Fail(FailureKind.Forbidden, OperatorsErrors.OutletNotActive());
        }

        var pending = purpose == AttemptPurpose.SignIn && await passkeys.IsRequiredAsync(tracked.Id, ct);
        if (pending && !passkeyStepFollows)
        {
            audit.Record(who with { Action = "SignIn.Refused", Summary = PasskeyRequiredSummary });
            await db.SaveChangesAsync(ct);
            return OperationResult<SignedInOperator>.Fail(FailureKind.Forbidden, OperatorsErrors.PasskeyRequired());
        }

        if (pending)
        {
            // Not signed in yet: the last sign-in time and the SignIn record wait for the passkey (OperatorPasskeys.CompleteSignInAsync).
            audit.Record(who with { Action = "SignIn.PasswordAccepted", Summary = null });
        }
        else if (purpose == AttemptPurpose.SignIn)
        {
            tracked.LastSignInAt = attempt.Now;
            audit.Record(who with { Action = "SignIn", Summary = null });
        }

        await db.SaveChangesAsync(ct);
        var maxAge = await settings.GetIntAsync(OperatorsSettings.PasswordMaxAgeDays, ct);
        return OperationResult<SignedInOperator>.Success(new SignedInOperator(tracked, outlet, tracked.MustChangePassword || tracked.PasswordExpired(attempt.Now, maxAge))
        {
            PasskeyStepPending = pending,
        });
    }

    /// <summary>The summary of a password-only sign-in refused to an administrator who needs a passkey (the API's token).</summary>
    public const string PasskeyRequiredSummary = "Password right, but a passkey is required and this sign-in cannot take one";
}
