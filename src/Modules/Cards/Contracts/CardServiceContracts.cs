using Admin.Kernel.Results;

namespace Admin.Modules.Cards.Contracts;

/// <summary>A block-list row as terminals will get it: the version, the card number, blocked or not, the status and why.</summary>
public sealed record BlockListChange(long Version, string Number, bool Blocked, string Status, string Reason, DateTime At);

/// <summary>A page of block-list changes after a version, and the version to ask from next time (the last one returned, or the same).</summary>
public sealed record BlockListPage(IReadOnlyList<BlockListChange> Changes, long Version, bool More);

/// <summary>
/// The block list terminals keep (stations refuse a lost, bad, invalid, replaced or closed card at the pump): every status change
/// of a card appends a row under the next version. A later terminal API serves <c>since=&lt;version&gt;</c> from here.
/// </summary>
public interface IBlockList
{
    /// <summary>The current version (0 when nothing has changed yet).</summary>
    Task<long> VersionAsync(CancellationToken ct = default);

    /// <summary>The changes after <paramref name="since"/>, in version order, at most <paramref name="limit"/>.</summary>
    Task<BlockListPage> SinceAsync(long since, int limit, CancellationToken ct = default);
}

/// <summary>
/// Status and data changes of issued cards for the card-service tasks (loss report, replacement, bad and expired cards, card
/// data). Nothing here saves: the change joins the caller's unit of work, inside the caller's transaction (the block-list version
/// is taken with an update of its head row there). A parallel change of the same card makes the caller's save throw a
/// concurrency exception (the card row carries a version).
/// </summary>
public interface ICardStatusChanges
{
    /// <summary>
    /// Moves the card from <paramref name="from"/> to <paramref name="to"/> (status names) and appends a block-list row with
    /// <paramref name="reason"/>. A card not in <paramref name="from"/> (any more) is 409 <c>card.statusChanged</c>; no such card 404.
    /// </summary>
    Task<OperationResult> ChangeStatusAsync(Guid cardId, string from, string to, string reason, CancellationToken ct = default);

    /// <summary>
    /// Marks <paramref name="oldCardId"/> Replaced by <paramref name="newCardId"/> when it is still in status <paramref name="from"/>
    /// (409 <c>card.statusChanged</c> when another task moved it meanwhile):
    /// the new card takes over the old one's holder fields and, for a primary card, its secondary cards; the old number is blocked
    /// for good (a block-list row).
    /// </summary>
    Task<OperationResult> ReplaceAsync(Guid oldCardId, string from, Guid newCardId, CancellationToken ct = default);

    /// <summary>
    /// Changes the holder, vehicle plate and notes of a card, against the version read (409 when stale, 400 naming a field too long);
    /// answers the card as the caller's save will store it (its next version).
    /// </summary>
    Task<OperationResult<CardInfo>> UpdateDataAsync(Guid cardId, string? holderName, string? vehiclePlate, string? notes, string? version, CancellationToken ct = default);

    /// <summary>
    /// Upgrades a card in place (ADR 0013: the number stays; nothing goes to the block list): a card of kind <paramref name="fromKind"/>
    /// still in use becomes a card of the single-user product <paramref name="productId"/> (its kind, its validity counted from
    /// <paramref name="at"/>) of customer <paramref name="customerId"/>, with no primary card and no face value. The product must be
    /// active and the number must meet its length and check digit (the prefix stays the one the number was registered under).
    /// A card no longer in use or of another kind is 409 <c>card.statusChanged</c>, a product that does not fit 409
    /// <c>card.upgradeProduct</c>; no such card or product 404. Answers the card as the caller's save will store it.
    /// </summary>
    Task<OperationResult<CardInfo>> UpgradeAsync(Guid cardId, string fromKind, Guid productId, Guid customerId, DateTime at, CancellationToken ct = default);

    /// <summary>Gives an expired card a new expiry (<paramref name="expiresAt"/>) and puts an Invalid one back in use (a block-list row).</summary>
    Task<OperationResult> ReactivateAsync(Guid cardId, DateTime expiresAt, CancellationToken ct = default);
}
