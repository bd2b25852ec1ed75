using Admin.Kernel.Security;

namespace Admin.Modules.Ledger.Models;

/// <summary>
/// A shift close's mark on an operator's till at an outlet: every entry up to <see cref="LastEntryId"/> belongs to a closed
/// shift (its tasks are reversed, never cancelled); the next shift is what the till saw after it.
/// </summary>
public sealed class LedgerShiftMark : IOutletOwned
{
    public long Id { get; set; }
    public Guid OutletId { get; set; }
    public Guid OperatorId { get; set; }
    public long LastEntryId { get; set; }
    public DateTime At { get; set; }

    /// <summary>The close that set the mark (the Closes module's id).</summary>
    public string TaskId { get; set; } = "";
}

/// <summary>A closed local day of an outlet: the ledger refuses every posting of that outlet while the day is closed.</summary>
public sealed class LedgerClosedDay : IOutletOwned
{
    public Guid OutletId { get; set; }
    public DateOnly Day { get; set; }
    public DateTime ClosedAt { get; set; }
    public string TaskId { get; set; } = "";
}
