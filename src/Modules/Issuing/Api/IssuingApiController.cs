using Admin.Kernel.Api;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Issuing.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Issuing.Api;

[Route("api/cards")]
public sealed class IssuingApiController(CardIssuing issuing, SecondaryIssuing secondary, AnonymousSales anonymous, IssueQuery query) : AdminApiController
{
    /// <summary>
    /// Opens an account and issues a single-user or primary card from the caller's drawer, with its fees, in one transaction.
    /// A fee collected different from the schedule (of an item marked for review) answers 428 <c>review.required</c>; repeat
    /// with <c>review</c>. A card not in the drawer or issued meanwhile is 409; a bad number 400 naming <c>card.number</c>.
    /// Needs an <c>Idempotency-Key</c>. Answers 201 with the receipt. Permission: Issuing.Issue.
    /// </summary>
    [HttpPost("issue")]
    [Idempotent]
    [RequirePermission(IssuingPermissions.Issue)]
    [ProducesResponseType<IssueRecordDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Issue(IssueRequest request, CancellationToken ct)
    {
        var c = request.Card;
        var f = request.Fees;
        var n = request.NewCustomer;
        var result = await issuing.IssueAsync(new IssueInput(
            request.Customer, n is null ? null : new NewCustomer(n.Type, n.Name, n.IdType, n.IdNumber, n.Phone, n.Address), request.MultiUser ?? false, request.Product,
            c is null ? null : new CardInput(c.Number, c.HolderName, c.VehiclePlate, c.Notes), request.PaymentMethod,
            f is null ? null : new FeeInput(f.CardFee, f.Deposit, f.ServiceFee), request.ServiceInvoice ?? true, request.InvoiceTitle, Credentials(request.Review)), ct);
        return Answer(result);
    }

    /// <summary>
    /// Issues secondary cards under the customer's primary card (by <c>customer</c> code or the presented <c>primaryCard</c>).
    /// One review covers the batch: the first card's fees, and the secondary-card limit M (428 naming N, the cards beyond it).
    /// Needs an <c>Idempotency-Key</c>. Answers 201 with the receipt. Permission: Issuing.Issue.
    /// </summary>
    [HttpPost("issue-secondary")]
    [Idempotent]
    [RequirePermission(IssuingPermissions.Issue)]
    [ProducesResponseType<IssueRecordDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> IssueSecondary(IssueSecondaryRequest request, CancellationToken ct)
    {
        var f = request.Fees;
        var result = await secondary.IssueAsync(new SecondaryInput(
            request.Customer, request.PrimaryCard, request.Product,
            request.Cards?.Select(c => c is null ? new CardInput(null) : new CardInput(c.Number, c.HolderName, c.VehiclePlate, c.Notes, c.ServiceFee)).ToList(),
            request.PaymentMethod, f is null ? null : new FeeInput(f.CardFee, f.Deposit, f.ServiceFee), request.ServiceInvoice ?? true, request.InvoiceTitle,
            Credentials(request.Review)), ct);
        return Answer(result);
    }

    /// <summary>
    /// Sells anonymous cards with face values (each one of the product's, never above its cap: 422); from the real-name threshold
    /// the buyer's name and ID are required (400); from the cash limit cash is refused, a credit card always (422).
    /// Needs an <c>Idempotency-Key</c>. Answers 201 with the receipt. Permission: Issuing.SellAnonymous.
    /// </summary>
    [HttpPost("sell-anonymous")]
    [Idempotent]
    [RequirePermission(IssuingPermissions.SellAnonymous)]
    [ProducesResponseType<IssueRecordDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> SellAnonymous(SellAnonymousRequest request, CancellationToken ct)
    {
        var result = await anonymous.SellAsync(new AnonymousInput(
            request.Product, request.Cards?.Select(c => new AnonymousCardInput(c?.Number, c?.FaceValue)).ToList(), request.PaymentMethod, request.BuyerType,
            request.BuyerName, request.BuyerIdType, request.BuyerIdNumber), ct);
        return Answer(result);
    }

    /// <summary>An issuing receipt; another outlet's is 404. Permission: Issuing.View.</summary>
    [HttpGet("issue-records/{id:guid}")]
    [RequirePermission(IssuingPermissions.View)]
    [ProducesResponseType<IssueRecordDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Record(Guid id, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } r ? Ok(IssueRecordDto.From(r)) : Problem(OperationResult.NotFound(IssuingErrors.ReceiptNotFound()));

    private IActionResult Answer(OperationResult<Models.IssueRecord> result) =>
        result.Succeeded ? Created(Url.Content($"~/api/cards/issue-records/{result.Value!.Id}"), IssueRecordDto.From(result.Value)) : Problem(result);

    private static ReviewCredentials? Credentials(IssuingReviewBody? review) => review is null ? null : new ReviewCredentials(review.LoginName, review.Password);
}
