using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.Operators.Services;
using Admin.Modules.Operators.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Controllers;

/// <summary>Operator roles (操作员角色维护): list, record, create, edit with the permission chooser, delete. Screens address roles by id.</summary>
[Route("admin/roles")]
public sealed class RolesController(RoleMaintenance roles, OperatorQueries queries, OperatorAuthority authority, IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("")]
    [RequirePermission(OperatorsPermissions.View)]
    public async Task<IActionResult> Index(string? after, CancellationToken ct)
    {
        var model = new RolesIndexViewModel { IsFirstPage = after is null, CanManage = await MayManageAsync() };
        var result = await roles.ListRolesAsync(after, null, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(model);
        }

        model.Rows = result.Value!.Items;
        model.Next = result.Value.Next;
        return View(model);
    }

    [HttpGet("{id:guid}")]
    [RequirePermission(OperatorsPermissions.View)]
    public async Task<IActionResult> Show(Guid id, CancellationToken ct)
    {
        var role = await roles.FindRoleAsync(id, ct);
        return role is null
            ? NotFound()
            : View(new RoleRecordViewModel { Role = role, Groups = queries.PermissionGroups(), CanManage = await MayManageAsync() });
    }

    [HttpGet("new")]
    [RequirePermission(OperatorsPermissions.ManageRoles)]
    public async Task<IActionResult> Create(CancellationToken ct) => View("Edit", await FormAsync(new RoleFormModel(), null, ct));

    [HttpPost("new")]
    [RequirePermission(OperatorsPermissions.ManageRoles)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(RoleFormModel input, CancellationToken ct)
    {
        var result = await roles.CreateRoleAsync(new RoleInput(input.Name, input.Description, input.Permissions) { NameZh = input.NameZh ?? "", DescriptionZh = input.DescriptionZh ?? "" }, ct);
        if (result.Succeeded)
        {
            this.Notify("Role {0} created.", result.Value!.Name!);
            return RedirectToAction(nameof(Show), new { id = result.Value.Id });
        }

        ModelState.Clear();
        ModelState.AddErrors(result, text);
        return View("Edit", await FormAsync(input, null, ct));
    }

    [HttpGet("{id:guid}/edit")]
    [RequirePermission(OperatorsPermissions.ManageRoles)]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var role = await roles.FindRoleAsync(id, ct);
        if (role is null)
        {
            return NotFound();
        }

        var input = new RoleFormModel
        {
            Name = role.Role.Name, Description = role.Role.Description, NameZh = role.Role.NameZh, DescriptionZh = role.Role.DescriptionZh, Permissions = [.. role.Permissions], Version = Versions.Format(role.Role.Version),
        };
        return View(await FormAsync(input, role, ct));
    }

    /// <summary>A stale edit shows the role as it is now beside what was typed, with the current version, so one more save reapplies it.</summary>
    [HttpPost("{id:guid}/edit")]
    [RequirePermission(OperatorsPermissions.ManageRoles)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(Guid id, RoleFormModel input, CancellationToken ct)
    {
        var result = await roles.UpdateRoleAsync(id, new RoleInput(input.Name, input.Description, input.Permissions, input.Version) { NameZh = input.NameZh ?? "", DescriptionZh = input.DescriptionZh ?? "" }, ct);
        if (result.Succeeded)
        {
            this.Notify("Role {0} saved.", result.Value!.Name!);
            return RedirectToAction(nameof(Show), new { id });
        }

        var role = await roles.FindRoleAsync(id, ct);
        if (role is null || result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        ModelState.Clear();
        ModelState.AddErrors(result, text);
        if (result.Failure == FailureKind.Conflict && result.Extensions.ContainsKey("version"))
        {
            input.Current = role;
            input.Version = Versions.Format(role.Role.Version);
        }

        return View(await FormAsync(input, role, ct));
    }

    [HttpPost("{id:guid}/delete")]
    [RequirePermission(OperatorsPermissions.ManageRoles)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(Guid id, string? version, CancellationToken ct)
    {
        var role = await roles.FindRoleAsync(id, ct);
        if (role is null)
        {
            return NotFound();
        }

        var result = await roles.DeleteRoleAsync(id, version, ct);
        if (!result.Succeeded)
        {
            this.NotifyError(result);
            return RedirectToAction(nameof(Show), new { id });
        }

        this.Notify("Role {0} deleted.", role.Role.Name!);
        return RedirectToAction(nameof(Index));
    }

    private async Task<RoleFormModel> FormAsync(RoleFormModel input, RoleDetails? role, CancellationToken ct)
    {
        input.Role = role;
        input.Groups = queries.PermissionGroups();
        input.CallerHolds = await authority.CallerHoldsAsync(ct);
        return input;
    }

    private async Task<bool> MayManageAsync() =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(OperatorsPermissions.ManageRoles))).Succeeded;
}
