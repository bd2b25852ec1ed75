using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Admin.Modules.Operators.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Controllers;

/// <summary>An administrator's own passkeys, on their profile page: register one (the browser's two-step ceremony), remove one.</summary>
[Route("account/passkeys")]
[RequireSignedIn]
public sealed class PasskeysController(OperatorPasskeys passkeys, PasskeyCookie cookie, UserManager<Operator> users, ICurrentOperator current) : Controller
{
    private const string Profile = "/account/profile";

    /// <summary>The options for <c>navigator.credentials.create</c> (JSON); the challenge is kept in a protected cookie.</summary>
    [HttpPost("options")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Options(CancellationToken ct)
    {
        if (current.OperatorId is not { } id || !await passkeys.IsAdministratorAsync(id, ct) || await users.FindByIdAsync(id.ToString()) is not { } op)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var options = await passkeys.CreationOptionsAsync(op, HttpContext);
        cookie.Write(HttpContext, PasskeyCookie.RegisterName, cookie.New(id, null, false) with { State = options.AttestationState });
        Response.Headers.CacheControl = "no-store";
        return Content(options.CreationOptionsJson, "application/json");
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Add(PasskeyInput input, CancellationToken ct)
    {
        var id = current.OperatorId!.Value;
        var pending = cookie.Read(HttpContext, PasskeyCookie.RegisterName);
        cookie.Clear(HttpContext, PasskeyCookie.RegisterName);
        var result = !await passkeys.IsAdministratorAsync(id, ct)
            ? OperationResult.Fail(FailureKind.Forbidden, OperatorsErrors.PasskeysForAdministrators())
            : await passkeys.AddAsync(id, input.Name, input.Credential, pending?.OperatorId == id ? pending.State : null, HttpContext, ct);
        if (result.Succeeded)
        {
            this.Notify("The passkey was registered.");
        }
        else
        {
            this.NotifyError(result);
        }

        return Redirect(Profile);
    }

    [HttpPost("{id}/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove(string id, CancellationToken ct)
    {
        var result = await passkeys.RemoveAsync(current.OperatorId!.Value, id, ct);
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        this.Notify("The passkey was removed.");
        return Redirect(Profile);
    }
}
