using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.Operators.Services;
using Admin.Modules.Operators.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Controllers;

/// <summary>Permission maintenance (操作员权限维护): an operator's effective permissions with their source; direct grants.</summary>
[Route("admin/operators/{id:guid}/permissions")]
public sealed class OperatorPermissionsController(OperatorQueries queries, OperatorAuthority authority, PermissionGrants grants, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    [RequirePermission(OperatorsPermissions.View)]
    public async Task<IActionResult> Index(Guid id, CancellationToken ct)
    {
        var details = await queries.FindAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        var canManage = (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(OperatorsPermissions.Manage))).Succeeded
            && await authority.MayManageAsync(id, ct);
        return View(new OperatorPermissionsViewModel
        {
            Details = details,
            Groups = queries.PermissionGroups(),
            CallerHolds = await authority.CallerHoldsAsync(ct),
            CanManage = canManage,
        });
    }

    [HttpPost("grant")]
    [RequirePermission(OperatorsPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Grant(Guid id, string? permission, CancellationToken ct)
    {
        var result = await grants.GrantAsync(id, permission, ct);
        if (result.Succeeded)
        {
            this.Notify("{0} granted directly.", permission!);
        }

        return Back(id, result);
    }

    [HttpPost("revoke")]
    [RequirePermission(OperatorsPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(Guid id, string? permission, CancellationToken ct)
    {
        var result = await grants.RevokeAsync(id, permission, ct);
        if (result.Succeeded)
        {
            this.Notify("The direct grant of {0} was taken away.", permission!);
        }

        return Back(id, result);
    }

    private IActionResult Back(Guid id, OperationResult result)
    {
        if (result.Failure == FailureKind.NotFound && result.Errors.All(e => e.Code == "operator.notFound"))
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            this.NotifyError(result);
        }

        return LocalRedirect($"~/admin/operators/{id}/permissions");
    }
}
