using Admin.Kernel.Api;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Counter.Models;
using Admin.Modules.Counter.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

using Admin.Modules.Counter.Contracts;

namespace Admin.Modules.Counter.Api;

/// <summary>One line of a fee collection: the fee code, the quantity and the amount collected for the line (two decimals).</summary>
public sealed record FeeLineRequest(string? Fee, int? Quantity, decimal? Collected);

/// <summary>The reviewer's credentials, sent when the first answer was 428 <c>review.required</c>.</summary>
public sealed record ReviewRequestBody(string? LoginName, string? Password);

/// <summary>
/// A fee collection: <c>customer</c> is the customer's code or id; <c>invoiceTitle</c> the id of one of the customer's invoice
/// titles (omitted: the customer's default title, if any); <c>review</c> only after a 428.
/// </summary>
public sealed record FeeCollectionRequest(string? Customer, List<FeeLineRequest>? Items, string? PaymentMethod, ReviewRequestBody? Review, string? InvoiceTitle = null);

/// <summary>One line of a collection as written, with the schedule's amount at the time.</summary>
public sealed record FeeLineDto(string Fee, string NameEn, string NameZh, int Quantity, decimal Unit, decimal Schedule, decimal Collected);

/// <summary>A fee collection with its receipt number (outlet code, dash, sequence).</summary>
public sealed record FeeCollectionDto(
    Guid Id, string Receipt, string Outlet, long ReceiptNumber, string Customer, string CustomerName, string PaymentMethod, decimal Total,
    string TotalInCapitals, DateTime At, string? Operator, string? Reviewer, IReadOnlyList<FeeLineDto> Items, InvoiceTitleCopy? InvoiceTitle);

[Route("api/counter/fee-collections")]
public sealed class FeeCollectionsApiController(FeeCollections collections, FeeCollectionQuery query) : AdminApiController
{
    /// <summary>
    /// Collects fees. When a collected amount differs from the schedule the first answer is 428 <c>review.required</c> naming the
    /// point and the reasons; repeat the same request with <c>review: {loginName, password}</c> of a colleague of the same outlet.
    /// A refused review is 403 naming the rule. Answers 201 with the receipt. Permission: Counter.CollectFees.
    /// </summary>
    [HttpPost("")]
    [RequirePermission(CounterPermissions.CollectFees)]
    [Idempotent]
    [ProducesResponseType<FeeCollectionDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Collect(FeeCollectionRequest request, CancellationToken ct)
    {
        var result = await collections.CollectAsync(new FeeCollectionInput(
            request.Customer,
            request.Items?.Select(i => new FeeLineInput(i.Fee, i.Quantity, i.Collected)).ToList(),
            request.PaymentMethod,
            request.Review is null ? null : new ReviewCredentials(request.Review.LoginName, request.Review.Password),
            request.InvoiceTitle), ct);
        return result.Succeeded ? Created(Url.Content($"~/api/counter/fee-collections/{result.Value!.Id}"), ToDto(result.Value)) : Problem(result);
    }

    /// <summary>Collections, newest first, keyset-paged; <c>customer</c> is a customer id. Permission: Counter.ViewCollections.</summary>
    [HttpGet("")]
    [RequirePermission(CounterPermissions.ViewCollections)]
    [ProducesResponseType<Page<FeeCollectionDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(Guid? customer, string? after, int? limit, CancellationToken ct)
    {
        var result = await query.ListAsync(customer, after, limit, ct);
        return result.Succeeded ? Ok(new Page<FeeCollectionDto>(result.Value!.Items.Select(ToDto).ToList(), result.Value.Next)) : Problem(result);
    }

    /// <summary>One collection; another outlet's is 404. Permission: Counter.ViewCollections.</summary>
    [HttpGet("{id:guid}")]
    [RequirePermission(CounterPermissions.ViewCollections)]
    [ProducesResponseType<FeeCollectionDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } c ? Ok(ToDto(c)) : Problem(OperationResult.NotFound(CounterErrors.CollectionNotFound()));

    internal static FeeCollectionDto ToDto(FeeCollection c) =>
        new(c.Id, c.Receipt, c.OutletCode, c.ReceiptNumber, c.CustomerCode, c.CustomerName, c.PaymentMethod, c.Total, Admin.Kernel.Money.ChineseAmount.ToCapitals(c.Total),
            c.At, c.OperatorLogin, c.ReviewerLogin,
            c.Lines.Select(l => new FeeLineDto(l.FeeCode, l.FeeNameEn, l.FeeNameZh, l.Quantity, l.UnitAmount, l.ScheduleAmount, l.CollectedAmount)).ToList(),
            c.TitleCopy);
}
