using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.Operators.Services;
using Admin.Modules.Operators.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Controllers;

/// <summary>OpenID Connect clients (*Clients*): the list, registration (the secret shown once), disable and enable.</summary>
[Route("admin/clients")]
public sealed class ClientsController(ClientRegistry clients, PermissionCatalog catalog, AdminText text) : Controller
{
    [HttpGet("")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await clients.ListAsync(ct));

    [HttpGet("new")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    public IActionResult Create() => View(WithChoices(new ClientFormModel()));

    [HttpPost("new")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(ClientFormModel input, CancellationToken ct)
    {
        var uris = (input.RedirectUris ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await clients.RegisterAsync(new ClientInput(input.ClientId, input.DisplayName, input.Kind, input.Scopes ?? [], uris), ct);
        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddErrors(result, text);
            return View(WithChoices(input));
        }

        // The secret is the direct answer of this POST: never through TempData, a redirect or a cache.
        Response.Headers.CacheControl = "no-store";
        return View("Registered", result.Value!);
    }

    [HttpPost("{clientId}/disable")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(string clientId, CancellationToken ct) => SetAsync(clientId, true, ct);

    [HttpPost("{clientId}/enable")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(string clientId, CancellationToken ct) => SetAsync(clientId, false, ct);

    private async Task<IActionResult> SetAsync(string clientId, bool disabled, CancellationToken ct)
    {
        var result = await clients.SetDisabledAsync(clientId, disabled, ct);
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            this.Notify(disabled ? "The client was disabled; its tokens have ended." : "The client was enabled.");
        }
        else
        {
            this.NotifyError(result);
        }

        return Redirect("/admin/clients");
    }

    private ClientFormModel WithChoices(ClientFormModel model)
    {
        model.Choices = catalog.Enabled().Select(p => (p.Name, p.Description)).ToList();
        return model;
    }
}
