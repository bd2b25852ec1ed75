using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Kernel.Settings;
using Admin.Modules.Stations.Services;
using Admin.Modules.Stations.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Stations.Controllers;

/// <summary>Head office's terminals on screens: the list with the silent flag, registration (the key shown once), parameters, key rotation.</summary>
public sealed class TerminalsController(TerminalRegistry registry, SystemSettings settings, IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("stations/terminals")]
    [RequirePermission(StationsPermissions.View)]
    public async Task<IActionResult> Index(string? q, bool silent, string? after, CancellationToken ct)
    {
        var page = await registry.ListAsync(q, silent, after, 50, ct);
        return View(new TerminalListViewModel
        {
            Q = q, Silent = silent, Items = page.Items, Next = page.Next, SilentMinutes = await settings.GetIntAsync(StationsSettings.SilentMinutes, ct),
            CanManage = await CanManageAsync(),
        });
    }

    [HttpGet("stations/terminals/new")]
    [RequirePermission(StationsPermissions.Manage)]
    public IActionResult New() => View("Form", new TerminalFormViewModel { IsNew = true });

    [HttpPost("stations/terminals/new")]
    [RequirePermission(StationsPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New(TerminalFormViewModel form, CancellationToken ct)
    {
        form.IsNew = true;
        if (!ModelState.IsValid)
        {
            return View("Form", form);
        }

        var result = await registry.RegisterAsync(form.ToInput(), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View("Form", form);
        }

        // The key is the direct answer of the post, shown this once; a reload does not show it again.
        return View("Key", new TerminalKeyViewModel { Terminal = result.Value.Terminal, Key = result.Value.Key });
    }

    [HttpGet("stations/terminals/{terminalId}")]
    [RequirePermission(StationsPermissions.View)]
    public async Task<IActionResult> Details([FromRoute] string terminalId, CancellationToken ct)
    {
        var view = await registry.FindAsync(terminalId.Trim().ToUpperInvariant(), ct);
        if (view is null)
        {
            return NotFound();
        }

        return View(new TerminalDetailsViewModel
        {
            View = view, Gaps = await registry.GapsAsync(view.Terminal.Id, ct), Batches = await registry.BatchesAsync(view.Terminal.Id, ct),
            NotPosted = await registry.ExceptionsAsync(view.Terminal.Id, ct), Silences = await registry.SilencesAsync(view.Terminal.Id, ct), CanManage = await CanManageAsync(),
        });
    }

    [HttpGet("stations/terminals/{terminalId}/edit")]
    [RequirePermission(StationsPermissions.Manage)]
    public async Task<IActionResult> Edit([FromRoute] string terminalId, CancellationToken ct)
    {
        var view = await registry.FindAsync(terminalId.Trim().ToUpperInvariant(), ct);
        return view is null ? NotFound() : View("Form", TerminalFormViewModel.Of(view.Terminal));
    }

    [HttpPost("stations/terminals/{terminalId}/edit")]
    [RequirePermission(StationsPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromRoute] string terminalId, TerminalFormViewModel form, CancellationToken ct)
    {
        form.TerminalId = terminalId.Trim().ToUpperInvariant();
        if (!ModelState.IsValid)
        {
            return View("Form", form);
        }

        var result = await registry.UpdateAsync(form.TerminalId, form.ToInput(), form.Version, ct);
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View("Form", form);
        }

        this.Notify("Terminal {0} saved.", form.TerminalId);
        return Redirect(Url.Content($"~/stations/terminals/{form.TerminalId}"));
    }

    [HttpPost("stations/terminals/{terminalId}/rotate-key")]
    [RequirePermission(StationsPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RotateKey([FromRoute] string terminalId, CancellationToken ct)
    {
        var result = await registry.RotateKeyAsync(terminalId.Trim().ToUpperInvariant(), ct);
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            this.NotifyError(result);
            return Redirect(Url.Content($"~/stations/terminals/{terminalId}"));
        }

        return View("Key", new TerminalKeyViewModel { Terminal = result.Value.Terminal, Key = result.Value.Key, Rotated = true });
    }

    private async Task<bool> CanManageAsync() =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(StationsPermissions.Manage))).Succeeded;
}
