using Admin.Kernel.Api;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Api;

/// <summary>Operator roles (操作员角色维护), addressed by name (any case).</summary>
[Route("api/roles")]
public sealed class RolesApiController(RoleMaintenance roles) : AdminApiController
{
    /// <summary>Roles by name, keyset-paged, with their permissions and how many operators hold each. Permission: Operators.View.</summary>
    [HttpGet("")]
    [RequirePermission(OperatorsPermissions.View)]
    [ProducesResponseType<Page<RoleDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? after, int? limit, CancellationToken ct)
    {
        var result = await roles.ListRolesAsync(after, limit, ct);
        return result.Succeeded ? Ok(new Page<RoleDto>(result.Value!.Items.Select(OperatorsApiMapper.ToDto).ToList(), result.Value.Next)) : Problem(result);
    }

    /// <summary>
    /// Creates a role with permissions of enabled modules, all of which the caller must hold (403 otherwise). 201 with the
    /// role. Permission: Operators.ManageRoles.
    /// </summary>
    [HttpPost("")]
    [RequirePermission(OperatorsPermissions.ManageRoles)]
    [ProducesResponseType<RoleDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(RoleRequest request, CancellationToken ct)
    {
        var result = await roles.CreateRoleAsync(new RoleInput(request.Name, request.Description, request.Permissions), ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var role = (await roles.FindRoleAsync(result.Value!.Id, ct))!;
        return Created($"/api/roles/{Uri.EscapeDataString(role.Role.Name ?? "")}", OperatorsApiMapper.ToDto(role));
    }

    /// <summary>One role with its permissions and version. Permission: Operators.View.</summary>
    [HttpGet("{name}")]
    [RequirePermission(OperatorsPermissions.View)]
    [ProducesResponseType<RoleDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(string name, CancellationToken ct)
    {
        var role = await roles.FindRoleAsync(name, ct);
        return role is null ? Problem(OperationResult.NotFound(OperatorsErrors.RoleNotFound())) : Ok(OperatorsApiMapper.ToDto(role));
    }

    /// <summary>
    /// Changes name, description and permissions; send the version you read (stale: 409). Added permissions must be held
    /// by the caller; the Administrator role keeps the permissions that manage operators, roles and modules. Omitting
    /// <c>name</c> or <c>permissions</c> leaves them unchanged. Permission: Operators.ManageRoles.
    /// </summary>
    [HttpPut("{name}")]
    [RequirePermission(OperatorsPermissions.ManageRoles)]
    [ProducesResponseType<RoleDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(string name, RoleRequest request, CancellationToken ct)
    {
        var role = await roles.FindRoleAsync(name, ct);
        if (role is null)
        {
            return Problem(OperationResult.NotFound(OperatorsErrors.RoleNotFound()));
        }

        var result = await roles.UpdateRoleAsync(role.Role.Id, new RoleInput(request.Name, request.Description, request.Permissions, request.Version), ct);
        return result.Succeeded ? (await roles.FindRoleAsync(role.Role.Id, ct) is { } updated ? Ok(OperatorsApiMapper.ToDto(updated)) : Problem(OperationResult.NotFound(OperatorsErrors.RoleNotFound()))) : Problem(result);
    }

    /// <summary>
    /// Deletes a role no operator holds (409 while any does; the Administrator role: always 409). <c>version</c> optional.
    /// Permission: Operators.ManageRoles.
    /// </summary>
    [HttpDelete("{name}")]
    [RequirePermission(OperatorsPermissions.ManageRoles)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(string name, string? version, CancellationToken ct)
    {
        var role = await roles.FindRoleAsync(name, ct);
        if (role is null)
        {
            return Problem(OperationResult.NotFound(OperatorsErrors.RoleNotFound()));
        }

        var result = await roles.DeleteRoleAsync(role.Role.Id, version, ct);
        return result.Succeeded ? NoContent() : Problem(result);
    }
}
