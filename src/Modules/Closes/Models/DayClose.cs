using Admin.Kernel.Security;

namespace Admin.Modules.Closes.Models;

/// <summary>
/// An outlet's daily close (网点日结): the handover to head office (bank deposit slip and amount, posted to head-office
/// settlement) and the seal of the day: the SHA-256 <see cref="Hash"/> of the day's ledger entries and lines and its
/// authorisation records, which verification recomputes. Once it exists the ledger takes no more postings of the day.
/// </summary>
public sealed class DayClose : IOutletOwned
{
    public const int MaxSlip = 40;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public DateOnly Day { get; set; }
    public DateTime ClosedAt { get; set; }
    public Guid? ClosedById { get; set; }
    public string ClosedBy { get; set; } = "";
    public string? SlipNumber { get; set; }
    public decimal HandoverAmount { get; set; }
    public long? HandoverEntryId { get; set; }
    public string Hash { get; set; } = "";
    public int Entries { get; set; }
    public int Lines { get; set; }
    public int Authorisations { get; set; }
}
