using Admin.Kernel.Data;
using Admin.Kernel.Security;

namespace Admin.Modules.Counter.Models;

/// <summary>A fee item of the schedule (服务费信息维护). Its amounts are kept with their effective dates; a change adds one.</summary>
public sealed class FeeItem : IVersioned
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";
    public bool IsActive { get; set; } = true;
    /// <summary>
    /// True when a collected amount different from the schedule needs a colleague's review (同级复核授权): the manual says so
    /// for the card cost fee and the deposit; the service fee may be reduced or waived by the operator (可减免服务费).
    /// </summary>
    public bool ReviewWhenChanged { get; set; } = true;
    public long Version { get; set; }
    public List<FeeAmount> Amounts { get; set; } = [];

    /// <summary>The amount in force on a day (the latest effective on or before it), or null when none is yet.</summary>
    public FeeAmount? AmountOn(DateOnly day) =>
        Amounts.Where(a => a.EffectiveFrom <= day).OrderByDescending(a => a.EffectiveFrom).FirstOrDefault();
}

/// <summary>One amount of a fee item, in force from a date. History is kept: past collections keep the amount they saw.</summary>
public sealed class FeeAmount
{
    public Guid Id { get; set; }
    public Guid FeeItemId { get; set; }
    public decimal Amount { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateTime RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
}

/// <summary>How money is taken (收款方式维护): cash, cheque, bank card, transfer. Head office enables or disables them.</summary>
public sealed class PaymentMethod : IVersioned
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public int SortOrder { get; set; }
    public long Version { get; set; }
}

/// <summary>A fee collection (a counter task): one customer, one or more lines, one receipt number per outlet.</summary>
public sealed class FeeCollection : IOutletOwned
{
    public Guid Id { get; set; }
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public long ReceiptNumber { get; set; }
    public Guid CustomerId { get; set; }
    public string CustomerCode { get; set; } = "";
    public string CustomerName { get; set; } = "";
    public string PaymentMethod { get; set; } = "";
    public decimal Total { get; set; }
    public DateTime At { get; set; }
    public Guid? OperatorId { get; set; }
    public string? OperatorLogin { get; set; }
    public string? ReviewerLogin { get; set; }
    public string Summary { get; set; } = "";

    /// <summary>The customer's invoice title the receipt was made out to, as it was then (JSON of <see cref="Contracts.InvoiceTitleCopy"/>), or null.</summary>
    public Guid? InvoiceTitleId { get; set; }
    public string? InvoiceTitle { get; set; }
    public List<FeeCollectionLine> Lines { get; set; } = [];

    /// <summary>The title copy, read back.</summary>
    public Contracts.InvoiceTitleCopy? TitleCopy => InvoiceTitle is null ? null : System.Text.Json.JsonSerializer.Deserialize<Contracts.InvoiceTitleCopy>(InvoiceTitle);

    /// <summary>The receipt number as printed: outlet code, a dash, six digits (more when needed).</summary>
    public string Receipt => FormatReceipt(OutletCode, ReceiptNumber);

    /// <summary>Formats a receipt number.</summary>
    public static string FormatReceipt(string outletCode, long number) => $"{outletCode}-{number:D6}";
}

/// <summary>One fee item of a collection, with the schedule's amount at the time and the amount collected.</summary>
public sealed class FeeCollectionLine
{
    public Guid Id { get; set; }
    public Guid FeeCollectionId { get; set; }
    public int LineNo { get; set; }
    public string FeeCode { get; set; } = "";
    public string FeeNameEn { get; set; } = "";
    public string FeeNameZh { get; set; } = "";
    public int Quantity { get; set; }
    public decimal UnitAmount { get; set; }
    public decimal ScheduleAmount { get; set; }
    public decimal CollectedAmount { get; set; }
}
