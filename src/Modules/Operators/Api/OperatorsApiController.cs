using Admin.Kernel.Api;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Controllers;
using Admin.Modules.Operators.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Api;

/// <summary>Operators (操作员信息维护, 更改登录ID, 操作员密码管理). Ids that are not GUIDs match no route: 404.</summary>
[Route("api/operators")]
public sealed class OperatorsApiController(OperatorQueries queries, OperatorMaintenance maintenance, OperatorPasswords passwords, OperatorStatusChanges statuses) : AdminApiController
{
    /// <summary>
    /// Operators the caller may see, by outlet code and login name, keyset-paged. Filters: <c>search</c> (login name, name,
    /// employee number), <c>outlet</c> (code), <c>status</c> (Active, Disabled, Locked, MustChangePassword), <c>role</c>.
    /// Permission: Operators.View.
    /// </summary>
    [HttpGet("")]
    [RequirePermission(OperatorsPermissions.View)]
    [ProducesResponseType<Page<OperatorListItemDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? search, string? outlet, string? status, string? role, string? after, int? limit, CancellationToken ct)
    {
        var result = await queries.ListAsync(new OperatorFilter(search, outlet, status, role, after, limit), ct);
        return result.Succeeded
            ? Ok(new Page<OperatorListItemDto>(result.Value!.Items.Select(OperatorsApiMapper.ToDto).ToList(), result.Value.Next))
            : Problem(result);
    }

    /// <summary>The filtered operators as CSV (same filters as the list). Permission: Operators.View.</summary>
    [HttpGet("export.csv")]
    [RequirePermission(OperatorsPermissions.View)]
    [Produces("text/csv")]
    public async Task<IActionResult> Export(string? search, string? outlet, string? status, string? role, CancellationToken ct)
    {
        var result = await queries.ExportAsync(new OperatorFilter(search, outlet, status, role), ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        Response.ContentType = "text/csv; charset=utf-8";
        await OperatorsCsv.WriteAsync(Response.Body, result.Value!, await Kernel.Time.LocalTimes.OffsetAsync(HttpContext), ct);
        return new EmptyResult();
    }

    /// <summary>
    /// Creates an operator at an outlet the caller may see, with roles whose permissions the caller holds. Answers 201 with
    /// the operator and its one-time <c>temporaryPassword</c> (shown only now; it must be changed at first sign-in).
    /// Permission: Operators.Manage.
    /// </summary>
    [HttpPost("")]
    [RequirePermission(OperatorsPermissions.Manage)]
    [ProducesResponseType<OperatorWithPasswordDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(NewOperatorRequest request, CancellationToken ct)
    {
        var result = await maintenance.AddOperatorAsync(
            new NewOperator(request.OutletCode, request.LoginName, request.DisplayName, request.EmployeeNumber, request.Phone, Names(request.Roles)), ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        return Created($"/api/operators/{result.Value!.Operator.Id}", OperatorsApiMapper.ToDto(result.Value));
    }

    /// <summary>One operator with its version. Permission: Operators.View.</summary>
    [HttpGet("{id:guid}")]
    [RequirePermission(OperatorsPermissions.View)]
    [ProducesResponseType<OperatorDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, CancellationToken ct)
    {
        var details = await queries.FindAsync(id, ct);
        return details is null ? Problem(OperationResult.NotFound(OperatorsErrors.NotFound())) : Ok(OperatorsApiMapper.ToDto(details));
    }

    /// <summary>
    /// Changes name, employee number, phone and roles; send the version you read (stale: 409 with the current version).
    /// Omitting <c>roles</c> leaves them unchanged. Permission: Operators.Manage.
    /// </summary>
    [HttpPut("{id:guid}")]
    [RequirePermission(OperatorsPermissions.Manage)]
    [ProducesResponseType<OperatorDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(Guid id, OperatorUpdateRequest request, CancellationToken ct)
    {
        var result = await maintenance.UpdateAsync(id, new OperatorChanges(request.DisplayName, request.EmployeeNumber, request.Phone, request.Roles, request.Version), ct);
        return result.Succeeded ? await CurrentAsync(id, ct) : Problem(result);
    }

    /// <summary>
    /// Change login ID (更改登录ID): a new login name unique within the outlet; the old one stops working and the operator's
    /// sessions and tokens end at once. Permission: Operators.Manage.
    /// </summary>
    [HttpPost("{id:guid}/login-name")]
    [RequirePermission(OperatorsPermissions.Manage)]
    [ProducesResponseType<OperatorDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ChangeLoginName(Guid id, LoginNameRequest request, CancellationToken ct)
    {
        var result = await maintenance.ChangeLoginNameAsync(id, request.LoginName, request.Version, ct);
        return result.Succeeded ? await CurrentAsync(id, ct) : Problem(result);
    }

    /// <summary>
    /// Resets the password: answers the operator with a new one-time <c>temporaryPassword</c> (shown only now), which must
    /// be changed at the next sign-in; unlocks, and ends every session and token. Permission: Operators.ManagePasswords.
    /// </summary>
    [HttpPost("{id:guid}/reset-password")]
    [RequirePermission(OperatorsPermissions.ManagePasswords)]
    [ProducesResponseType<OperatorWithPasswordDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ResetPassword(Guid id, CancellationToken ct)
    {
        var result = await passwords.ResetPasswordAsync(id, ct);
        return result.Succeeded
            ? Ok(OperatorsApiMapper.ToDto(result.Value!))
            : Problem(result);
    }

    /// <summary>Unlocks an operator locked by wrong passwords and clears the failure count. Permission: Operators.ManagePasswords.</summary>
    [HttpPost("{id:guid}/unlock")]
    [RequirePermission(OperatorsPermissions.ManagePasswords)]
    [ProducesResponseType<OperatorDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Unlock(Guid id, CancellationToken ct)
    {
        var result = await passwords.UnlockAsync(id, ct);
        return result.Succeeded ? await CurrentAsync(id, ct) : Problem(result);
    }

    /// <summary>
    /// Disables (<c>{"status": "Disabled"}</c>: sessions and tokens end at once) or enables (<c>"Active"</c>) an operator.
    /// Permission: Operators.ManagePasswords.
    /// </summary>
    [HttpPost("{id:guid}/status")]
    [RequirePermission(OperatorsPermissions.ManagePasswords)]
    [ProducesResponseType<OperatorDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> SetStatus(Guid id, StatusRequest request, CancellationToken ct)
    {
        var result = await statuses.SetStatusAsync(id, request.Status, ct);
        return result.Succeeded ? await CurrentAsync(id, ct) : Problem(result);
    }

    /// <summary>What happened to the operator (audit events about them), newest first, keyset-paged. Permission: Operators.View.</summary>
    [HttpGet("{id:guid}/history")]
    [RequirePermission(OperatorsPermissions.View)]
    [ProducesResponseType<Page<AuditEventDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> History(Guid id, string? after, int? limit, CancellationToken ct)
    {
        var result = await queries.HistoryAsync(id, after, limit, ct);
        return result.Succeeded
            ? Ok(new Page<AuditEventDto>(result.Value!.Items.Select(KernelApiMapper.ToDto).ToList(), result.Value.Next))
            : Problem(result);
    }

    private async Task<IActionResult> CurrentAsync(Guid id, CancellationToken ct)
    {
        var details = await queries.FindAsync(id, ct);
        return details is null ? Problem(OperationResult.NotFound(OperatorsErrors.NotFound())) : Ok(OperatorsApiMapper.ToDto(details));
    }

    private static List<string>? Names(List<string?>? names) => names?.Where(n => n is not null).Select(n => n!).ToList();
}
