using Admin.Kernel.Api;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Settings;
using Admin.Kernel.Time;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.CardService.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.CardService.Api;

/// <summary>Card service (客户服务 3.5–3.20) on the API: the same services as the screens.</summary>
[Route("api/card-service")]
public sealed class CardServiceApiController(
    CardServiceQuery query, CardDataMaintenance data, LossReports losses, Replacements replacements, Upgrades upgrades, PurseSettlement purse, IBlockList blockList,
    SystemSettings settings)
    : AdminApiController
{
    /// <summary>Most block-list changes in one answer.</summary>
    public const int MaxBlockListLimit = 10_000;

    /// <summary>
    /// A card with its customer (code and name), balances (card account, purse as last known, deposit, in transit), latest loss
    /// report and replacement. Another outlet's card is 404. Permission: CardService.View.
    /// </summary>
    [HttpGet("cards/{number}")]
    [RequirePermission(CardServicePermissions.View)]
    [ProducesResponseType<CardServiceCardDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Card(string number, CancellationToken ct)
    {
        var result = await query.CardAsync(number, ct);
        return result.Succeeded ? Ok(CardServiceCardDto.From(result.Value!, await WaitHoursAsync(ct))) : Problem(result);
    }

    /// <summary>The card's ledger lines (card account, purse, deposit, in transit), newest first: <c>{items, next}</c>. Permission: CardService.View.</summary>
    [HttpGet("cards/{number}/lines")]
    [RequirePermission(CardServicePermissions.View)]
    [ProducesResponseType<CardLinesDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Lines(string number, string? after, int? limit, CancellationToken ct)
    {
        var result = await query.LinesAsync(number, after, limit, ct);
        return result.Succeeded ? Ok(new CardLinesDto([.. result.Value!.Items.Select(CardLineDto.From)], result.Value.Next)) : Problem(result);
    }

    /// <summary>The card's ledger lines as CSV (UTF-8 with BOM, local times with their offset). Permission: CardService.View.</summary>
    [HttpGet("cards/{number}/lines.csv")]
    [RequirePermission(CardServicePermissions.View)]
    public async Task<IActionResult> LinesCsv(string number, CancellationToken ct)
    {
        var found = await query.CardAsync(number, ct);
        if (!found.Succeeded)
        {
            return Problem(found);
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=card-{found.Value!.Card.Number}.csv";
        await CardLinesCsv.WriteAsync(Response.Body, query.AllLinesAsync(found.Value.Card.Id, ct), await LocalTimes.OffsetAsync(HttpContext), ct);
        return new EmptyResult();
    }

    /// <summary>Changes the card's holder, vehicle plate and notes; send the <c>version</c> read (409 when stale). Permission: CardService.EditData.</summary>
    [HttpPut("cards/{number}")]
    [RequirePermission(CardServicePermissions.EditData)]
    [ProducesResponseType<CardDataDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> UpdateData(string number, CardDataRequest request, CancellationToken ct)
    {
        var result = await data.UpdateDataAsync(number, request.HolderName, request.VehiclePlate, request.Notes, request.Version, ct);
        return result.Succeeded ? Ok(CardDataDto.From(result.Value!)) : Problem(result);
    }

    /// <summary>
    /// Reports a registered card lost (挂失), effective at once (block list). The customer's ID number must match (400 on
    /// <c>idNumber</c>); an anonymous card is 422 <c>cardService.anonymousNoLossReport</c>; a card not in use 409. Permission: CardService.ReportLoss.
    /// </summary>
    [HttpPost("cards/{number}/report-lost")]
    [RequirePermission(CardServicePermissions.ReportLoss)]
    [ProducesResponseType<StatusOutcomeDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ReportLost(string number, IdentityRequest request, CancellationToken ct) =>
        await OutcomeAsync(await losses.ReportLostAsync(number, request.IdNumber, ct), ct);

    /// <summary>Cancels a loss report (止挂): the card is in use again (block list). The ID number must match. Permission: CardService.CancelLoss.</summary>
    [HttpPost("cards/{number}/cancel-loss")]
    [RequirePermission(CardServicePermissions.CancelLoss)]
    [ProducesResponseType<StatusOutcomeDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> CancelLoss(string number, IdentityRequest request, CancellationToken ct) =>
        await OutcomeAsync(await losses.CancelLossAsync(number, request.IdNumber, ct), ct);

    /// <summary>Reports a card bad (坏卡): blocked at once, replaceable at once. Permission: CardService.ReportBad.</summary>
    [HttpPost("cards/{number}/report-bad")]
    [RequirePermission(CardServicePermissions.ReportBad)]
    [ProducesResponseType<StatusOutcomeDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ReportBad(string number, CancellationToken ct) => await OutcomeAsync(await losses.ReportBadAsync(number, ct), ct);

    /// <summary>Reactivates an expired card (失效卡) for its product's validity from today; a card not expired is 409. Permission: CardService.Reactivate.</summary>
    [HttpPost("cards/{number}/reactivate")]
    [RequirePermission(CardServicePermissions.Reactivate)]
    [ProducesResponseType<StatusOutcomeDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Reactivate(string number, CancellationToken ct) => await OutcomeAsync(await losses.ReactivateAsync(number, ct), ct);

    /// <summary>
    /// Replaces a lost (after the waiting period: 409 <c>cardService.waitingPeriod</c> with <c>replaceableFrom</c>), bad or expired card
    /// with <c>newCard</c> from the caller's drawer (补卡): card account and deposit move at once, the purse after the settlement
    /// window; the old number is blocked for good. The new card's card fee (工本费, the fee schedule's) is paid by <c>paymentMethod</c>
    /// (400 on it when missing while a fee is due) in the same entry. Needs an <c>Idempotency-Key</c>. 201 with the replacement. Permission: CardService.Replace.
    /// </summary>
    [HttpPost("cards/{number}/replace")]
    [Idempotent]
    [RequirePermission(CardServicePermissions.Replace)]
    [ProducesResponseType<ReplacementDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Replace(string number, ReplaceRequest request, CancellationToken ct)
    {
        var result = await replacements.ReplaceAsync(number, request.NewCard, request.IdNumber, request.PaymentMethod, ct);
        return result.Succeeded
            ? Created(Url.Content($"~/api/card-service/replacements/{result.Value!.Id}"), ReplacementDto.From(result.Value))
            : Problem(result);
    }

    /// <summary>
    /// Upgrades the card in place (ADR 0013; the number stays, nothing is blocked): a secondary card to a single-user card of its own
    /// customer (3.21: <c>idNumber</c> of its present customer; its card account goes back to that customer's account; a purse with
    /// money is 409 <c>cardService.upgradePurseNotEmpty</c>), an anonymous card to a registered card (3.22: it keeps its money).
    /// The customer is <c>customer</c> (a code; 409 <c>cardService.customerHasCards</c> when it holds a card in use, 422
    /// <c>cardService.realNameMissing</c> without name or ID document) or <c>newCustomer</c> registered in the task; <c>product</c> a
    /// single-user product (default <c>SINGLE</c>). The deposit still due and the service fee (fee schedule) are paid by
    /// <c>paymentMethod</c>. Another kind is 409 <c>cardService.notUpgradable</c>, a card not in use 409 <c>cardService.upgradeNotInUse</c>.
    /// Needs an <c>Idempotency-Key</c>. Permission: CardService.Upgrade.
    /// </summary>
    [HttpPost("cards/{number}/upgrade")]
    [Idempotent]
    [RequirePermission(CardServicePermissions.Upgrade)]
    [ProducesResponseType<UpgradeDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Upgrade(string number, UpgradeRequest request, CancellationToken ct)
    {
        var result = await upgrades.UpgradeAsync(new UpgradeInput(number, request.Customer, request.NewCustomer, request.Product, request.IdNumber, request.PaymentMethod), ct);
        return result.Succeeded ? Ok(UpgradeDto.From(result.Value!)) : Problem(result);
    }

    /// <summary>A replacement; another outlet's is 404. Permission: CardService.View.</summary>
    [HttpGet("replacements/{id:guid}")]
    [RequirePermission(CardServicePermissions.View)]
    [ProducesResponseType<ReplacementDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Replacement(Guid id, CancellationToken ct) =>
        await purse.FindAsync(id, ct) is { } r ? Ok(ReplacementDto.From(r)) : Problem(OperationResult.NotFound(CardServiceErrors.ReplacementNotFound()));

    /// <summary>
    /// Moves the old card's purse as last known to the new card's account once the settlement window has passed (409
    /// <c>cardService.purseNotDue</c> with <c>purseDueAt</c> before; <c>cardService.purseMoved</c> when done). Needs an <c>Idempotency-Key</c>. Permission: CardService.Replace.
    /// </summary>
    [HttpPost("replacements/{id:guid}/move-purse")]
    [Idempotent]
    [RequirePermission(CardServicePermissions.Replace)]
    [ProducesResponseType<ReplacementDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> MovePurse(Guid id, CancellationToken ct)
    {
        var result = await purse.MovePurseAsync(id, ct);
        return result.Succeeded ? Ok(ReplacementDto.From(result.Value!)) : Problem(result);
    }

    /// <summary>The customer a presented primary (or single-user) card stands for. Permission: CardService.View.</summary>
    [HttpGet("customers/by-card/{number}")]
    [RequirePermission(CardServicePermissions.View)]
    [ProducesResponseType<PresentedCustomerDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> CustomerByCard(string number, CancellationToken ct)
    {
        var result = await query.CustomerByCardAsync(number, ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var c = result.Value!;
        return Ok(new PresentedCustomerDto(c.Id, c.Code, c.Type, c.Name, c.Phone, c.Status, new string(number.Where(char.IsDigit).ToArray())));
    }

    /// <summary>
    /// The block list terminals keep: the changes after version <c>since</c> (default 0) in version order, at most <c>limit</c>
    /// (default 1,000, at most 10,000): <c>{version, more, changes: [{version, number, blocked, status, reason, at}]}</c>; ask again
    /// from <c>version</c>. Permission: CardService.ViewBlockList.
    /// </summary>
    [HttpGet("block-list")]
    [RequirePermission(CardServicePermissions.ViewBlockList)]
    [ProducesResponseType<BlockListDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> BlockList(long? since, int? limit, CancellationToken ct)
    {
        var errors = new List<OperationError>();
        if (since is < 0)
        {
            errors.Add(CardServiceErrors.SinceInvalid());
        }

        if (limit is not null and (< 1 or > MaxBlockListLimit))
        {
            errors.Add(CardServiceErrors.LimitInvalid(MaxBlockListLimit));
        }

        if (errors.Count > 0)
        {
            return Problem(OperationResult.Invalid([.. errors]));
        }

        var page = await blockList.SinceAsync(since ?? 0, limit ?? 1000, ct);
        return Ok(new BlockListDto(page.Version, page.More, page.Changes));
    }

    private async Task<IActionResult> OutcomeAsync(OperationResult<StatusOutcome> result, CancellationToken ct)
    {
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var o = result.Value!;
        return Ok(new StatusOutcomeDto(o.Card, o.Status, o.LossReport is null ? null : LossReportDto.From(o.LossReport, await WaitHoursAsync(ct)), o.ExpiresAt));
    }

    private Task<int> WaitHoursAsync(CancellationToken ct) => settings.GetIntAsync(CardServiceSettings.ReplacementWaitHours, ct);
}
