using Admin.Kernel.Security;

namespace Admin.Modules.Issuing.Models;

/// <summary>Which issuing task made a record.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<IssueKind>))]
public enum IssueKind
{
    /// <summary>开户发卡: a single-user or primary card, the customer picked or registered in the task.</summary>
    Issue,
    /// <summary>发副卡: secondary cards under a primary card.</summary>
    Secondary,
    /// <summary>不记名卡销售: anonymous cards with face values.</summary>
    Anonymous,
}

/// <summary>
/// One issuing task as it was done: receipt number (per outlet), customer or anonymous buyer, payment method, total, the
/// ledger entry it posted, who issued and who reviewed; its lines are the cards' fees and face values. Written once.
/// </summary>
public sealed class IssueRecord : IOutletOwned
{
    public Guid Id { get; set; }
    public IssueKind Kind { get; set; }
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public long ReceiptNumber { get; set; }
    public Guid? CustomerId { get; set; }
    public string? CustomerCode { get; set; }
    public string? CustomerName { get; set; }
    /// <summary>For anonymous cards at or above the real-name threshold: the buyer as recorded.</summary>
    public string? BuyerName { get; set; }
    public string? BuyerIdType { get; set; }
    public string? BuyerIdNumber { get; set; }
    public string PaymentMethod { get; set; } = "";
    public decimal Total { get; set; }
    /// <summary>False when the customer declined the service-fee invoice.</summary>
    public bool ServiceInvoice { get; set; } = true;
    public Guid? InvoiceTitleId { get; set; }
    /// <summary>The invoice title as it was (JSON of Counter's <c>InvoiceTitleCopy</c>), or null.</summary>
    public string? InvoiceTitle { get; set; }
    public long? LedgerEntryId { get; set; }
    public DateTime At { get; set; }
    public Guid? OperatorId { get; set; }
    public string? OperatorLogin { get; set; }
    public string? ReviewerLogin { get; set; }
    public string Summary { get; set; } = "";
    public List<IssueLine> Lines { get; set; } = [];

    /// <summary>The receipt number as printed: outlet code, <c>-K</c>, six digits.</summary>
    public string Receipt => $"{OutletCode}-K{ReceiptNumber:D6}";
}

/// <summary>One line: a card's fee (schedule and collected) or an anonymous card's face value.</summary>
public sealed class IssueLine
{
    public Guid Id { get; set; }
    public Guid IssueRecordId { get; set; }
    public int LineNo { get; set; }
    public Guid CardId { get; set; }
    public string CardNumber { get; set; } = "";
    /// <summary>The fee code (<c>CARD</c>, <c>DEPOSIT</c>, <c>SERVICE</c>) or <c>FACE</c> for a face value.</summary>
    public string Code { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";
    public decimal Schedule { get; set; }
    public decimal Collected { get; set; }

    /// <summary>The code of a face-value line.</summary>
    public const string FaceValue = "FACE";
}

/// <summary>
/// One row per customer who has been issued secondary cards: every secondary-card task updates it first, inside its
/// transaction, so two batches of one customer run one after the other and the second counts the cards the first left.
/// </summary>
public sealed class SecondaryIssueLock
{
    public Guid CustomerId { get; set; }

    /// <summary>Secondary-card tasks written for the customer (the update's target; its value is only informative).</summary>
    public long Batches { get; set; }
}
