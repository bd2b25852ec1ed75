using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.Operators.Services;
using Admin.Modules.Operators.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Controllers;

/// <summary>OpenID Connect clients (*Clients*): the list, registration and a new secret (each secret shown once), the edit form, disable and enable.</summary>
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

    [HttpGet("{clientId}/edit")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    public async Task<IActionResult> Edit(string clientId, CancellationToken ct)
    {
        if (await clients.FindAsync(clientId, ct) is not { } c)
        {
            return NotFound();
        }

        return View(WithChoices(new ClientFormModel
        {
            ClientId = c.ClientId, DisplayName = c.DisplayName, Kind = c.Kind.ToString(), Scopes = [.. c.Scopes], RedirectUris = string.Join("\n", c.RedirectUris),
            Version = c.Version, Disabled = c.Disabled,
        }));
    }

    [HttpPost("{clientId}/edit")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromRoute] string clientId, ClientFormModel input, CancellationToken ct)
    {
        var uris = (input.RedirectUris ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await clients.UpdateAsync(clientId, new ClientInput(clientId, input.DisplayName, null, input.Scopes ?? [], uris, input.Version ?? ""), ct);
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            var current = await clients.FindAsync(clientId, ct);
            input.ClientId = clientId;
            input.Kind = current?.Kind.ToString();
            input.Disabled = current?.Disabled ?? false;
            // A stale edit keeps what was typed and carries the current version: saving again applies it.
            input.Version = result.Failure == FailureKind.Conflict ? current?.Version : input.Version;
            ModelState.Clear();
            ModelState.AddErrors(result, text);
            return View(WithChoices(input));
        }

        this.Notify("The client was saved.");
        return Redirect("/admin/clients");
    }

    [HttpPost("{clientId}/secret")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> NewSecret(string clientId, CancellationToken ct)
    {
        var result = await clients.NewSecretAsync(clientId, ct);
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            this.NotifyError(result);
            return Redirect($"/admin/clients/{Uri.EscapeDataString(clientId)}/edit");
        }

        // Like registration: the secret is this POST's own answer, never stored for a redirect, never cached.
        Response.Headers.CacheControl = "no-store";
        ViewData["NewSecret"] = true;
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
