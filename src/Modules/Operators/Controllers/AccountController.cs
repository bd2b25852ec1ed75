using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Admin.Modules.Operators.ViewModels;
using Admin.Modules.Outlets.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Controllers;

/// <summary>Sign-in (系统登录), the login window's change password, sign-out, and the forced password change.</summary>
public sealed class AccountController(
    SignInService signIn, OwnPasswords passwords, IOutletDirectory outlets, AdminDbContext db, IAuditTrail audit, ICurrentOperator current, AdminText text, OperatorPasskeys passkeys)
    : Controller
{
    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturn(returnUrl)) : View(new LoginInput { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [AllowAnonymous]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(SignInLimiter.Policy)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginInput input, CancellationToken ct)
    {
        var result = await signIn.PasswordSignInAsync(input.OutletCode, input.LoginName, input.Password, passkeyStepFollows: true, ct);
        if (!result.Succeeded)
        {
            input.Password = null;
            input.Locked = result.Failure == FailureKind.Locked;
            ModelState.Clear();
            ModelState.AddErrors(result, text);
            return View(input);
        }

        var signedIn = result.Value!;
        if (signedIn.PasskeyStepPending)
        {
            passkeys.BeginSignIn(HttpContext, signedIn, input.ReturnUrl);
            return Redirect("/login/passkey");
        }

        await SignInCookieAsync(HttpContext, signedIn);
        return signedIn.MustChangePassword
            ? RedirectToAction(nameof(ChangePassword), new { returnUrl = input.ReturnUrl })
            : LocalRedirect(SafeReturn(input.ReturnUrl));
    }

    [HttpGet("login/change-password")]
    [AllowAnonymous]
    public async Task<IActionResult> ChangePasswordAtLogin(string? outletCode, string? loginName, CancellationToken ct)
    {
        ViewData["PolicyHint"] = await PolicyHintAsync(ct);
        return View(new ChangePasswordAtLoginInput { OutletCode = outletCode, LoginName = loginName });
    }

    [HttpPost("login/change-password")]
    [AllowAnonymous]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(SignInLimiter.Policy)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangePasswordAtLogin(ChangePasswordAtLoginInput input, CancellationToken ct)
    {
        var result = await signIn.ChangePasswordAtLoginAsync(input.OutletCode, input.LoginName, input.OldPassword, input.NewPassword, input.ConfirmPassword, ct);
        if (!result.Succeeded)
        {
            input.OldPassword = input.NewPassword = input.ConfirmPassword = null;
            ModelState.Clear();
            ModelState.AddErrors(result, text);
            ViewData["PolicyHint"] = await PolicyHintAsync(ct);
            return View(input);
        }

        this.Notify("Your password was changed. Sign in with the new one.");
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("account/change-password")]
    [RequireSignedIn]
    [AllowDuringPasswordChange]
    public async Task<IActionResult> ChangePassword(string? returnUrl, CancellationToken ct) =>
        View(new ChangePasswordInput { ReturnUrl = returnUrl, Required = User.HasClaim(c => c.Type == AdminClaims.MustChangePassword), PolicyHint = await PolicyHintAsync(ct) });

    [HttpPost("account/change-password")]
    [RequireSignedIn]
    [AllowDuringPasswordChange]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input, CancellationToken ct)
    {
        var result = await passwords.SetOwnPasswordAsync(current.OperatorId!.Value, input.OldPassword, input.NewPassword, input.ConfirmPassword, ct);
        if (!result.Succeeded)
        {
            input.OldPassword = input.NewPassword = input.ConfirmPassword = null;
            input.Required = User.HasClaim(c => c.Type == AdminClaims.MustChangePassword);
            input.PolicyHint = await PolicyHintAsync(ct);
            ModelState.Clear();
            ModelState.AddErrors(result, text);
            return View(input);
        }

        var outlet = (await outlets.FindAsync(result.Value!.OutletId, ct))!;
        await SignInCookieAsync(HttpContext, new SignedInOperator(result.Value, outlet, false));
        this.Notify("Your password was changed.");
        return LocalRedirect(SafeReturn(input.ReturnUrl));
    }

    [HttpPost("account/signout")]
    [RequireSignedIn]
    [AllowDuringPasswordChange]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignOutNow(CancellationToken ct)
    {
        await EndSessionAsync(db, audit, current, ct);
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("account/denied")]
    [RequireSignedIn]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>Ends the operator's sessions and tokens (a new security stamp) and audits the sign-out.</summary>
    internal static async Task EndSessionAsync(AdminDbContext db, IAuditTrail audit, ICurrentOperator current, CancellationToken ct)
    {
        if (current.OperatorId is not { } id)
        {
            return;
        }

        var op = await db.Set<Operator>().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (op is not null)
        {
            op.SecurityStamp = Guid.NewGuid().ToString("N");
            audit.Record(new AuditRecord(OperatorsModule.ModuleId, "SignOut", nameof(Operator), id.ToString()));
            await db.SaveChangesAsync(ct);
            await OperatorTokens.RevokeAsync(db, id, ct);
        }
    }

    /// <summary>The session cookie of a signed-in operator (and their language); also the end of the passkey step.</summary>
    internal static async Task SignInCookieAsync(HttpContext http, SignedInOperator signedIn)
    {
        var principal = OperatorPrincipal.Create(signedIn.Operator, signedIn.Outlet, signedIn.MustChangePassword, IdentityConstants.ApplicationScheme);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal);
        if (signedIn.Operator.PreferredCulture is { } culture && AdminCultures.All.Contains(culture))
        {
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
        }
    }

    private async Task<string> PolicyHintAsync(CancellationToken ct)
    {
        var policy = await passwords.PolicyAsync(ct);
        return policy.Modern
            ? text["{0} to {1} characters; not a common password, not your login name; not one of your last {2}.", policy.MinLength, policy.MaxLength, policy.History].Value
            : text["{0} to {1} characters with both letters and digits (case-sensitive); not your login name; not one of your last {2}.", policy.MinLength, policy.MaxLength, policy.History].Value;
    }

    // Local, and printable ASCII only: anything else cannot go into a Location header (found by the wapiti scan).
    internal static string SafeReturn(IUrlHelper url, string? returnUrl) => url.IsLocalUrl(returnUrl) && returnUrl.All(c => c is > ' ' and < '\u007f') ? returnUrl : "/";

    private string SafeReturn(string? returnUrl) => SafeReturn(Url, returnUrl);
}
