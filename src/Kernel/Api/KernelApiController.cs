using System.ComponentModel.DataAnnotations;
using Admin.Kernel.Audit;
using Admin.Kernel.Modules;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Admin.Kernel.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Kernel.Api;

/// <summary>Switch a module on or off.</summary>
public sealed record ModuleSwitchRequest([Required] string Id, [Required] bool? Enabled);

/// <summary>A module and its state.</summary>
public sealed record ModuleDto(string Id, string DisplayName, string Description, IReadOnlyList<string> DependsOn, IReadOnlyList<string> RequiredBy, bool Enabled, bool CanBeDisabled);

/// <summary>An audit event.</summary>
public sealed record AuditEventDto(long Id, DateTime OccurredAt, Guid? OperatorId, string? Operator, string? Outlet, string Module, string Action, string? EntityType, string? EntityId, string? ClientIp, string? Before, string? After, string? Summary);

/// <summary>A system setting.</summary>
public sealed record SettingDto(string Key, string Description, string Type, string Value, string Default, decimal? Min, decimal? Max, bool IsDefault, string Version);

/// <summary>A new value for a setting.</summary>
public sealed record SettingUpdate(string? Value, [Required] string? Version);

[Route("api/modules")]
[RequirePermission(KernelPermissions.ManageModules)]
public sealed class ModulesApiController(ModuleCatalog catalog, ModuleStates states, ModuleSwitcher switcher, ICurrentOperator current) : AdminApiController
{
    /// <summary>Every module with description, dependencies and state. Permission: Kernel.ManageModules.</summary>
    [HttpGet("")]
    public IEnumerable<ModuleDto> List() => ModuleRows.Build(catalog, states).Select(KernelApiMapper.ToDto).ToList();

    /// <summary>Enables (with its dependencies) or disables a module. Permission: Kernel.ManageModules.</summary>
    [HttpPost("")]
    [ProducesResponseType<ModuleDto[]>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Switch(ModuleSwitchRequest request, CancellationToken ct)
    {
        var result = request.Enabled == true
            ? await switcher.EnableAsync(request.Id, current.LoginName, ct)
            : await switcher.DisableAsync(request.Id, current.LoginName, ct);
        return result.Succeeded ? Ok(List()) : Problem(result);
    }
}

[Route("api/audit/events")]
[RequirePermission(KernelPermissions.ViewAuditTrail)]
public sealed class AuditApiController(AuditQuery query) : AdminApiController
{
    /// <summary>The audit trail, newest first, keyset-paged. Permission: Kernel.ViewAuditTrail.</summary>
    [HttpGet("")]
    [ProducesResponseType<Page<AuditEventDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? module, string? @operator, string? outlet, DateOnly? from, DateOnly? to, string? after, int? limit, CancellationToken ct)
    {
        var result = await query.ListAsync(new AuditFilter(module, @operator, outlet, from, to, after, limit), ct);
        return result.Succeeded
            ? Ok(new Page<AuditEventDto>(result.Value!.Items.Select(KernelApiMapper.ToDto).ToList(), result.Value.Next))
            : Problem(result);
    }

    /// <summary>The filtered audit trail as CSV. Permission: Kernel.ViewAuditTrail.</summary>
    [HttpGet("export.csv")]
    [Produces("text/csv")]
    public async Task Export(string? module, string? @operator, string? outlet, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        await Controllers.AuditCsv.WriteAsync(Response.Body, query.StreamAsync(new AuditFilter(module, @operator, outlet, from, to, null, null)), ct);
    }
}

[Route("api/settings")]
public sealed class SettingsApiController(SystemSettings settings, ICurrentOperator current) : AdminApiController
{
    /// <summary>Every setting of the enabled modules. Permission: Kernel.ViewSettings.</summary>
    [HttpGet("")]
    [RequirePermission(KernelPermissions.ViewSettings)]
    public async Task<IEnumerable<SettingDto>> List(CancellationToken ct) => (await settings.ListAsync(ct)).Select(KernelApiMapper.ToDto).ToList();

    /// <summary>Changes a setting; send the version you read ("0" for a default). Permission: Kernel.ManageSettings.</summary>
    [HttpPut("{key}")]
    [RequirePermission(KernelPermissions.ManageSettings)]
    public async Task<IActionResult> Update(string key, SettingUpdate update, CancellationToken ct)
    {
        var result = await settings.SetAsync(key, update.Value, update.Version, current.LoginName, ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        return Ok((await settings.ListAsync(ct)).Where(s => s.Definition.Key == key).Select(KernelApiMapper.ToDto).First());
    }
}
