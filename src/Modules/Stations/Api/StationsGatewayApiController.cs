using Admin.Kernel.Api;
using Admin.Kernel.Permissions;
using Admin.Modules.Stations.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Stations.Api;

/// <summary>
/// The terminal gateways' API (system clients with the scope Stations.Gateway, audited as <c>client:&lt;id&gt;</c>): signed batches of
/// purchase records, card profiles and the block list.
/// </summary>
[Route("api/stations")]
public sealed class StationsGatewayApiController(BatchReceiver receiver, TerminalFeeds feeds, PinLockReports pinLocks) : AdminApiController
{
    /// <summary>Most block-list changes in one answer.</summary>
    public const int MaxBlockListLimit = 10_000;

    /// <summary>
    /// A batch of one terminal's purchase records, signed: header <c>X-Terminal-Signature</c> = hex HMAC-SHA256 of the canonical body
    /// (module README) with the terminal's key. The whole batch or nothing: unknown terminal, missing signature, incomplete (<c>count</c>
    /// differs) or invalid records 400; a changed batch (signature wrong) 422; a batch number reused with other contents 409. Records
    /// received before are acknowledged (<c>duplicates</c>), never posted twice; a batch sent again answers <c>replayed: true</c>. Up to
    /// 10,000 records. Permission: Stations.Gateway.
    /// </summary>
    [HttpPost("batches")]
    [RequirePermission(StationsPermissions.Gateway)]
    [RequestSizeLimit(8 * 1024 * 1024)]
    [ProducesResponseType<BatchAnswerDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Batch(BatchInput batch, CancellationToken ct)
    {
        var result = await receiver.ReceiveAsync(batch, Request.Headers["X-Terminal-Signature"].ToString(), ct);
        return result.Succeeded ? Ok(BatchAnswerDto.From(result.Value!)) : Problem(result);
    }

    /// <summary>
    /// A terminal reports that a card's PIN got locked at the pump after too many wrong PINs: <c>{terminal, card, at}</c>, signed like a
    /// batch (header <c>X-Terminal-Signature</c> over <c>STATIONS-PINLOCK-1</c>, module README). The card's PIN is locked until the
    /// counter unlocks it; the answer's <c>outcome</c> is <c>Locked</c>, <c>AlreadyLocked</c> (sent again) or <c>Stale</c> (the lock is older
    /// than the counter's last unlock: nothing changed). Unknown terminal or bad fields 400, wrong signature 422, unknown card 404.
    /// Permission: Stations.Gateway.
    /// </summary>
    [HttpPost("pin-locks")]
    [RequirePermission(StationsPermissions.Gateway)]
    [ProducesResponseType<PinLockAnswer>(StatusCodes.Status200OK)]
    public async Task<IActionResult> PinLock(PinLockInput report, CancellationToken ct)
    {
        var result = await pinLocks.ReportAsync(report, Request.Headers["X-Terminal-Signature"].ToString(), ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>A card's profile for a terminal: status, blocked, PIN locked, product, restrictions (null: none). 404 for no such card. Permission: Stations.Gateway.</summary>
    [HttpGet("cards/{number}/profile")]
    [RequirePermission(StationsPermissions.Gateway)]
    [ProducesResponseType<CardProfile>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Profile(string number, CancellationToken ct)
    {
        var result = await feeds.ProfileAsync(number, ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>
    /// The block-list changes after <c>since</c> (the version the terminal has applied; 0 for all), at most <c>limit</c> (default and most
    /// 10,000): <c>{changes, version, more}</c>; ask again from <c>version</c> while <c>more</c>. <c>terminal</c> names the asking terminal,
    /// whose applied version and contact are recorded (400 for an unknown one). Permission: Stations.Gateway.
    /// </summary>
    [HttpGet("blocklist")]
    [RequirePermission(StationsPermissions.Gateway)]
    [ProducesResponseType<TerminalBlockListDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> BlockList(string? terminal, long? since, int? limit, CancellationToken ct)
    {
        var result = await feeds.BlockListAsync(terminal, Math.Max(since ?? 0, 0), Math.Clamp(limit ?? MaxBlockListLimit, 1, MaxBlockListLimit), ct);
        return result.Succeeded ? Ok(new TerminalBlockListDto(result.Value!.Changes, result.Value.Version, result.Value.More)) : Problem(result);
    }
}
