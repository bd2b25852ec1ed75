using Admin.Modules.Issuing.Models;

namespace Admin.Modules.Issuing.Api;

/// <summary>The reviewer's credentials, sent when the first answer was 428 <c>review.required</c>.</summary>
public sealed record IssuingReviewBody(string? LoginName, string? Password);

/// <summary>A customer registered in the task: <c>type</c> Individual or Company, name, ID document, phone, address.</summary>
public sealed record NewCustomerRequest(string? Type, string? Name, string? IdType, string? IdNumber, string? Phone, string? Address);

/// <summary>A card: its number as read or typed, holder, vehicle plate, notes; for secondary cards the service fee (first card only may differ).</summary>
public sealed record CardRequest(string? Number, string? HolderName, string? VehiclePlate, string? Notes, decimal? ServiceFee = null);

/// <summary>The fees collected (omitted: the schedule's amount).</summary>
public sealed record FeesRequest(decimal? CardFee, decimal? Deposit, decimal? ServiceFee);

/// <summary>
/// Open an account and issue: <c>customer</c> (code or id) or <c>newCustomer</c>; <c>multiUser</c> issues a primary card;
/// <c>product</c> defaults to SINGLE / PRIMARY; <c>serviceInvoice: false</c> declines the invoice; <c>invoiceTitle</c> only when wanted.
/// </summary>
public sealed record IssueRequest(
    string? Customer, NewCustomerRequest? NewCustomer, bool? MultiUser, string? Product, CardRequest? Card, string? PaymentMethod, FeesRequest? Fees,
    bool? ServiceInvoice, string? InvoiceTitle, IssuingReviewBody? Review);

/// <summary>Secondary cards by <c>customer</c> code or the presented <c>primaryCard</c>; <c>fees</c> are the first card's.</summary>
public sealed record IssueSecondaryRequest(
    string? Customer, string? PrimaryCard, string? Product, List<CardRequest>? Cards, string? PaymentMethod, FeesRequest? Fees, bool? ServiceInvoice,
    string? InvoiceTitle, IssuingReviewBody? Review);

/// <summary>An anonymous card sold: number and face value.</summary>
public sealed record AnonymousCardRequest(string? Number, decimal? FaceValue);

/// <summary>Anonymous cards; <c>buyerType</c> Individual (default) or Company; the buyer's name and ID from the real-name threshold.</summary>
public sealed record SellAnonymousRequest(
    string? Product, List<AnonymousCardRequest>? Cards, string? PaymentMethod, string? BuyerType, string? BuyerName, string? BuyerIdType, string? BuyerIdNumber);

/// <summary>One line of a receipt: a card's fee, or an anonymous card's face value (<c>code</c> FACE).</summary>
public sealed record IssueLineDto(string Card, string Code, string NameEn, string NameZh, decimal Schedule, decimal Collected);

/// <summary>An issuing task as written: receipt, kind, cards, customer or buyer, payment, total, ledger entry, operator, reviewer.</summary>
public sealed record IssueRecordDto(
    Guid Id, string Receipt, IssueKind Kind, string Outlet, string? Customer, string? CustomerName, string? BuyerName, string PaymentMethod, decimal Total,
    string TotalInCapitals, bool ServiceInvoice, long? LedgerEntry, DateTime At, string? Operator, string? Reviewer, IReadOnlyList<string> Cards,
    IReadOnlyList<IssueLineDto> Lines)
{
    internal static IssueRecordDto From(IssueRecord r) =>
        new(r.Id, r.Receipt, r.Kind, r.OutletCode, r.CustomerCode, r.CustomerName, r.BuyerName, r.PaymentMethod, r.Total, Admin.Kernel.Money.ChineseAmount.ToCapitals(r.Total),
            r.ServiceInvoice, r.LedgerEntryId, r.At, r.OperatorLogin, r.ReviewerLogin, r.Lines.Select(l => l.CardNumber).Distinct().ToList(),
            r.Lines.OrderBy(l => l.LineNo).Select(l => new IssueLineDto(l.CardNumber, l.Code, l.NameEn, l.NameZh, l.Schedule, l.Collected)).ToList());
}
