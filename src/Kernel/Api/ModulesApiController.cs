using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Admin.Kernel.Security;
using Admin.Kernel.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Kernel.Api;

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
