using Admin.Kernel.Api;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.TopUps.Models;
using Admin.Modules.TopUps.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.TopUps.Api;

public sealed class TopUpsApiController(TopUpTasks tasks, ReceiptCorrections corrections, EntryReversal reversal, ReceiptQuery query) : AdminApiController
{
    /// <summary>
    /// Tops up a customer account (by <c>customer</c> or their primary <c>card</c>) or a single-user, anonymous or internal card,
    /// of any outlet, into the caller's till. A card's product cap, the cash limit and a credit card are 422; a secondary card
    /// 422 (pre-allocate). Paid by cheque: 202 with the cheque received (credited when it clears). Needs an
    /// <c>Idempotency-Key</c>. Answers 201 with the receipt. Permission: TopUps.TopUp.
    /// </summary>
    [HttpPost("api/topups")]
    [Idempotent]
    [RequirePermission(TopUpsPermissions.TopUp)]
    [ProducesResponseType<ReceiptDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ChequeTopUpDto>(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> TopUp(TopUpRequest request, CancellationToken ct) =>
        Answer(await tasks.RunAsync(TopUpTask.TopUp, new TopUpInput(
            request.Customer, request.Card, request.Amount, request.PaymentMethod, request.Reference, request.PayerName, request.PayerIdNumber, Cheque(request.Cheque),
            Credentials(request.Review)), ct));

    /// <summary>
    /// Takes a customer receipt (客户收款) onto the customer account, by <c>customer</c> (any outlet) or <c>primaryCard</c>, as a
    /// top-up. Needs an <c>Idempotency-Key</c>. Answers 201 with the receipt (202 for a cheque). Permission: TopUps.TopUp.
    /// </summary>
    [HttpPost("api/receipts")]
    [Idempotent]
    [RequirePermission(TopUpsPermissions.TopUp)]
    [ProducesResponseType<ReceiptDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ChequeTopUpDto>(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> Receive(ReceiptRequest request, CancellationToken ct) =>
        Answer(await tasks.RunAsync(TopUpTask.Receipt, new TopUpInput(
            request.Customer, request.PrimaryCard, request.Amount, request.PaymentMethod, request.Reference, null, null, Cheque(request.Cheque),
            Credentials(request.Review)), ct));

    /// <summary>Receipts taken at the caller's outlet (every outlet's for head office), newest first, keyset-paged. Permission: TopUps.View.</summary>
    [HttpGet("api/receipts")]
    [RequirePermission(TopUpsPermissions.View)]
    [ProducesResponseType<Page<ReceiptDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List([FromQuery] ReceiptQueryParameters p, CancellationToken ct)
    {
        ReceiptStatus? status = null;
        if (!string.IsNullOrWhiteSpace(p.Status))
        {
            if (!Enum.TryParse<ReceiptStatus>(p.Status.Trim(), true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(p.Status, out _))
            {
                return Problem(OperationResult.Invalid(TopUpsErrors.StatusInvalid()));
            }

            status = parsed;
        }

        var result = await query.ListAsync(new ReceiptFilter(p.Customer, p.Card, status), p.After, p.Limit, ct);
        return result.Succeeded ? Ok(new Page<ReceiptDto>(result.Value!.Items.Select(ReceiptDto.From).ToList(), result.Value.Next)) : Problem(result);
    }

    /// <summary>A receipt; another outlet's is 404. Permission: TopUps.View.</summary>
    [HttpGet("api/receipts/{id:guid}")]
    [RequirePermission(TopUpsPermissions.View)]
    [ProducesResponseType<ReceiptDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } r ? Ok(ReceiptDto.From(r)) : Problem(OperationResult.NotFound(TopUpsErrors.ReceiptNotFound()));

    /// <summary>
    /// Cancels a receipt of today (收款撤单) at the outlet that took it: always reviewed (428, repeat with <c>review</c>); another
    /// day's is 409 <c>topUps.cancelSameDayOnly</c> (reverse it); a corrected one 409 with its <c>status</c>; money moved on 409
    /// <c>topUps.moneyMovedOn</c> naming where it is. Needs an <c>Idempotency-Key</c>. Permission: TopUps.Correct.
    /// </summary>
    [HttpPost("api/receipts/{id:guid}/cancel")]
    [Idempotent]
    [RequirePermission(TopUpsPermissions.Correct)]
    [ProducesResponseType<ReceiptDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Cancel(Guid id, CorrectionRequest request, CancellationToken ct) =>
        Corrected(await corrections.CorrectAsync(id, true, request.Reason, Credentials(request.Review), ct));

    /// <summary>
    /// Reverses (收款冲销) the top-up or receipt that posted ledger entry <c>id</c> with a correcting entry, on any day: always
    /// reviewed (428); another task's entry is 422 <c>topUps.entryNotReversible</c>, a correction 409
    /// <c>topUps.entryIsCorrection</c>; the rest as cancel. Needs an <c>Idempotency-Key</c>. Permission: TopUps.Correct.
    /// </summary>
    [HttpPost("api/entries/{id:long}/reverse")]
    [Idempotent]
    [RequirePermission(TopUpsPermissions.Correct)]
    [ProducesResponseType<ReceiptDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Reverse(long id, CorrectionRequest request, CancellationToken ct) =>
        Corrected(await reversal.ReverseEntryAsync(id, request.Reason, Credentials(request.Review), ct));

    private IActionResult Answer(OperationResult<TopUpOutcome> result)
    {
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var outcome = result.Value!;
        return outcome.Receipt is { } r
            ? Created(Url.Content($"~/api/receipts/{r.Id}"), ReceiptDto.From(r))
            : Accepted(Url.Content($"~/api/cheques/{outcome.Cheque!.Id}"), ChequeTopUpDto.From(outcome.Cheque));
    }

    private IActionResult Corrected(OperationResult<TopUpReceipt> result) => result.Succeeded ? Ok(ReceiptDto.From(result.Value!)) : Problem(result);

    private static ChequeInput? Cheque(ChequeRequest? c) => c is null ? null : new ChequeInput(c.Number, c.DrawerName, c.DrawerBank, c.DrawerAccount, c.ChequeDate);

    private static ReviewCredentials? Credentials(TopUpsReviewBody? review) => review is null ? null : new ReviewCredentials(review.LoginName, review.Password);
}
