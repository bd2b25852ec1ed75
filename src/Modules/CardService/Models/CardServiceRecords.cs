using Admin.Kernel.Data;
using Admin.Kernel.Security;

namespace Admin.Modules.CardService.Models;

/// <summary>Where a loss report stands. Stored and sent by name.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<LossReportStatus>))]
public enum LossReportStatus
{
    /// <summary>The card is blocked as lost.</summary>
    Open,
    /// <summary>止挂: the customer found the card; it is in use again.</summary>
    Cancelled,
    /// <summary>补卡: the card was replaced.</summary>
    Replaced,
}

/// <summary>
/// A loss report (挂失 3.15): the card, its customer, when and by whom, and how it ended (cancelled or replaced). The waiting
/// period before a replacement counts from <see cref="ReportedAt"/>. The ID document checked is not stored (only that it matched).
/// </summary>
public sealed class LossReport : IVersioned, IOutletOwned
{
    public Guid Id { get; set; }
    public Guid CardId { get; set; }
    public string CardNumber { get; set; } = "";
    public Guid CustomerId { get; set; }
    /// <summary>The card's outlet (the report is that outlet's).</summary>
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public LossReportStatus Status { get; set; }
    public DateTime ReportedAt { get; set; }
    public string? ReportedBy { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public long Version { get; set; }

    /// <summary>The first instant the card may be replaced.</summary>
    public DateTime ReplaceableFrom(int waitHours) => ReportedAt.AddHours(waitHours);
}

/// <summary>Why a card was replaced.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ReplacementReason>))]
public enum ReplacementReason
{
    /// <summary>补卡 after a loss report.</summary>
    Lost,
    /// <summary>坏卡: unreadable; replaced with the balance the host knows.</summary>
    Bad,
    /// <summary>失效卡: expired; exchanged for a new card.</summary>
    Expired,
}

/// <summary>
/// A replacement (补卡 3.19/3.20): the old and new card, the amounts moved at once (card account, deposit) by
/// <see cref="EntryId"/>, and the old card's purse as last known, which moves to the new card's account from
/// <see cref="PurseDueAt"/> (after the settlement window in which the old card's terminal records may still arrive) by
/// <see cref="PurseEntryId"/>.
/// </summary>
public sealed class Replacement : IVersioned, IOutletOwned
{
    public Guid Id { get; set; }
    public Guid OldCardId { get; set; }
    public string OldNumber { get; set; } = "";
    public Guid NewCardId { get; set; }
    public string NewNumber { get; set; } = "";
    public Guid? CustomerId { get; set; }
    public ReplacementReason Reason { get; set; }
    public Guid? LossReportId { get; set; }
    /// <summary>The outlet where it was done (the old card's).</summary>
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public string? OperatorLogin { get; set; }
    public DateTime At { get; set; }
    public decimal CardAmount { get; set; }
    public decimal DepositAmount { get; set; }
    public long? EntryId { get; set; }
    public DateTime PurseDueAt { get; set; }
    public decimal? PurseAmount { get; set; }
    public DateTime? PurseMovedAt { get; set; }
    public string? PurseMovedBy { get; set; }
    public long? PurseEntryId { get; set; }
    /// <summary>The card cost fee (工本费) charged for the new card, from the fee schedule; income in the replacement's entry.</summary>
    public decimal Fee { get; set; }
    /// <summary>How the fee was paid (the till it went into); null when no fee was charged.</summary>
    public string? FeePaymentMethod { get; set; }
    public long Version { get; set; }

    public bool PurseDue(DateTime now) => PurseMovedAt is null && now >= PurseDueAt;
}
