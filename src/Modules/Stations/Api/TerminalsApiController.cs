using Admin.Kernel.Api;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Stations.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Stations.Api;

/// <summary>Head office's station terminals (终端参数 5.11).</summary>
[Route("api/terminals")]
public sealed class TerminalsApiController(TerminalRegistry registry) : AdminApiController
{
    /// <summary>Terminals by id, <c>{items, next}</c>; <c>q</c> matches id, station code or name; <c>silent=true</c> only the silent ones; <c>flaggedSilentAt</c> is when the scheduled check flagged a terminal silent (null: not flagged). Permission: Stations.View.</summary>
    [HttpGet]
    [RequirePermission(StationsPermissions.View)]
    [ProducesResponseType<TerminalListDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? q, bool? silent, string? after, int? limit, CancellationToken ct)
    {
        var page = await registry.ListAsync(q, silent == true, after, limit ?? Keyset.DefaultLimit, ct);
        return Ok(new TerminalListDto([.. page.Items.Select(TerminalDto.From)], page.Next));
    }

    /// <summary>Registers a terminal: 201 with the terminal and its HMAC key (64 hex digits, answered this once). Permission: Stations.Manage.</summary>
    [HttpPost]
    [RequirePermission(StationsPermissions.Manage)]
    [ProducesResponseType<TerminalKeyDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Register(TerminalRequest request, CancellationToken ct)
    {
        var result = await registry.RegisterAsync(request.ToInput(), ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var view = await registry.FindAsync(result.Value.Terminal.TerminalId, ct);
        return Created($"/api/terminals/{result.Value.Terminal.TerminalId}", new TerminalKeyDto(TerminalDto.From(view!), result.Value.Key));
    }

    /// <summary>The terminal with its gaps, latest batches and the silences the scheduled check flagged. Permission: Stations.View.</summary>
    [HttpGet("{terminalId}")]
    [RequirePermission(StationsPermissions.View)]
    [ProducesResponseType<TerminalDetailsDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(string terminalId, CancellationToken ct)
    {
        var view = await registry.FindAsync(terminalId.Trim().ToUpperInvariant(), ct);
        if (view is null)
        {
            return Problem(OperationResult.NotFound(StationsErrors.TerminalNotFound()));
        }

        var gaps = await registry.GapsAsync(view.Terminal.Id, ct);
        var batches = await registry.BatchesAsync(view.Terminal.Id, ct);
        var silences = await registry.SilencesAsync(view.Terminal.Id, ct);
        return Ok(new TerminalDetailsDto(TerminalDto.From(view), [.. gaps.Select(g => new GapDto(g.From, g.To, g.FoundAt, g.FilledAt))], [.. batches.Select(BatchSummaryDto.From)],
            [.. silences.Select(x => new SilenceDto(x.SilentSince, x.FlaggedAt, x.EndedAt))]));
    }

    /// <summary>Changes the station and parameters; send the <c>version</c> read (409 when stale). Permission: Stations.Manage.</summary>
    [HttpPut("{terminalId}")]
    [RequirePermission(StationsPermissions.Manage)]
    [ProducesResponseType<TerminalDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(string terminalId, TerminalRequest request, CancellationToken ct)
    {
        var result = await registry.UpdateAsync(terminalId.Trim().ToUpperInvariant(), request.ToInput(), request.Version, ct);
        return result.Succeeded ? Ok(TerminalDto.From((await registry.FindAsync(result.Value!.TerminalId, ct))!)) : Problem(result);
    }

    /// <summary>Replaces the terminal's key: the new key answered this once; batches signed with the old one are refused from now on. Permission: Stations.Manage.</summary>
    [HttpPost("{terminalId}/rotate-key")]
    [RequirePermission(StationsPermissions.Manage)]
    [ProducesResponseType<TerminalKeyDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> RotateKey(string terminalId, CancellationToken ct)
    {
        var result = await registry.RotateKeyAsync(terminalId.Trim().ToUpperInvariant(), ct);
        return result.Succeeded ? Ok(new TerminalKeyDto(TerminalDto.From((await registry.FindAsync(result.Value.Terminal.TerminalId, ct))!), result.Value.Key)) : Problem(result);
    }
}
