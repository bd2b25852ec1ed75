using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Admin.Modules.Operators.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Controllers;

/// <summary>Operator password management (操作员密码管理): reset, unlock, disable, enable; buttons on the operator's record.</summary>
[Route("admin/operators/{id:guid}")]
[RequirePermission(OperatorsPermissions.ManagePasswords)]
public sealed class OperatorPasswordsController(OperatorPasswords passwords, OperatorStatusChanges statuses) : Controller
{
    /// <summary>The new temporary password is rendered in this response, once: never put in TempData or a redirect.</summary>
    [HttpPost("reset-password")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ResetPassword(Guid id, CancellationToken ct)
    {
        var result = await passwords.ResetPasswordAsync(id, ct);
        if (!result.Succeeded)
        {
            return Back(id, result);
        }

        Response.Headers.CacheControl = "no-store";
        return View("~/Areas/Operators/Views/Operators/TemporaryPassword.cshtml", new TemporaryPasswordViewModel { Result = result.Value!, Created = false });
    }

    [HttpPost("unlock")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Unlock(Guid id, CancellationToken ct)
    {
        var result = await passwords.UnlockAsync(id, ct);
        if (result.Succeeded)
        {
            this.Notify("Operator {0} unlocked.", result.Value!.LoginName);
        }

        return Back(id, result);
    }

    [HttpPost("disable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Disable(Guid id, CancellationToken ct)
    {
        var result = await statuses.SetStatusAsync(id, nameof(OperatorStatus.Disabled), ct);
        if (result.Succeeded)
        {
            this.Notify("Operator {0} disabled; their sessions have ended.", result.Value!.LoginName);
        }

        return Back(id, result);
    }

    [HttpPost("enable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Enable(Guid id, CancellationToken ct)
    {
        var result = await statuses.SetStatusAsync(id, nameof(OperatorStatus.Active), ct);
        if (result.Succeeded)
        {
            this.Notify("Operator {0} enabled.", result.Value!.LoginName);
        }

        return Back(id, result);
    }

    /// <summary>Back to the record with the outcome as a notice; an operator the caller may not see is 404.</summary>
    private IActionResult Back(Guid id, OperationResult result)
    {
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            this.NotifyError(result);
        }

        return LocalRedirect($"~/admin/operators/{id}");
    }
}
