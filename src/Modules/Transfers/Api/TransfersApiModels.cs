using Admin.Modules.Transfers.Models;

namespace Admin.Modules.Transfers.Api;

/// <summary>The reviewer's credentials (a second head-office operator).</summary>
public sealed record TransferReviewBody(string? LoginName, string? Password);

/// <summary>A manual transfer: from a customer (code) or a card (number) to another, the amount and the reason.</summary>
public sealed record TransferRequest(string? FromCustomer, string? FromCard, string? ToCustomer, string? ToCard, decimal? Amount, string? Reason, TransferReviewBody? Review);

/// <summary>A manual transfer as made.</summary>
public sealed record TransferDto(
    Guid Id, string Number, string Outlet, TransferParty FromKind, string From, string? FromCustomer, TransferParty ToKind, string To, string? ToCustomer,
    decimal Amount, string Reason, DateTime At, string? Operator, string? Reviewer, long LedgerEntry)
{
    public static TransferDto Of(ManualTransfer t) => new(
        t.Id, t.Reference, t.OutletCode, t.FromKind, t.FromCode, t.FromCustomerCode, t.ToKind, t.ToCode, t.ToCustomerCode, t.Amount, t.Reason, t.At,
        t.OperatorLogin, t.ReviewerLogin, t.LedgerEntryId);
}

/// <summary>A page of transfers.</summary>
public sealed record TransferPageDto(IReadOnlyList<TransferDto> Items, string? Next);
