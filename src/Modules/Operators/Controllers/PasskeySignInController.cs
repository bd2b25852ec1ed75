using Admin.Kernel.Localization;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Admin.Modules.Operators.ViewModels;
using Admin.Modules.Outlets.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Controllers;

/// <summary>
/// The sign-in's second step for administrators when <c>Operators.AdministratorsNeedPasskey</c> is on: the password was
/// right (kept for five minutes in a protected cookie), now their passkey. An administrator who has none yet registers
/// one here, having just proved the password, and is then signed in (docs/decisions/0014 says why).
/// </summary>
[Route("login/passkey")]
[AllowAnonymous]
public sealed class PasskeySignInController(OperatorPasskeys passkeys, PasskeyCookie cookie, UserManager<Operator> users, IOutletDirectory outlets, AdminText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await PendingAsync() is { } op ? View(new PasskeyStepModel { Register = !await passkeys.HasAnyAsync(op.Id, ct) }) : Restart();

    /// <summary>The options for <c>navigator.credentials.get</c> (or <c>create</c> for a first passkey), as JSON.</summary>
    [HttpPost("options")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(SignInLimiter.Policy)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Options(CancellationToken ct)
    {
        var pending = cookie.Read(HttpContext, PasskeyCookie.SignInName);
        if (pending is null || await users.FindByIdAsync(pending.OperatorId.ToString()) is not { } op)
        {
            return BadRequest();
        }

        string json, state;
        if (await passkeys.HasAnyAsync(op.Id, ct))
        {
            var request = await passkeys.RequestOptionsAsync(op, HttpContext);
            (json, state) = (request.RequestOptionsJson, request.AssertionState ?? "");
        }
        else
        {
            var creation = await passkeys.CreationOptionsAsync(op, HttpContext);
            (json, state) = (creation.CreationOptionsJson, creation.AttestationState ?? "");
        }

        cookie.Write(HttpContext, PasskeyCookie.SignInName, pending with { State = state });
        Response.Headers.CacheControl = "no-store";
        return Content(json, "application/json");
    }

    [HttpPost("")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(SignInLimiter.Policy)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index(PasskeyInput input, CancellationToken ct)
    {
        var pending = cookie.Read(HttpContext, PasskeyCookie.SignInName);
        if (pending is null || await users.FindByIdAsync(pending.OperatorId.ToString()) is not { } op)
        {
            return Restart();
        }

        var register = !await passkeys.HasAnyAsync(op.Id, ct);
        var result = register
            ? await passkeys.AddAsync(op.Id, input.Name, input.Credential, pending.State, HttpContext, ct)
            : await passkeys.VerifyAsync(op, input.Credential, pending.State, HttpContext, ct);
        var outlet = await outlets.FindAsync(op.OutletId, ct);
        if (result.Succeeded && (op.Status != OperatorStatus.Active || op.IsLocked || outlet is null || !outlet.AllowsSignIn))
        {
            // Changed in the minutes between the password and the passkey: start again (and be told why).
            return Restart();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddErrors(result, text);
            return View(new PasskeyStepModel { Register = register, Name = input.Name });
        }

        await passkeys.CompleteSignInAsync(HttpContext, op, register, ct);
        await AccountController.SignInCookieAsync(HttpContext, new SignedInOperator(op, outlet!, pending.MustChangePassword));
        return pending.MustChangePassword
            ? Redirect("/account/change-password?returnUrl=" + Uri.EscapeDataString(pending.ReturnUrl ?? "/"))
            : LocalRedirect(AccountController.SafeReturn(Url, pending.ReturnUrl));
    }

    private async Task<Operator?> PendingAsync() =>
        cookie.Read(HttpContext, PasskeyCookie.SignInName) is { } pending ? await users.FindByIdAsync(pending.OperatorId.ToString()) : null;

    private IActionResult Restart()
    {
        cookie.Clear(HttpContext, PasskeyCookie.SignInName);
        this.NotifyError(OperationResult.Fail(FailureKind.Unauthorized, OperatorsErrors.PasskeySignInExpired()));
        return Redirect("/login");
    }
}
