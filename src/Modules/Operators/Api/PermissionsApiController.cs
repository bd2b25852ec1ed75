using Admin.Kernel.Api;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Modules.Operators.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Api;

/// <summary>Permission maintenance (操作员权限维护): the permission catalogue, an operator's effective permissions, direct grants.</summary>
[Route("api")]
public sealed class PermissionsApiController(OperatorQueries queries, PermissionGrants grants, AdminText text) : AdminApiController
{
    /// <summary>Every permission of the enabled modules, grouped by module, with descriptions. Permission: Operators.View.</summary>
    [HttpGet("permissions")]
    [RequirePermission(OperatorsPermissions.View)]
    public IEnumerable<PermissionGroupDto> Catalog() => queries.PermissionGroups().Select(g => PermissionGroupDto.From(g, text));

    /// <summary>
    /// The operator's effective permissions (roles' plus direct grants), each with where it comes from: <c>roles</c> and
    /// <c>direct</c>. Permission: Operators.View.
    /// </summary>
    [HttpGet("operators/{id:guid}/permissions")]
    [RequirePermission(OperatorsPermissions.View)]
    [ProducesResponseType<EffectivePermissionDto[]>(StatusCodes.Status200OK)]
    public async Task<IActionResult> OfOperator(Guid id, CancellationToken ct)
    {
        var result = await queries.PermissionsOfOperatorAsync(id, ct);
        return result.Succeeded ? Ok(result.Value!.Select(p => EffectivePermissionDto.From(p, text))) : Problem(result);
    }

    /// <summary>
    /// Grants a permission directly to the operator; the caller must hold it (403 otherwise). Answers the effective
    /// permissions. Permission: Operators.Manage.
    /// </summary>
    [HttpPost("operators/{id:guid}/permissions/{permission}")]
    [RequirePermission(OperatorsPermissions.Manage)]
    [ProducesResponseType<EffectivePermissionDto[]>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Grant(Guid id, string permission, CancellationToken ct)
    {
        var result = await grants.GrantAsync(id, permission, ct);
        return result.Succeeded ? await OfOperator(id, ct) : Problem(result);
    }

    /// <summary>
    /// Takes a direct grant away (permissions from roles stay; 409 when the permission is not granted directly). Answers the
    /// effective permissions. Permission: Operators.Manage.
    /// </summary>
    [HttpDelete("operators/{id:guid}/permissions/{permission}")]
    [RequirePermission(OperatorsPermissions.Manage)]
    [ProducesResponseType<EffectivePermissionDto[]>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Revoke(Guid id, string permission, CancellationToken ct)
    {
        var result = await grants.RevokeAsync(id, permission, ct);
        return result.Succeeded ? await OfOperator(id, ct) : Problem(result);
    }
}
