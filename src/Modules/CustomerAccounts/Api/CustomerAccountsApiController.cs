using Admin.Kernel.Api;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.CustomerAccounts.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.CustomerAccounts.Api;

[Route("api")]
public sealed class CustomerAccountsApiController(CustomerClosingTask closing, RefundTasks refunds, ArrivalTasks arrivals, AccountsQuery query, CreditRatings ratings) : AdminApiController
{
    /// <summary>The customer's credit line: rating, limit, exposure (cheques credited before clearing, not yet cleared), debt, free credit. Permission: CustomerAccounts.View.</summary>
    [HttpGet("customers/{id:guid}/credit-rating")]
    [RequirePermission(CustomerAccountsPermissions.View)]
    [ProducesResponseType<CreditRatingDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> CreditRating(Guid id, CancellationToken ct) =>
        await ratings.FindAsync(id, ct) is { } v ? Ok(CreditRatingDto.From(v)) : Problem(OperationResult.NotFound(CustomerAccountsErrors.CustomerNotFound()));

    /// <summary>
    /// Rates a company customer (客户信誉度): grade and credit limit. A limit below the exposure is 409
    /// <c>customerAccounts.limitBelowExposure</c> naming it; an individual is 422. Permission: CustomerAccounts.Rate.
    /// </summary>
    [HttpPut("customers/{id:guid}/credit-rating")]
    [RequirePermission(CustomerAccountsPermissions.Rate)]
    [ProducesResponseType<CreditRatingDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Rate(Guid id, CreditRatingRequest request, CancellationToken ct)
    {
        var result = await ratings.SetAsync(id, request.Rating, request.Limit, ct);
        return result.Succeeded ? Ok(CreditRatingDto.From(result.Value!)) : Problem(result);
    }

    /// <summary>
    /// Closes the customer (客户清户) and refunds what remains (清户退款): every open card closed, the cards' money back to the
    /// customer account, a debt settled, the rest refunded in cash (up to the cash-refund limit) or by transfer (payable until paid).
    /// A card with money on its chip purse is 409 <c>customerAccounts.purseNotEmpty</c> naming it. Always reviewed (428).
    /// Needs an <c>Idempotency-Key</c>. Answers 201 with the refund. Permission: CustomerAccounts.Close.
    /// </summary>
    [HttpPost("customers/{id:guid}/close")]
    [Idempotent]
    [RequirePermission(CustomerAccountsPermissions.Close)]
    [ProducesResponseType<RefundDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Close(Guid id, CloseCustomerRequest request, CancellationToken ct) =>
        Answer(await closing.CloseAsync(new CloseInput(id, new RefundPayout(request.Method, request.BankName, request.BankAccount, request.AccountName), Credentials(request.Review)), ct));

    /// <summary>
    /// A special (特殊退款, always reviewed: 428) or small refund (小额退款, up to the small-refund limit, no review) from the
    /// customer's account or one card's account. Needs an <c>Idempotency-Key</c>. Answers 201. Permission: CustomerAccounts.Refund.
    /// </summary>
    [HttpPost("refunds")]
    [Idempotent]
    [RequirePermission(CustomerAccountsPermissions.Refund)]
    [ProducesResponseType<RefundDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Refund(RefundRequest request, CancellationToken ct) =>
        Answer(await refunds.RefundAsync(new RefundInput(request.Kind, request.Customer, request.Card, request.Amount, request.Reason,
            new RefundPayout(request.Method, request.BankName, request.BankAccount, request.AccountName), Credentials(request.Review), request.Note), ct));

    /// <summary>Records a payable transfer refund paid (once; a paid one is 409 with its status). Needs an <c>Idempotency-Key</c>. Permission: CustomerAccounts.Refund.</summary>
    [HttpPost("refunds/{id:guid}/pay")]
    [Idempotent]
    [RequirePermission(CustomerAccountsPermissions.Refund)]
    [ProducesResponseType<RefundDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Pay(Guid id, CancellationToken ct)
    {
        var result = await refunds.PayAsync(id, ct);
        return result.Succeeded ? Ok(RefundDto.From(result.Value!)) : Problem(result);
    }

    /// <summary>
    /// Returns the deposit held for a closed card (退押金): at most what is held for that card (422 above), 409 for a card not closed.
    /// Needs an <c>Idempotency-Key</c>. Answers 201 with the refund. Permission: CustomerAccounts.Refund.
    /// </summary>
    [HttpPost("cards/{number}/deposit-return")]
    [Idempotent]
    [RequirePermission(CustomerAccountsPermissions.Refund)]
    [ProducesResponseType<RefundDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> DepositReturn(string number, DepositReturnRequest request, CancellationToken ct) =>
        Answer(await refunds.ReturnDepositAsync(new DepositReturnInput(number, request.Amount,
            request.Method is null ? null : new RefundPayout(request.Method, request.BankName, request.BankAccount, request.AccountName)), ct));

    /// <summary>A refund; another outlet's is 404. Permission: CustomerAccounts.View.</summary>
    [HttpGet("refunds/{id:guid}")]
    [RequirePermission(CustomerAccountsPermissions.View)]
    [ProducesResponseType<RefundDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> GetRefund(Guid id, CancellationToken ct) =>
        await query.RefundAsync(id, ct) is { } r ? Ok(RefundDto.From(r)) : Problem(OperationResult.NotFound(CustomerAccountsErrors.RefundNotFound()));

    /// <summary>Refunds newest first (<c>status</c> Payable or Paid), keyset pages. Permission: CustomerAccounts.View.</summary>
    [HttpGet("refunds")]
    [RequirePermission(CustomerAccountsPermissions.View)]
    [ProducesResponseType<Page<RefundDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Refunds(RefundStatus? status, string? after, int? limit, CancellationToken ct)
    {
        var page = await query.RefundsAsync(status, after, limit, ct);
        return page.Succeeded ? Ok(new Page<RefundDto>(page.Value!.Items.Select(RefundDto.From).ToList(), page.Value.Next)) : Problem(page);
    }

    /// <summary>
    /// Records a bank transfer received for a customer (客户到账): into Suspense until matched; with <c>customer</c> it is matched at
    /// once. A bank reference recorded before is 409. Needs an <c>Idempotency-Key</c>. Answers 201. Permission: CustomerAccounts.Arrivals.
    /// </summary>
    [HttpPost("arrivals")]
    [Idempotent]
    [RequirePermission(CustomerAccountsPermissions.Arrivals)]
    [ProducesResponseType<ArrivalDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Arrival(ArrivalRequest request, CancellationToken ct)
    {
        var result = await arrivals.RecordAsync(new ArrivalInput(request.Amount, request.BankReference, request.Payer, request.ReceivedOn, request.Note, request.Customer), ct);
        return result.Succeeded ? Created(Url.Content($"~/api/arrivals/{result.Value!.Id}"), ArrivalDto.From(result.Value)) : Problem(result);
    }

    /// <summary>
    /// Matches an arrival to a customer: credits the customer's account from Suspense, once (a matched one is 409 naming its
    /// customer). Needs an <c>Idempotency-Key</c>. Permission: CustomerAccounts.Arrivals.
    /// </summary>
    [HttpPost("arrivals/{id:guid}/match")]
    [Idempotent]
    [RequirePermission(CustomerAccountsPermissions.Arrivals)]
    [ProducesResponseType<ArrivalDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Match(Guid id, MatchRequest request, CancellationToken ct)
    {
        var result = await arrivals.MatchAsync(id, request.Customer, ct);
        return result.Succeeded ? Ok(ArrivalDto.From(result.Value!)) : Problem(result);
    }

    /// <summary>An arrival; another outlet's is 404 (head office sees all). Permission: CustomerAccounts.Arrivals.</summary>
    [HttpGet("arrivals/{id:guid}")]
    [RequirePermission(CustomerAccountsPermissions.Arrivals)]
    [ProducesResponseType<ArrivalDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> GetArrival(Guid id, CancellationToken ct) =>
        await query.ArrivalAsync(id, ct) is { } a ? Ok(ArrivalDto.From(a)) : Problem(OperationResult.NotFound(CustomerAccountsErrors.ArrivalNotFound()));

    /// <summary>Arrivals newest first (<c>status</c> Unmatched or Matched), keyset pages. Permission: CustomerAccounts.Arrivals.</summary>
    [HttpGet("arrivals")]
    [RequirePermission(CustomerAccountsPermissions.Arrivals)]
    [ProducesResponseType<Page<ArrivalDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Arrivals(ArrivalStatus? status, string? after, int? limit, CancellationToken ct)
    {
        var page = await query.ArrivalsAsync(status, after, limit, ct);
        return page.Succeeded ? Ok(new Page<ArrivalDto>(page.Value!.Items.Select(ArrivalDto.From).ToList(), page.Value.Next)) : Problem(page);
    }

    private IActionResult Answer(OperationResult<Refund> result) =>
        result.Succeeded ? Created(Url.Content($"~/api/refunds/{result.Value!.Id}"), RefundDto.From(result.Value)) : Problem(result);

    private static ReviewCredentials? Credentials(AccountsReviewBody? review) => review is null ? null : new ReviewCredentials(review.LoginName, review.Password);
}
