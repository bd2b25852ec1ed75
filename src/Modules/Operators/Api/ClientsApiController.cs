using Admin.Kernel.Api;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Api;

/// <summary>A client to register or change: <c>kind</c> is <c>System</c> (client credentials) or <c>Interactive</c> (code + PKCE).</summary>
public sealed record ClientRequest(string? ClientId, string? DisplayName, string? Kind, List<string>? Scopes, List<string>? RedirectUris, string? Version);

/// <summary>A registered client; <c>clientSecret</c> only in the answer of its registration.</summary>
public sealed record ClientDto(string ClientId, string DisplayName, string Kind, IReadOnlyList<string> Scopes, IReadOnlyList<string> RedirectUris,
    string Status, DateTime CreatedAt, string Version, string? ClientSecret = null);

/// <summary>OpenID Connect clients registered by head office (systems and interactive clients).</summary>
[Route("api/clients")]
public sealed class ClientsApiController(ClientRegistry clients) : AdminApiController
{
    /// <summary>Every registered client by id. Permission: Operators.ManageClients.</summary>
    [HttpGet("")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    [ProducesResponseType<Page<ClientDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(CancellationToken ct) =>
        Ok(new Page<ClientDto>((await clients.ListAsync(ct)).Select(c => ToDto(c)).ToList(), null));

    /// <summary>
    /// Registers a client: 201 with the client and, for a system client, its <c>clientSecret</c> (answered this once).
    /// Scopes are permission names the caller holds (403 otherwise). Permission: Operators.ManageClients.
    /// </summary>
    [HttpPost("")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    [ProducesResponseType<ClientDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Register(ClientRequest request, CancellationToken ct)
    {
        var result = await clients.RegisterAsync(Input(request), ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        Response.Headers.CacheControl = "no-store";
        return Created($"/api/clients/{result.Value!.Client.ClientId}", ToDto(result.Value.Client, result.Value.Secret));
    }

    /// <summary>One client. Permission: Operators.ManageClients.</summary>
    [HttpGet("{clientId}")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    [ProducesResponseType<ClientDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(string clientId, CancellationToken ct) =>
        await clients.FindAsync(clientId, ct) is { } c ? Ok(ToDto(c)) : Problem(OperationResult.NotFound(OperatorsErrors.ClientNotFound()));

    /// <summary>
    /// Changes name, scopes and redirect URIs (not the kind); send the version you read (stale: 409). A narrowed scope
    /// list narrows the client's live tokens at their next call. Permission: Operators.ManageClients.
    /// </summary>
    [HttpPut("{clientId}")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    [ProducesResponseType<ClientDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(string clientId, ClientRequest request, CancellationToken ct) =>
        Answer(await clients.UpdateAsync(clientId, Input(request), ct));

    /// <summary>
    /// Replaces a system client's secret: 200 with the client and its new <c>clientSecret</c> (answered this once). The old
    /// secret stops working and the client's live tokens end; an interactive client has none (409). Permission: Operators.ManageClients.
    /// </summary>
    [HttpPost("{clientId}/secret")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    [ProducesResponseType<ClientDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> NewSecret(string clientId, CancellationToken ct)
    {
        var result = await clients.NewSecretAsync(clientId, ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        Response.Headers.CacheControl = "no-store";
        return Ok(ToDto(result.Value!.Client, result.Value.Secret));
    }

    /// <summary>Disables a client: no new token, and its tokens end at once. Permission: Operators.ManageClients.</summary>
    [HttpPost("{clientId}/disable")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    [ProducesResponseType<ClientDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Disable(string clientId, CancellationToken ct) => Answer(await clients.SetDisabledAsync(clientId, true, ct));

    /// <summary>Enables a disabled client. Permission: Operators.ManageClients.</summary>
    [HttpPost("{clientId}/enable")]
    [RequirePermission(OperatorsPermissions.ManageClients)]
    [ProducesResponseType<ClientDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Enable(string clientId, CancellationToken ct) => Answer(await clients.SetDisabledAsync(clientId, false, ct));

    private IActionResult Answer(OperationResult<ClientRecord> result) => result.Succeeded ? Ok(ToDto(result.Value!)) : Problem(result);

    private static ClientInput Input(ClientRequest r) => new(r.ClientId, r.DisplayName, r.Kind, r.Scopes, r.RedirectUris, r.Version);

    internal static ClientDto ToDto(ClientRecord c, string? secret = null) =>
        new(c.ClientId, c.DisplayName, c.Kind.ToString(), c.Scopes, c.RedirectUris, c.Disabled ? "Disabled" : "Active", c.CreatedAt, c.Version, secret);
}
