using Admin.Kernel.Money;
using Admin.Modules.Cheques.Contracts;
using Admin.Modules.TopUps.Models;

namespace Admin.Modules.TopUps.Api;

/// <summary>The reviewer's credentials, sent when the first answer was 428 <c>review.required</c>.</summary>
public sealed record TopUpsReviewBody(string? LoginName, string? Password);

/// <summary>The cheque, when <c>paymentMethod</c> is <c>Cheque</c> (its amount is the request's).</summary>
public sealed record ChequeRequest(string? Number, string? DrawerName, string? DrawerBank, string? DrawerAccount, DateOnly? ChequeDate);

/// <summary>
/// A top-up: <c>customer</c> (code or id, any outlet) or a presented <c>card</c> (number: a single-user, anonymous or internal
/// card onto its card account, a primary card onto its customer's account); <c>amount</c>; <c>paymentMethod</c> Cash,
/// BankCard, Transfer or Cheque (with <c>cheque</c>); the payer's bank <c>reference</c>; the payer's real name and ID for an
/// anonymous card from the real-name threshold.
/// </summary>
public sealed record TopUpRequest(
    string? Customer, string? Card, decimal? Amount, string? PaymentMethod, string? Reference, string? PayerName, string? PayerIdNumber, ChequeRequest? Cheque,
    TopUpsReviewBody? Review);

/// <summary>A customer receipt: <c>customer</c> (code or id, any outlet) or the customer's <c>primaryCard</c>; the rest as a top-up.</summary>
public sealed record ReceiptRequest(
    string? Customer, string? PrimaryCard, decimal? Amount, string? PaymentMethod, string? Reference, ChequeRequest? Cheque, TopUpsReviewBody? Review);

/// <summary>A cancellation or reversal: an optional reason, and the reviewer (always asked: the first answer is 428).</summary>
public sealed record CorrectionRequest(string? Reason, TopUpsReviewBody? Review);

/// <summary>
/// A receipt: number, kind, status, where it was taken (outlet, operator) and whose account it credited (customer or card,
/// and that account's outlet), amount and payment method, the ledger entry; once corrected, who did it with which review.
/// </summary>
public sealed record ReceiptDto(
    Guid Id, string Receipt, TopUpKind Kind, ReceiptStatus Status, string Outlet, string? Customer, string? CustomerName, string? Card, string AccountOutlet,
    decimal Amount, string AmountInCapitals, string PaymentMethod, string? Reference, long LedgerEntry, DateTime At, string? Operator, DateTime? CorrectedAt,
    string? CorrectedBy, string? CorrectionReviewer, string? CorrectionReason, long? CorrectionEntry)
{
    internal static ReceiptDto From(TopUpReceipt r) =>
        new(r.Id, r.Receipt, r.Kind, r.Status, r.OutletCode, r.CustomerCode, r.CustomerName, r.CardNumber, r.AccountOutletCode, r.Amount, ChineseAmount.ToCapitals(r.Amount),
            r.PaymentMethod, r.Reference, r.LedgerEntryId, r.At, r.OperatorLogin, r.CorrectedAt, r.CorrectedBy, r.CorrectionReviewer, r.CorrectionReason, r.CorrectionEntryId);
}

/// <summary>A top-up paid by cheque: received, waiting for clearing; the customer is credited when it clears.</summary>
public sealed record ChequeTopUpDto(string Status, Guid Cheque, string Receipt, string? Customer, decimal Amount)
{
    internal static ChequeTopUpDto From(ChequeInfo c) => new("AwaitingClearing", c.Id, c.Receipt, c.CustomerCode, c.Amount);
}

/// <summary>The receipts list's filters.</summary>
public sealed class ReceiptQueryParameters
{
    public string? Customer { get; set; }
    public string? Card { get; set; }
    public string? Status { get; set; }
    public string? After { get; set; }
    public int? Limit { get; set; }
}
