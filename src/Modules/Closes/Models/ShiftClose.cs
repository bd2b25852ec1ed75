using Admin.Kernel.Security;

namespace Admin.Modules.Closes.Models;

/// <summary>
/// An operator's shift close (操作员班结) at an outlet, kept as its report: per payment method what the ledger expected in
/// the till and what was counted, the difference posted to over/short (reviewed beyond the tolerance), the entry that
/// emptied the till into the outlet's handover account, and the last ledger entry of the shift.
/// </summary>
public sealed class ShiftClose : IOutletOwned
{
    public const int MaxNote = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public Guid OperatorId { get; set; }
    public string OperatorLogin { get; set; } = "";

    /// <summary>What people call it: the outlet, the local day and the operator's close of that day (<c>44010001-20261207-op01-1</c>).</summary>
    public string Number { get; set; } = "";
    public DateOnly Day { get; set; }
    public DateTime ClosedAt { get; set; }

    /// <summary>The first task of the shift (null when only a difference was carried).</summary>
    public DateTime? OpenedAt { get; set; }
    public int Tasks { get; set; }
    public long LastEntryId { get; set; }
    public long? EntryId { get; set; }
    public decimal Expected { get; set; }
    public decimal Counted { get; set; }
    public decimal Difference { get; set; }
    public decimal Tolerance { get; set; }
    public string? ReviewerLogin { get; set; }

    /// <summary>The cash by denomination as counted, e.g. <c>100×3 50×1</c> (optional).</summary>
    public string? Denominations { get; set; }
    public string? Note { get; set; }
    public List<ShiftCloseLine> Lines { get; set; } = [];

    /// <summary>The lines from what the ledger expects and what was counted, every method with either; totals set.</summary>
    public void Count(IReadOnlyDictionary<string, decimal> expected, IReadOnlyDictionary<string, decimal> counted, IReadOnlyList<string> methods)
    {
        Lines = methods
            .Select(m => new ShiftCloseLine { ShiftCloseId = Id, PaymentMethod = m, Expected = expected.GetValueOrDefault(m), Counted = counted.GetValueOrDefault(m) })
            .Where(l => l.Expected != 0 || l.Counted != 0)
            .ToList();
        Expected = Lines.Sum(l => l.Expected);
        Counted = Lines.Sum(l => l.Counted);
        Difference = Counted - Expected;
    }

    /// <summary>The lines whose difference is beyond the tolerance (they need a colleague's review).</summary>
    public IReadOnlyList<ShiftCloseLine> BeyondTolerance(decimal tolerance) => Lines.Where(l => Math.Abs(l.Difference) > tolerance).ToList();
}

/// <summary>One payment method of a shift close: expected (the till's ledger balance), counted, difference (over positive).</summary>
public sealed class ShiftCloseLine
{
    public long Id { get; set; }
    public Guid ShiftCloseId { get; set; }
    public string PaymentMethod { get; set; } = "";
    public decimal Expected { get; set; }
    public decimal Counted { get; set; }
    public decimal Difference => Counted - Expected;
}
