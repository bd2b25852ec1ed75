using Admin.Kernel.Api;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Cheques.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using static Admin.Modules.Cheques.Api.ChequesApiMapper;

namespace Admin.Modules.Cheques.Api;

/// <summary>The reviewer's credentials, sent when the first answer was 428 <c>review.required</c>.</summary>
public sealed record ChequeReviewBody(string? LoginName, string? Password);

/// <summary>A cheque received: <c>customer</c> is the customer's code or id; <c>chequeDate</c> yyyy-MM-dd; <c>review</c> only after a 428.</summary>
public sealed record ReceiveChequeRequest(
    string? Customer, string? Number, string? DrawerName, string? DrawerBank, string? DrawerAccount, decimal? Amount, DateOnly? ChequeDate, ChequeReviewBody? Review);

/// <summary>The cheque cleared on <c>clearedOn</c> (default today); <c>version</c> optional (409 when stale).</summary>
public sealed record ClearChequeRequest(DateOnly? ClearedOn, long? Version);

/// <summary>The cheque bounced: <c>reason</c> InsufficientFunds, SignatureMismatch, Expired, StoppedPayment or Other (with <c>note</c>).</summary>
public sealed record BounceChequeRequest(string? Reason, string? Note, DateOnly? BouncedOn, long? Version, ChequeReviewBody? Review);

/// <summary>A cheque.</summary>
public sealed record ChequeDto(
    Guid Id, string ReceiptNumber, string Outlet, string Customer, string CustomerName, string Number, string DrawerName, string DrawerBank,
    string? DrawerAccount, decimal Amount, DateOnly ChequeDate, string Purpose, DateTime ReceivedAt, string? ReceivedBy, string Status,
    DateOnly? ClearedOn, string? ClearedBy, DateOnly? BouncedOn, string? BouncedBy, string? BounceReason, string? BounceNote, bool NegativeBalance, long Version, bool Credited);

/// <summary>One step of a cheque's history: who did what, when, which colleague reviewed it.</summary>
public sealed record ChequeEventDto(string Kind, DateTime At, string? Operator, string? Reviewer, decimal BalanceChange, string? Note);

/// <summary>A cheque with its history.</summary>
public sealed record ChequeDetailDto(ChequeDto Cheque, IReadOnlyList<ChequeEventDto> History);

/// <summary>The query's filters.</summary>
public sealed class ChequeQueryParameters
{
    public string? Outlet { get; set; }
    public string? Customer { get; set; }
    public string? Status { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Number { get; set; }
    public string? Drawer { get; set; }
    public decimal? MinAmount { get; set; }
    public decimal? MaxAmount { get; set; }
    public string? After { get; set; }
    public int? Limit { get; set; }

    internal ChequeFilter ToFilter() => new(Outlet, Customer, Status, From, To, Number, Drawer, MinAmount, MaxAmount);
}

[Route("api/cheques")]
public sealed class ChequesApiController(ChequeReceipts receipts, ChequeSettlement settlement, ChequeBounceReasons bounceReasons, ChequeQuery query) : AdminApiController
{
    /// <summary>
    /// Receives a cheque. Refusals name the field: duplicate (409), future-dated, past the presentment period, cheque payment
    /// method disabled, customer not active. Above the limit or from a repeat bouncer the first answer is 428 <c>review.required</c>;
    /// repeat with <c>review</c>. Answers 201 <c>{id, status: "Received", receiptNumber}</c>. Permission: Cheques.Receive.
    /// </summary>
    [HttpPost("")]
    [RequirePermission(ChequesPermissions.Receive)]
    [Idempotent]
    [ProducesResponseType<ChequeDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Receive(ReceiveChequeRequest request, CancellationToken ct)
    {
        var result = await receipts.ReceiveAsync(new ReceiveChequeInput(
            request.Customer,
            new ChequeDraft(request.Number, request.DrawerName, request.DrawerBank, request.DrawerAccount, request.Amount, request.ChequeDate),
            Credentials(request.Review)), ct);
        return result.Succeeded ? Created(Url.Content($"~/api/cheques/{result.Value!.Id}"), ToDto(result.Value)) : Problem(result);
    }

    /// <summary>Cheques, newest first, keyset-paged (<c>after</c> is the previous page's <c>next</c>). Permission: Cheques.View.</summary>
    [HttpGet("")]
    [RequirePermission(ChequesPermissions.View)]
    [ProducesResponseType<Page<ChequeDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List([FromQuery] ChequeQueryParameters p, CancellationToken ct)
    {
        var result = await query.ListAsync(p.ToFilter(), p.After, p.Limit, ct);
        return result.Succeeded ? Ok(new Page<ChequeDto>(result.Value!.Items.Select(ToDto).ToList(), result.Value.Next)) : Problem(result);
    }

    /// <summary>The matching cheques as CSV (UTF-8 with BOM). Permission: Cheques.View.</summary>
    [HttpGet("export.csv")]
    [RequirePermission(ChequesPermissions.View)]
    [Produces("text/csv")]
    public async Task<IActionResult> Export([FromQuery] ChequeQueryParameters p, CancellationToken ct)
    {
        var rows = query.Stream(p.ToFilter());
        if (!rows.Succeeded)
        {
            return Problem(rows);
        }

        Response.ContentType = "text/csv; charset=utf-8";
        await ChequeCsv.WriteAsync(Response.Body, rows.Value!, await Kernel.Time.LocalTimes.OffsetAsync(HttpContext), ct);
        return new EmptyResult();
    }

    /// <summary>One cheque with its history; another outlet's is 404. Permission: Cheques.View.</summary>
    [HttpGet("{id:guid}")]
    [RequirePermission(ChequesPermissions.View)]
    [ProducesResponseType<ChequeDetailDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } c
            ? Ok(new ChequeDetailDto(ToDto(c), (await query.HistoryAsync(id, ct)).Select(e => new ChequeEventDto(e.Kind, e.At, e.OperatorLogin, e.ReviewerLogin, e.BalanceChange, e.Note)).ToList()))
            : Problem(OperationResult.NotFound(ChequesErrors.NotFound()));

    /// <summary>
    /// The cheque cleared: the customer's account is credited in the same transaction. A cheque someone else changed
    /// meanwhile, or not in Received, is 409 with its current <c>status</c> and <c>version</c>. Permission: Cheques.Settle.
    /// </summary>
    [HttpPost("{id:guid}/clear")]
    [RequirePermission(ChequesPermissions.Settle)]
    [Idempotent]
    [ProducesResponseType<ChequeDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Clear(Guid id, ClearChequeRequest? request, CancellationToken ct)
    {
        var result = await settlement.ClearAsync(id, request?.ClearedOn, request?.Version, ct);
        return result.Succeeded ? Ok(ToDto(result.Value!)) : Problem(result);
    }

    /// <summary>
    /// The cheque bounced; a cleared cheque's credit is reversed (refused, 409 <c>ledger.insufficientFunds</c> naming the customer's account, when the customer has spent it). Every bounce is reviewed:
    /// the first answer is 428, repeat with <c>review</c>. 409 as for clearing. Permission: Cheques.Settle.
    /// </summary>
    [HttpPost("{id:guid}/bounce")]
    [RequirePermission(ChequesPermissions.Settle)]
    [Idempotent]
    [ProducesResponseType<ChequeDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Bounce(Guid id, BounceChequeRequest request, CancellationToken ct)
    {
        BounceReason? reason = null;
        if (request.Reason?.Trim() is { Length: > 0 } text)
        {
            if (!Enum.TryParse<BounceReason>(text, true, out var r) || !Enum.IsDefined(r) || int.TryParse(text, out _))
            {
                return Problem(OperationResult.Invalid(ChequesErrors.ReasonRequired()));
            }

            reason = r;
        }

        var result = await settlement.BounceAsync(id, await bounceReasons.CheckAsync(new BounceInput(reason, request.Note, request.BouncedOn, request.Version, Credentials(request.Review)), ct), ct);
        return result.Succeeded ? Ok(ToDto(result.Value!)) : Problem(result);
    }

    private static ReviewCredentials? Credentials(ChequeReviewBody? review) => review is null ? null : new ReviewCredentials(review.LoginName, review.Password);
}
