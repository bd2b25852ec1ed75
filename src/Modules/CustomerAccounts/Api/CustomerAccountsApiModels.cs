using Admin.Modules.CustomerAccounts.Models;

namespace Admin.Modules.CustomerAccounts.Api;

/// <summary>The reviewer's credentials, sent when the first answer was 428 <c>review.required</c>.</summary>
public sealed record AccountsReviewBody(string? LoginName, string? Password);

/// <summary>Closing a customer: how the refund of what remains is paid (<c>method</c> Cash or Transfer with the bank details).</summary>
public sealed record CloseCustomerRequest(string? Method, string? BankName, string? BankAccount, string? AccountName, AccountsReviewBody? Review);

/// <summary>
/// A refund: <c>kind</c> Special or Small; from the <c>customer</c>'s account (code) or one <c>card</c>'s (number); <c>reason</c>
/// a code of head office's refund reasons (<c>GET /api/dictionaries/RefundReasons</c>; required for Special), <c>note</c> free text.
/// </summary>
public sealed record RefundRequest(
    string? Kind, string? Customer, string? Card, decimal? Amount, string? Reason, string? Method, string? BankName, string? BankAccount, string? AccountName,
    AccountsReviewBody? Review, string? Note = null);

/// <summary>A deposit return: the amount (default: all the deposit held for the card) and how it is paid (default Cash).</summary>
public sealed record DepositReturnRequest(decimal? Amount, string? Method, string? BankName, string? BankAccount, string? AccountName);

/// <summary>A bank transfer received: amount, the bank's reference, payer, date (yyyy-MM-dd), note; <c>customer</c> (code) matches it at once.</summary>
public sealed record ArrivalRequest(decimal? Amount, string? BankReference, string? Payer, DateOnly? ReceivedOn, string? Note, string? Customer);

/// <summary>The customer (code) an arrival belongs to.</summary>
public sealed record MatchRequest(string? Customer);

/// <summary>A credit rating: the grade (AAA, AA, A, B, C) and the limit of cheques credited before they clear.</summary>
public sealed record CreditRatingRequest(string? Rating, decimal? Limit);

/// <summary>A customer's credit line: rating (null: not rated), limit, exposure (credited cheques not cleared), debt, free credit.</summary>
public sealed record CreditRatingDto(string Customer, string? Rating, decimal Limit, decimal Exposure, decimal Debt, decimal Free, string? Version, DateTime? SetAt, string? SetBy)
{
    internal static CreditRatingDto From(Services.CreditView v) => new(v.Customer.Code, v.Rating, v.Limit, v.Exposure, v.Debt, v.Free, v.Version, v.SetAt, v.SetBy);
}

/// <summary>A refund as written: <c>reason</c> the dictionary code (null before reasons were a dictionary), <c>note</c> the free text.</summary>
public sealed record RefundDto(
    Guid Id, string Receipt, RefundKind Kind, RefundStatus Status, string Outlet, string? Customer, string? CustomerName, string? Card, decimal Amount,
    string AmountInCapitals, string Method, string? BankName, string? BankAccount, string? AccountName, string? Reason, string? Note, DateTime At, string? Operator,
    string? Reviewer, long? LedgerEntry, DateTime? PaidAt, string? PaidBy)
{
    internal static RefundDto From(Refund r) =>
        new(r.Id, r.Receipt, r.Kind, r.Status, r.OutletCode, r.CustomerCode, r.CustomerName, r.CardNumber, r.Amount, Admin.Kernel.Money.ChineseAmount.ToCapitals(r.Amount),
            r.Method, r.BankName, r.BankAccount, r.AccountName, r.ReasonCode, r.Reason, r.At, r.OperatorLogin, r.ReviewerLogin, r.EntryId, r.PaidAt, r.PaidBy);
}

/// <summary>An arrival as recorded, and its match.</summary>
public sealed record ArrivalDto(
    Guid Id, string Reference, ArrivalStatus Status, string Outlet, decimal Amount, string BankReference, string Payer, DateOnly ReceivedOn, string? Note,
    DateTime RecordedAt, string? RecordedBy, string? Customer, string? CustomerName, DateTime? MatchedAt, string? MatchedBy)
{
    internal static ArrivalDto From(Arrival a) =>
        new(a.Id, a.Reference, a.Status, a.OutletCode, a.Amount, a.BankReference, a.Payer, a.ReceivedOn, a.Note, a.RecordedAt, a.RecordedBy, a.CustomerCode,
            a.CustomerName, a.MatchedAt, a.MatchedBy);
}
