using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Admin.Modules.Operators.Services;

/// <summary>A passkey as the operator's own page lists it (the credential id is base64url).</summary>
public sealed record PasskeyRow(string Id, string Name, DateTime CreatedAt);

/// <summary>
/// Passkeys of head-office administrators on ASP.NET Core Identity's own WebAuthn support (docs/decisions/0014): the
/// ceremonies are Identity's <see cref="IPasskeyHandler{TUser}"/>, the credentials are Identity's passkey entities kept
/// by its EF store through <see cref="UserManager{TUser}"/>. The sign-in itself stays ours (outlet code, login name and
/// password through <see cref="SignInService"/>): the passkey is the second step, required by
/// <c>Operators.AdministratorsNeedPasskey</c> for operators who hold an administration permission.
/// </summary>
public sealed class OperatorPasskeys(
    AdminDbContext db, UserManager<Operator> users, IPasskeyHandler<Operator> handler, PasskeyRule rule, IAuditTrail audit, PasskeyCookie cookie, TimeProvider clock,
    ILogger<OperatorPasskeys> log)
{
    /// <summary>The summary of a sign-in completed with the passkey step (English; the audit trail translates it).</summary>
    public const string SignedInWithPasskey = "Password and passkey";

    /// <summary>The summary of a sign-in completed by registering the administrator's first passkey at the step.</summary>
    public const string SignedInWithNewPasskey = "Password, and a first passkey registered at this sign-in";

    /// <summary>True when the operator holds an administration permission: passkeys are theirs to register.</summary>
    public Task<bool> IsAdministratorAsync(Guid operatorId, CancellationToken ct) => rule.IsAdministratorAsync(operatorId, ct);

    /// <summary>True when this operator must present a passkey after the password (the setting is on and they administer).</summary>
    public Task<bool> IsRequiredAsync(Guid operatorId, CancellationToken ct) => rule.IsRequiredAsync(operatorId, ct);

    /// <summary>
    /// After a right password that <see cref="SignInService"/> found needing the passkey step
    /// (<see cref="SignedInOperator.PasskeyStepPending"/>): keeps the half-done sign-in in its cookie; the caller sends them to
    /// <c>/login/passkey</c> instead of signing them in.
    /// </summary>
    public void BeginSignIn(HttpContext http, SignedInOperator signedIn, string? returnUrl) =>
        cookie.Write(http, PasskeyCookie.SignInName, cookie.New(signedIn.Operator.Id, returnUrl, signedIn.MustChangePassword));

    /// <summary>
    /// The passkey step is done (<paramref name="registered"/>: with the first passkey, registered at this step): now the sign-in
    /// is complete, so now it is audited as <c>SignIn</c>, saying with what, and the last sign-in time is set. The password step
    /// recorded only <c>SignIn.PasswordAccepted</c> ("passkey step pending").
    /// </summary>
    public async Task CompleteSignInAsync(HttpContext http, Operator op, bool registered, CancellationToken ct)
    {
        cookie.Clear(http, PasskeyCookie.SignInName);
        var tracked = await db.Set<Operator>().FirstAsync(o => o.Id == op.Id, ct);
        tracked.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "SignIn", nameof(Operator), op.Id.ToString(),
            Summary: registered ? SignedInWithNewPasskey : SignedInWithPasskey)
        {
            OperatorId = op.Id, OperatorLogin = op.LoginName, OutletId = op.OutletId, OutletCode = op.OutletCode,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<PasskeyRow>> ListAsync(Guid operatorId, CancellationToken ct) =>
        (await db.Set<IdentityUserPasskey<Guid>>().AsNoTracking().Where(p => p.UserId == operatorId).ToListAsync(ct))
            .OrderBy(p => p.Data.CreatedAt).Select(p => new PasskeyRow(Base64Url(p.CredentialId), p.Data.Name ?? "", p.Data.CreatedAt.UtcDateTime)).ToList();

    public Task<bool> HasAnyAsync(Guid operatorId, CancellationToken ct) => db.Set<IdentityUserPasskey<Guid>>().AnyAsync(p => p.UserId == operatorId, ct);

    /// <summary>The options for the browser's <c>navigator.credentials.create</c>, and the state to keep until the answer.</summary>
    public async Task<PasskeyCreationOptionsResult> CreationOptionsAsync(Operator op, HttpContext http) =>
        await handler.MakeCreationOptionsAsync(new PasskeyUserEntity { Id = op.Id.ToString(), Name = op.UserName!, DisplayName = op.DisplayName }, http);

    /// <summary>Checks the browser's new credential against the state kept and stores it under the name given.</summary>
    public async Task<OperationResult> AddAsync(Guid operatorId, string? name, string? credentialJson, string? state, HttpContext http, CancellationToken ct)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 50 || name.Any(char.IsControl))
        {
            return OperationResult.Invalid(OperatorsErrors.PasskeyNameInvalid());
        }

        if (string.IsNullOrEmpty(credentialJson) || credentialJson.Length > 20_000 || string.IsNullOrEmpty(state))
        {
            return OperationResult.Invalid(OperatorsErrors.PasskeyNotCreated());
        }

        var op = await users.FindByIdAsync(operatorId.ToString());
        var attestation = await handler.PerformAttestationAsync(new PasskeyAttestationContext { HttpContext = http, CredentialJson = credentialJson, AttestationState = state });
        if (op is null || !attestation.Succeeded || attestation.UserEntity.Id != op.Id.ToString())
        {
            log.LogInformation("A passkey of operator {Id} was not registered: {Reason}", operatorId, attestation.Failure?.Message ?? "another operator's ceremony");
            return OperationResult.Invalid(OperatorsErrors.PasskeyNotCreated());
        }

        attestation.Passkey.Name = name;
        // Named explicitly: at the sign-in's passkey step nobody is signed in yet.
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Passkey.Add", "Passkey", op.Id.ToString(), After: new { name })
        {
            OperatorId = op.Id, OperatorLogin = op.LoginName, OutletId = op.OutletId, OutletCode = op.OutletCode,
        });
        var stored = await users.AddOrUpdatePasskeyAsync(op, attestation.Passkey);
        return stored.Succeeded ? OperationResult.Success() : OperationResult.Conflict(OperatorsErrors.PasskeyNotCreated());
    }

    public async Task<OperationResult> RemoveAsync(Guid operatorId, string? id, CancellationToken ct)
    {
        var credentialId = FromBase64Url(id);
        var row = credentialId is null ? null
            : await db.Set<IdentityUserPasskey<Guid>>().FirstOrDefaultAsync(p => p.UserId == operatorId && p.CredentialId == credentialId, ct);
        if (row is null)
        {
            return OperationResult.NotFound(OperatorsErrors.PasskeyNotFound());
        }

        db.Remove(row);
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Passkey.Remove", "Passkey", operatorId.ToString(), Before: new { name = row.Data.Name }));
        await db.SaveChangesAsync(ct);
        return OperationResult.Success();
    }

    /// <summary>The options for <c>navigator.credentials.get</c>, naming the operator's own passkeys only.</summary>
    public async Task<PasskeyRequestOptionsResult> RequestOptionsAsync(Operator op, HttpContext http) => await handler.MakeRequestOptionsAsync(op, http);

    /// <summary>Checks the browser's assertion: it must be one of this operator's passkeys; the signature counter is kept.</summary>
    public async Task<OperationResult> VerifyAsync(Operator op, string? credentialJson, string? state, HttpContext http, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(credentialJson) && credentialJson.Length <= 20_000 && !string.IsNullOrEmpty(state))
        {
            var assertion = await handler.PerformAssertionAsync(new PasskeyAssertionContext { HttpContext = http, CredentialJson = credentialJson, AssertionState = state });
            if (assertion.Succeeded && assertion.User.Id == op.Id)
            {
                await users.AddOrUpdatePasskeyAsync(assertion.User, assertion.Passkey);
                return OperationResult.Success();
            }

            log.LogInformation("A passkey was refused for operator {Id}: {Reason}", op.Id, assertion.Failure?.Message ?? "another operator's passkey");
        }

        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "SignIn.PasskeyFailed", nameof(Operator), op.Id.ToString())
        {
            OperatorId = op.Id, OperatorLogin = op.LoginName, OutletId = op.OutletId, OutletCode = op.OutletCode,
        });
        await db.SaveChangesAsync(ct);
        return OperationResult.Fail(FailureKind.Unauthorized, OperatorsErrors.PasskeyNotAccepted());
    }

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static byte[]? FromBase64Url(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 1400)
        {
            return null;
        }

        var s = text.Replace('-', '+').Replace('_', '/');
        s += new string('=', (4 - s.Length % 4) % 4);
        var buffer = new byte[s.Length];
        return Convert.TryFromBase64String(s, buffer, out var n) ? buffer[..n] : null;
    }
}
