using Admin.Kernel.Results;
using Admin.Kernel.Security;

namespace Admin.Modules.TopUps.Models;

/// <summary>Which task took the money, and so where it went.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TopUpKind>))]
public enum TopUpKind
{
    /// <summary>客户充值 (2.10), also by presenting the customer's primary card (2.11): onto the customer account.</summary>
    CustomerTopUp,
    /// <summary>客户收款 (2.12), also by the primary card (2.13): onto the customer account.</summary>
    CustomerReceipt,
    /// <summary>单用户卡充值 (2.17): onto a single-user (or anonymous) card's card account.</summary>
    CardTopUp,
    /// <summary>内部卡充值 (2.36): onto an internal card's card account.</summary>
    InternalCardTopUp,
}

/// <summary>Where a receipt stands: posted, then at most once cancelled (its own day) or reversed (any day).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ReceiptStatus>))]
public enum ReceiptStatus
{
    /// <summary>The money is on the account it went to.</summary>
    Posted,
    /// <summary>收款撤单: taken back on the receipt's own local day.</summary>
    Cancelled,
    /// <summary>收款冲销: taken back by a correcting entry, on a later day or the same.</summary>
    Reversed,
}

/// <summary>
/// One top-up or receipt as it was done: the serving outlet and operator (whose till got the money, by payment method), the
/// customer or card it was for and the outlet that account belongs to (the network serves any outlet's customers), the
/// amount, the ledger entry; and, once corrected, who cancelled or reversed it with which review and correcting entry.
/// </summary>
public sealed class TopUpReceipt : IOutletOwned
{
    /// <summary>Longest reason for a correction.</summary>
    public const int MaxReason = 200;

    public Guid Id { get; set; }
    public TopUpKind Kind { get; set; }
    public ReceiptStatus Status { get; set; }

    /// <summary>The serving outlet (where the till is): the outlet whose receipt this is.</summary>
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public long ReceiptNumber { get; set; }

    /// <summary>The customer whose account (or card) got the money; null for an anonymous or internal card.</summary>
    public Guid? CustomerId { get; set; }
    public string? CustomerCode { get; set; }
    public string? CustomerName { get; set; }
    public Guid? CardId { get; set; }
    public string? CardNumber { get; set; }

    /// <summary>The outlet the credited account belongs to (the customer's or the card's); not necessarily the serving one.</summary>
    public Guid AccountOutletId { get; set; }
    public string AccountOutletCode { get; set; } = "";

    public string PaymentMethod { get; set; } = "";
    public decimal Amount { get; set; }

    /// <summary>The payer's bank reference (transfer, bank card slip), as typed.</summary>
    public string? Reference { get; set; }
    public string? PayerName { get; set; }
    public string? PayerIdNumber { get; set; }

    public long LedgerEntryId { get; set; }
    public DateTime At { get; set; }
    public Guid OperatorId { get; set; }
    public string? OperatorLogin { get; set; }

    public DateTime? CorrectedAt { get; set; }
    public Guid? CorrectedById { get; set; }
    public string? CorrectedBy { get; set; }
    public string? CorrectionReviewer { get; set; }
    public string? CorrectionReason { get; set; }
    public long? CorrectionEntryId { get; set; }

    /// <summary>The receipt number as printed: outlet code, <c>-T</c>, six digits.</summary>
    public string Receipt => $"{OutletCode}-T{ReceiptNumber:D6}";

    /// <summary>True when the money went onto the customer account (not a card).</summary>
    public bool OntoCustomerAccount => Kind is TopUpKind.CustomerTopUp or TopUpKind.CustomerReceipt;

    /// <summary>
    /// Whether the receipt may be cancelled (撤单) on <paramref name="today"/>: only while posted and on its own local day
    /// (<paramref name="receivedOn"/>); later, only a reversal (冲销) corrects it.
    /// </summary>
    public OperationError? CannotCancel(DateOnly receivedOn, DateOnly today, bool shiftClosed = false) =>
        Status != ReceiptStatus.Posted ? TopUpsErrors.NotPosted(Receipt, Status.ToString())
        : receivedOn != today ? TopUpsErrors.CancelSameDayOnly(Receipt, receivedOn)
        : shiftClosed ? TopUpsErrors.ShiftClosed(Receipt)
        : null;

    /// <summary>Whether the receipt may be reversed: only while posted (a receipt is corrected once).</summary>
    public OperationError? CannotReverse() => Status != ReceiptStatus.Posted ? TopUpsErrors.NotPosted(Receipt, Status.ToString()) : null;
}
