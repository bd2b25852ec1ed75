using Admin.Kernel.Api;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Allocations.Models;
using Admin.Modules.Allocations.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Allocations.Api;

/// <summary>Load (圈存) and unload (圈提), two-phase: start → Pending, then complete or void.</summary>
[Route("api")]
public sealed class PurseTransfersApiController(PurseTransfers transfers) : AdminApiController
{
    /// <summary>
    /// Starts a load: the amount leaves the card account into transit (D Card · C PurseInTransit) and the load is Pending until
    /// <c>/complete</c> (the reader wrote the chip) or <c>/void</c>; past the timeout setting it is voided. A card with a
    /// transfer still pending is 409 <c>allocations.transferPending</c>; more than the card account holds 409
    /// <c>ledger.insufficientFunds</c>. Needs an <c>Idempotency-Key</c>. Answers 201. Permission: Allocations.Load.
    /// </summary>
    [HttpPost("loads")]
    [Idempotent]
    [RequirePermission(AllocationsPermissions.Load)]
    [ProducesResponseType<PurseTransferDto>(StatusCodes.Status201Created)]
    public Task<IActionResult> StartLoad(PurseTransferRequest request, CancellationToken ct) => StartAsync(PurseTransferKind.Load, request, ct);

    /// <summary>Starts an unload: the amount leaves the purse into transit (D Purse · C PurseInTransit); as loads. Permission: Allocations.Load.</summary>
    [HttpPost("unloads")]
    [Idempotent]
    [RequirePermission(AllocationsPermissions.Load)]
    [ProducesResponseType<PurseTransferDto>(StatusCodes.Status201Created)]
    public Task<IActionResult> StartUnload(PurseTransferRequest request, CancellationToken ct) => StartAsync(PurseTransferKind.Unload, request, ct);

    /// <summary>A load; another outlet's is 404 (one pending past its timeout is voided as it is read). Permission: Allocations.View.</summary>
    [HttpGet("loads/{id:guid}")]
    [RequirePermission(AllocationsPermissions.View)]
    [ProducesResponseType<PurseTransferDto>(StatusCodes.Status200OK)]
    public Task<IActionResult> Load(Guid id, CancellationToken ct) => GetAsync(id, PurseTransferKind.Load, ct);

    /// <summary>An unload; as loads. Permission: Allocations.View.</summary>
    [HttpGet("unloads/{id:guid}")]
    [RequirePermission(AllocationsPermissions.View)]
    [ProducesResponseType<PurseTransferDto>(StatusCodes.Status200OK)]
    public Task<IActionResult> Unload(Guid id, CancellationToken ct) => GetAsync(id, PurseTransferKind.Unload, ct);

    /// <summary>
    /// Completes a pending load (the reader wrote the chip): D PurseInTransit · C Purse. Already completed or voided, or past its
    /// timeout (then voided now), is 409 with <c>status</c> and the <c>transfer</c>. Needs an <c>Idempotency-Key</c>. Permission: Allocations.Load.
    /// </summary>
    [HttpPost("loads/{id:guid}/complete")]
    [Idempotent]
    [RequirePermission(AllocationsPermissions.Load)]
    [ProducesResponseType<PurseTransferDto>(StatusCodes.Status200OK)]
    public Task<IActionResult> CompleteLoad(Guid id, CancellationToken ct) => SettleAsync(id, PurseTransferKind.Load, PurseTransferStatus.Completed, ct);

    /// <summary>Voids a pending load (the reader failed): D PurseInTransit · C Card. Settled already: 409. Permission: Allocations.Load.</summary>
    [HttpPost("loads/{id:guid}/void")]
    [Idempotent]
    [RequirePermission(AllocationsPermissions.Load)]
    [ProducesResponseType<PurseTransferDto>(StatusCodes.Status200OK)]
    public Task<IActionResult> VoidLoad(Guid id, CancellationToken ct) => SettleAsync(id, PurseTransferKind.Load, PurseTransferStatus.Voided, ct);

    /// <summary>Completes a pending unload: D PurseInTransit · C Card; as loads. Permission: Allocations.Load.</summary>
    [HttpPost("unloads/{id:guid}/complete")]
    [Idempotent]
    [RequirePermission(AllocationsPermissions.Load)]
    [ProducesResponseType<PurseTransferDto>(StatusCodes.Status200OK)]
    public Task<IActionResult> CompleteUnload(Guid id, CancellationToken ct) => SettleAsync(id, PurseTransferKind.Unload, PurseTransferStatus.Completed, ct);

    /// <summary>Voids a pending unload: D PurseInTransit · C Purse; as loads. Permission: Allocations.Load.</summary>
    [HttpPost("unloads/{id:guid}/void")]
    [Idempotent]
    [RequirePermission(AllocationsPermissions.Load)]
    [ProducesResponseType<PurseTransferDto>(StatusCodes.Status200OK)]
    public Task<IActionResult> VoidUnload(Guid id, CancellationToken ct) => SettleAsync(id, PurseTransferKind.Unload, PurseTransferStatus.Voided, ct);

    private async Task<IActionResult> StartAsync(PurseTransferKind kind, PurseTransferRequest request, CancellationToken ct)
    {
        var result = await transfers.StartAsync(kind, request.Card, request.Amount, ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var t = result.Value!;
        return Created(Url.Content($"~/api/{Path(kind)}/{t.Id}"), PurseTransferDto.From(t, await transfers.BalancesAsync(t.CardId, ct)));
    }

    private async Task<IActionResult> GetAsync(Guid id, PurseTransferKind kind, CancellationToken ct) =>
        await transfers.FindAsync(id, kind, ct) is { } t
            ? Ok(PurseTransferDto.From(t, await transfers.BalancesAsync(t.CardId, ct)))
            : Problem(OperationResult.NotFound(AllocationsErrors.TransferNotFound()));

    private async Task<IActionResult> SettleAsync(Guid id, PurseTransferKind kind, PurseTransferStatus to, CancellationToken ct)
    {
        var result = await transfers.SettleAsync(id, kind, to, ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var (t, refusal) = result.Value!;
        var dto = PurseTransferDto.From(t, await transfers.BalancesAsync(t.CardId, ct));
        return refusal is null ? Ok(dto) : Problem(OperationResult.Conflict(refusal).With("status", t.Status.ToString()).With("transfer", dto));
    }

    private static string Path(PurseTransferKind kind) => kind == PurseTransferKind.Load ? "loads" : "unloads";
}
