using Admin.Kernel.Data;

namespace Admin.Modules.Cards.Models;

/// <summary>
/// One change of a card's status that terminals must know (lost, loss cancelled, bad, invalid, replaced, closed, back in use),
/// under a version that grows by one per change. A terminal that has applied everything up to version v asks for the rows after
/// v (<c>since=v</c>) and applies them in order: <see cref="Blocked"/> says whether the card is refused at the pump from then on.
/// Rows are appended, never changed.
/// </summary>
public sealed class BlockListEntry : IAppendOnly
{
    public const int MaxReason = 32;

    /// <summary>The block-list version this change made (1, 2, 3, … with no gaps, in commit order).</summary>
    public long Version { get; set; }
    public Guid CardId { get; set; }
    public string Number { get; set; } = "";
    /// <summary>True: refuse the card from now on; false: accept it again (a loss report cancelled).</summary>
    public bool Blocked { get; set; }
    /// <summary>The card's status after the change.</summary>
    public CardStatus Status { get; set; }
    /// <summary>Why, as a code (<c>Lost</c>, <c>LossCancelled</c>, <c>Replaced</c>, …).</summary>
    public string Reason { get; set; } = "";
    /// <summary>When (UTC).</summary>
    public DateTime At { get; set; }
}

/// <summary>
/// The block list's current version, one row. Every change updates this row first inside its task's transaction, so changes
/// take their versions one after another and commit in version order: a terminal that read up to v never misses a later row
/// whose version is not above v.
/// </summary>
public sealed class BlockListHead
{
    public const int TheId = 1;

    public int Id { get; set; }
    public long Version { get; set; }
}
