using Admin.Kernel.Security;

namespace Admin.Modules.Allocations.Models;

/// <summary>
/// One pre-allocation (预分配) as it was done: the customer whose account paid, the template it applied (if any), the total,
/// the ledger entry, who did it where. Its lines are the cards and their amounts. Written once, never changed.
/// </summary>
public sealed class Allocation : IOutletOwned
{
    public Guid Id { get; set; }
    /// <summary>Where the task was done.</summary>
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public Guid CustomerId { get; set; }
    public string CustomerCode { get; set; } = "";
    public string CustomerName { get; set; } = "";
    /// <summary>The primary card presented (主卡预分配), if the task was started from it.</summary>
    public string? PrimaryCardNumber { get; set; }
    public Guid? TemplateId { get; set; }
    public string? TemplateName { get; set; }
    public decimal Total { get; set; }
    public long LedgerEntryId { get; set; }
    public DateTime At { get; set; }
    public Guid OperatorId { get; set; }
    public string? OperatorLogin { get; set; }
    public List<AllocationLine> Lines { get; set; } = [];
}

/// <summary>One card of a pre-allocation and the amount it got.</summary>
public sealed class AllocationLine
{
    public Guid Id { get; set; }
    public Guid AllocationId { get; set; }
    public int LineNo { get; set; }
    public Guid CardId { get; set; }
    public string CardNumber { get; set; } = "";
    public decimal Amount { get; set; }
}
