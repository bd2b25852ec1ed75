using Admin.Kernel.Data;

namespace Admin.Modules.Stations.Models;

/// <summary>What became of a terminal record.</summary>
public enum StationRecordStatus
{
    /// <summary>Posted to the ledger: D Purse(card) · C SalesClearing.</summary>
    Posted,
    /// <summary>A grey (interrupted) purchase, held until un-grey settles it at the counter.</summary>
    Grey,
    /// <summary>A grey purchase settled by un-grey (posted then).</summary>
    Settled,
    /// <summary>Not posted: the card is unknown or its purse as last known does not cover it (an abnormal record to look into).</summary>
    Exception,
}

/// <summary>
/// One purchase record of a terminal, as the terminal sent it, unique by terminal and sequence number: a record sent again is
/// acknowledged and never posted twice. Kept for ever (the card's station transactions, 3.14).
/// </summary>
public sealed class StationRecord
{
    public const int MaxProduct = 16;

    public long Id { get; set; }
    public Guid TerminalId { get; set; }
    public long Sequence { get; set; }
    public Guid BatchId { get; set; }
    public string CardNumber { get; set; } = "";
    /// <summary>The card, when the number is a card's.</summary>
    public Guid? CardId { get; set; }
    /// <summary>When the purchase happened (UTC, as the terminal says).</summary>
    public DateTime At { get; set; }
    public string Product { get; set; } = "";
    public decimal Quantity { get; set; }
    public decimal Amount { get; set; }
    public decimal BalanceAfter { get; set; }
    public bool Grey { get; set; }
    public StationRecordStatus Status { get; set; }
    /// <summary>Why an exception (an error code), else null.</summary>
    public string? Problem { get; set; }
    public long? EntryId { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateTime? SettledAt { get; set; }
}

/// <summary>A batch a gateway sent for one terminal: its number, the SHA-256 of its canonical body, and what became of it.</summary>
public sealed class StationBatch : IAppendOnly
{
    public Guid Id { get; set; }
    public Guid TerminalId { get; set; }
    public string BatchNo { get; set; } = "";
    public string BodyHash { get; set; } = "";
    public DateTime ReceivedAt { get; set; }
    public string? ReceivedBy { get; set; }
    public int Records { get; set; }
    public int Posted { get; set; }
    public int Duplicates { get; set; }
    public int GreyHeld { get; set; }
    public int Exceptions { get; set; }
    public int NewGaps { get; set; }
}

/// <summary>A run of sequence numbers a terminal skipped (reported; closed when the missing records arrive later).</summary>
public sealed class TerminalGap
{
    public long Id { get; set; }
    public Guid TerminalId { get; set; }
    public long From { get; set; }
    public long To { get; set; }
    public DateTime FoundAt { get; set; }
    public DateTime? FilledAt { get; set; }

    public long Missing => To - From + 1;
}

/// <summary>
/// An un-grey done at the counter: settled from a terminal record (the record's entry) or released without one (reviewed); or forced
/// by head office for an internal card (3.27: <see cref="Forced"/>, with its <see cref="Reason"/>, reviewed by head office).
/// </summary>
public sealed class UnGrey : IAppendOnly, Admin.Kernel.Security.IOutletOwned
{
    public const int MaxReason = 200;

    public Guid Id { get; set; }
    public Guid CardId { get; set; }
    public string CardNumber { get; set; } = "";
    public Guid OutletId { get; set; }
    public string TerminalId { get; set; } = "";
    public long Sequence { get; set; }
    public DateTime GreyAt { get; set; }
    public bool Settled { get; set; }
    public decimal Amount { get; set; }
    public long? RecordId { get; set; }
    public long? EntryId { get; set; }
    public DateTime At { get; set; }
    public string? OperatorLogin { get; set; }
    public string? ReviewerLogin { get; set; }
    /// <summary>Forced by head office (internal cards, 3.27), without waiting for the settlement window.</summary>
    public bool Forced { get; set; }
    /// <summary>Why head office forced it (forced un-greys only).</summary>
    public string? Reason { get; set; }
}

/// <summary>The English label of a record's status on screens (translated there).</summary>
public static class StationRecordLabels
{
    public static string Of(string status) => status == nameof(StationRecordStatus.Settled) ? "Settled by un-grey" : status;
}
