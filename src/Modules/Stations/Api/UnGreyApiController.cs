using Admin.Kernel.Api;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Time;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Stations.Contracts;
using Admin.Modules.Stations.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Stations.Api;

/// <summary>Un-grey (解灰 3.26) and the card's station transactions (3.14) on the API.</summary>
[Route("api/stations")]
public sealed class UnGreyApiController(UnGreyTask unGrey, ForcedUnGreyTask forced, ICards cards, ICardTransactions transactions) : AdminApiController
{
    /// <summary>
    /// Un-greys a card of the caller's outlet: with the terminal's grey record of (<c>terminalId</c>, <c>sequence</c>) the purse is debited
    /// once from it (<c>settled: true</c>); without one, after the grey settlement window from <c>greyAt</c>, the card is released
    /// with a colleague's review (428 first, then <c>review</c>); before the window ends 409 <c>unGrey.windowOpen</c>; a purchase
    /// un-greyed before 409 <c>unGrey.alreadyDone</c>. Idempotency-Key required. Permission: Stations.UnGrey.
    /// </summary>
    [HttpPost("un-grey")]
    [RequirePermission(StationsPermissions.UnGrey)]
    [Idempotent]
    [ProducesResponseType<UnGreyDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> UnGrey(UnGreyRequest request, CancellationToken ct)
    {
        var result = await unGrey.RunAsync(new UnGreyInput(request.Card, request.TerminalId, request.Sequence, request.GreyAt?.ToUniversalTime(), request.Review), ct);
        return result.Succeeded ? Ok(UnGreyDto.From(result.Value!)) : Problem(result);
    }

    /// <summary>
    /// Forces the un-grey of an internal card (3.27), as head office, without waiting for the grey settlement window: with the terminal's
    /// grey record of (<c>terminalId</c>, <c>sequence</c>) the purse is debited once from it, without one (<c>greyAt</c> required) the card is
    /// released without a debit. Always reviewed by a second head-office operator (428 first, then <c>review</c>); <c>reason</c> required.
    /// Not an internal card 422 <c>unGrey.notInternal</c>; a record that is not grey 409 <c>unGrey.recordNotGrey</c>; done before 409
    /// <c>unGrey.alreadyDone</c>; not head office 409 <c>unGrey.headOfficeOnly</c>. Idempotency-Key required. Permission: Stations.ForceUnGrey.
    /// </summary>
    [HttpPost("forced-un-grey")]
    [RequirePermission(StationsPermissions.ForceUnGrey)]
    [Idempotent]
    [ProducesResponseType<UnGreyDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ForcedUnGrey(ForcedUnGreyRequest request, CancellationToken ct)
    {
        var result = await forced.RunAsync(new ForcedUnGreyInput(request.Card, request.TerminalId, request.Sequence, request.GreyAt?.ToUniversalTime(), request.Reason, request.Review), ct);
        return result.Succeeded ? Ok(UnGreyDto.From(result.Value!)) : Problem(result);
    }

    /// <summary>
    /// The transactions made with the card at stations (3.14), newest first: <c>{items, next}</c>; <c>from</c>/<c>to</c> local days
    /// (<c>yyyy-MM-dd</c>, both included). Another outlet's card is 404. Permission: Stations.ViewTransactions.
    /// </summary>
    [HttpGet("cards/{number}/transactions")]
    [RequirePermission(StationsPermissions.ViewTransactions)]
    [ProducesResponseType<CardTransactionsDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Transactions(string number, DateOnly? from, DateOnly? to, string? after, int? limit, CancellationToken ct)
    {
        var card = await cards.FindByNumberAsync(number, ct);
        if (card is null)
        {
            return Problem(OperationResult.NotFound(StationsErrors.CardNotFound()));
        }

        // Without days no offset is needed (one statement fewer on the common call).
        var range = from is null && to is null ? LocalClock.DaysUtc(null, null, TimeSpan.Zero) : LocalClock.DaysUtc(from, to, await LocalTimes.OffsetAsync(HttpContext));
        var (items, next) = await transactions.PageAsync(card.Id, range.StartUtc, range.EndUtc, after, limit ?? Kernel.Paging.Keyset.DefaultLimit, ct);
        return Ok(new CardTransactionsDto(items, next));
    }
}
