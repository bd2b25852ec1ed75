using Admin.Kernel.Results;

namespace Admin.Modules.Cards.Contracts;

/// <summary>
/// What other modules may know of a card (kind and status as their enum names: <c>SingleUser</c>, <c>Primary</c>,
/// <c>Secondary</c>, <c>Anonymous</c>; <c>Issued</c>, <c>Lost</c>, <c>Bad</c>, <c>Invalid</c>, <c>Replaced</c>, <c>Closed</c>).
/// Instants are UTC; <see cref="Version"/> is the opaque version string of the API.
/// </summary>
public sealed record CardInfo(
    Guid Id, string Number, Guid ProductId, string ProductCode, string Kind, Guid? CustomerId, Guid? PrimaryCardId, string Status,
    string? HolderName, string? VehiclePlate, string? Notes, Guid OutletId, string OutletCode, Guid? OperatorId, string? OperatorLogin,
    DateTime IssuedAt, DateTime? ExpiresAt, decimal? FaceValue, string Version);

/// <summary>Reads cards the caller may see (an outlet operator: cards issued at their outlet; another outlet's is null).</summary>
public interface ICards
{
    /// <summary>The visible card with this number (spaces ignored), or null.</summary>
    Task<CardInfo?> FindByNumberAsync(string? number, CancellationToken ct = default);

    /// <summary>The visible card, or null.</summary>
    Task<CardInfo?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>The customer's visible cards, primary and single-user first, then by number.</summary>
    Task<IReadOnlyList<CardInfo>> ListByCustomerAsync(Guid customerId, CancellationToken ct = default);

    /// <summary>How many secondary cards the customer holds (every status but replaced and closed), across outlets.</summary>
    Task<int> CountSecondaryCardsAsync(Guid customerId, CancellationToken ct = default);
}

/// <summary>
/// A card to issue: the product, the number as typed or read (checked against the product's numbering), the customer
/// (null only for anonymous products), the primary card (secondary products only), the holder fields, the face value
/// (anonymous products only), and who issues it where. <see cref="Field"/> names the number's field in errors.
/// </summary>
public sealed record NewCard(
    Guid ProductId, string? Number, Guid? CustomerId, Guid? PrimaryCardId, string? HolderName, string? VehiclePlate, string? Notes, decimal? FaceValue,
    Guid OutletId, string OutletCode, Guid OperatorId, string? OperatorLogin, DateTime IssuedAt, string Field = "number");

/// <summary>
/// Creates cards for the issuing tasks inside the caller's transaction. Nothing here saves: the card row and the stock move
/// join the caller's unit of work on the scoped <c>AdminDbContext</c> and commit with its fees, ledger entry and audit record.
/// </summary>
public interface ICardRegistry
{
    /// <summary>
    /// Checks the number (400 naming <see cref="NewCard.Field"/>: digits, length, prefix, check digit), that it is not a card
    /// yet (409 <c>card.numberIssued</c>) and that it is in the operator's drawer (409 <c>cardStock.notInPlace</c>); adds the
    /// card (status Issued, expiry from the product's validity) and moves the number out of the drawer as issued to it.
    /// On failure nothing is added. If the caller's save then throws <c>DbUpdateConcurrencyException</c> or a unique
    /// violation, another task issued or moved the card at the same moment: answer <see cref="IssuedMeanwhile"/> (409).
    /// </summary>
    Task<OperationResult<CardInfo>> AddIssuedAsync(NewCard card, CancellationToken ct = default);

    /// <summary>The 409 for a card issued or moved by a parallel task.</summary>
    OperationResult IssuedMeanwhile(string? number = null);
}
