using Admin.Kernel.Api;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Permissions;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Controllers;
using Admin.Modules.Operators.Services;
using Admin.Modules.Outlets.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Api;

/// <summary>The login form's three fields.</summary>
public sealed record TokenRequest(string? OutletCode, string? LoginName, string? Password);

/// <summary>A password change by the signed-in operator.</summary>
public sealed record ChangePasswordRequest(string? OldPassword, string? NewPassword, string? ConfirmPassword);

[Route("api/auth")]
public sealed class AuthApiController(
    SignInService signIn, OwnPasswords passwords, TokenService tokens, IOutletDirectory outlets, AdminDbContext db, IAuditTrail audit, ICurrentOperator current)
    : AdminApiController
{
    /// <summary>
    /// Signs in with outlet code, login name and password and answers OpenIddict tokens (renew them at
    /// <c>POST /connect/token</c> with <c>grant_type=refresh_token</c>). Anonymous. 401 wrong password, 423 locked, 403
    /// <c>signIn.passkeyRequired</c> for an administrator when <c>Operators.AdministratorsNeedPasskey</c> is on (a password
    /// alone is not enough for them: use the authorization code flow, whose sign-in page asks for the passkey).
    /// </summary>
    [HttpPost("token")]
    [AllowAnonymous]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(SignInLimiter.Policy)]
    [ProducesResponseType<TokenResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Token(TokenRequest request, CancellationToken ct)
    {
        // No passkey step can follow here: an administrator who needs one is refused (403 signIn.passkeyRequired), audited so.
        var result = await signIn.PasswordSignInAsync(request.OutletCode, request.LoginName, request.Password, passkeyStepFollows: false, ct);
        return result.Succeeded ? Ok(await tokens.IssueAsync(result.Value!, ct)) : Problem(result);
    }

    /// <summary>Sets a new password (the only call allowed while one is required) and answers new tokens. Signed in.</summary>
    [HttpPost("change-password")]
    [RequireSignedIn]
    [AllowDuringPasswordChange]
    [ProducesResponseType<TokenResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ChangePassword(ChangePasswordRequest request, CancellationToken ct)
    {
        var result = await passwords.SetOwnPasswordAsync(current.OperatorId!.Value, request.OldPassword, request.NewPassword, request.ConfirmPassword, ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var outlet = (await outlets.FindAsync(result.Value!.OutletId, ct))!;
        return Ok(await tokens.IssueAsync(new SignedInOperator(result.Value, outlet, false), ct));
    }

    /// <summary>Signs out: ends this operator's sessions and tokens. Signed in.</summary>
    [HttpPost("signout")]
    [RequireSignedIn]
    [AllowDuringPasswordChange]
    public async Task<IActionResult> SignOutNow(CancellationToken ct)
    {
        await AccountController.EndSessionAsync(db, audit, current, ct);
        return NoContent();
    }
}
