using Admin.Kernel.Permissions;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Kernel.Api;

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
