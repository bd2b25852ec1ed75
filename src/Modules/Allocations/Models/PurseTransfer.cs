using Admin.Kernel.Security;

namespace Admin.Modules.Allocations.Models;

/// <summary>Which way a purse transfer goes.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<PurseTransferKind>))]
public enum PurseTransferKind
{
    /// <summary>圈存: card account → purse.</summary>
    Load,
    /// <summary>圈提: purse → card account.</summary>
    Unload,
}

/// <summary>Where a purse transfer stands. Pending → Completed or Voided, once; nothing leaves Completed or Voided.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<PurseTransferStatus>))]
public enum PurseTransferStatus
{
    /// <summary>The money is in transit (held): the reader is writing the chip.</summary>
    Pending,
    /// <summary>The reader wrote the chip: the money is on the other side.</summary>
    Completed,
    /// <summary>The reader failed, the operator gave up, or the timeout passed: the money is back where it came from.</summary>
    Voided,
}

/// <summary>Why a transfer was voided.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<VoidReason>))]
public enum VoidReason
{
    /// <summary>The reader reported a failure (or the operator cancelled at the reader).</summary>
    Reader,
    /// <summary>Nobody completed it within the timeout setting (the page was closed, the host went down).</summary>
    Timeout,
}

/// <summary>
/// A load (圈存) or unload (圈提), two-phase: started with the money moved into the card's <c>PurseInTransit</c> account, then
/// completed (the reader wrote the chip) or voided (the reader failed, or the timeout passed). One entry per phase; the
/// status moves once, by a conditional update, so of two parallel completes/voids exactly one wins.
/// </summary>
public sealed class PurseTransfer : IOutletOwned
{
    public Guid Id { get; set; }
    public PurseTransferKind Kind { get; set; }
    public PurseTransferStatus Status { get; set; }
    /// <summary>Where the task was done.</summary>
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public Guid CardId { get; set; }
    public string CardNumber { get; set; } = "";
    /// <summary>The outlet of the card's ledger accounts.</summary>
    public Guid CardOutletId { get; set; }
    public decimal Amount { get; set; }
    public DateTime StartedAt { get; set; }
    /// <summary>After this instant a pending transfer is voided (setting <c>Allocations.PendingTimeoutSeconds</c>).</summary>
    public DateTime ExpiresAt { get; set; }
    public DateTime? SettledAt { get; set; }
    public VoidReason? VoidReason { get; set; }
    public long StartEntryId { get; set; }
    public long? SettleEntryId { get; set; }
    public Guid OperatorId { get; set; }
    public string? OperatorLogin { get; set; }
    /// <summary>Who completed or voided it (null for a timeout voided by the sweep).</summary>
    public string? SettledBy { get; set; }
}
