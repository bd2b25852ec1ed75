using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Admin.Kernel.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Kernel.Controllers;

[Route("admin/settings")]
public sealed class SettingsController(SystemSettings settings, ICurrentOperator current, IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("")]
    [RequirePermission(KernelPermissions.ViewSettings)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await BuildAsync(ct));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [RequirePermission(KernelPermissions.ManageSettings)]
    public async Task<IActionResult> Save(SettingEditInput input, CancellationToken ct)
    {
        // An empty field binds as null whatever the property's initialiser (found by the bad-input suite).
        input.Key ??= "";
        var result = await settings.SetAsync(input.Key, input.Value, input.Version, current.LoginName, ct);
        if (result.Succeeded)
        {
            this.Notify("Setting {0} saved.", input.Key);
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddErrors(result, text, prefix: input.Key);
        ViewData["FailedKey"] = input.Key;
        ViewData["FailedValue"] = input.Value;
        return View(nameof(Index), await BuildAsync(ct));
    }

    private async Task<SettingsIndexViewModel> BuildAsync(CancellationToken ct) => new()
    {
        Settings = await settings.ListAsync(ct),
        CanEdit = (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(KernelPermissions.ManageSettings))).Succeeded,
    };
}
