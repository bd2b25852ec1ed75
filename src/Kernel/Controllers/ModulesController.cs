using Admin.Kernel.Localization;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Kernel.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Kernel.Controllers;

[Route("admin/modules")]
[RequirePermission(KernelPermissions.ManageModules)]
public sealed class ModulesController(ModuleCatalog catalog, ModuleStates states, ModuleSwitcher switcher, ICurrentOperator current, AdminText text) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(ModuleRows.Build(catalog, states));

    [HttpPost("{id}/enable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Enable(string id, CancellationToken ct)
    {
        var result = await switcher.EnableAsync(id, current.LoginName, ct);
        if (result.Succeeded)
        {
            this.Notify("Modules enabled: {0}.", string.Join(", ", (result.Value!.Count == 0 ? [id] : result.Value).Select(m => text[catalog.Find(m)?.DisplayName ?? m].Value)));
        }
        else
        {
            this.NotifyError(result);
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/disable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Disable(string id, CancellationToken ct)
    {
        var result = await switcher.DisableAsync(id, current.LoginName, ct);
        if (result.Succeeded)
        {
            this.Notify("Module {0} disabled.", text[catalog.Find(id)!.DisplayName].Value);
        }
        else
        {
            this.NotifyError(result);
        }

        return RedirectToAction(nameof(Index));
    }
}
