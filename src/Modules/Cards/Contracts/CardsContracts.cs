using Admin.Kernel.Results;

namespace Admin.Modules.Cards.Contracts;

/// <summary>What other modules may know of a card product (amounts CNY; kind and check digit as their enum names).</summary>
public sealed record CardProductInfo(
    Guid Id, string Code, string NameEn, string NameZh, string Kind, int NumberLength, string Prefix, string CheckDigit, decimal BalanceCap,
    int? ValidityMonths, decimal? RealNameThreshold, decimal CompanyCashLimit, decimal IndividualCashLimit, IReadOnlyList<decimal> FaceValues, bool Active);

/// <summary>Card products for other modules (issuing, card service).</summary>
public interface ICardProducts
{
    /// <summary>The product with this code, or null.</summary>
    Task<CardProductInfo?> FindByCodeAsync(string code, CancellationToken ct = default);

    /// <summary>The product, or null.</summary>
    Task<CardProductInfo?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>Checks a typed or scanned number against the product's numbering; the normalised number, or errors naming <paramref name="field"/>.</summary>
    Task<OperationResult<string>> CheckNumberAsync(Guid productId, string? number, string field = "number", CancellationToken ct = default);
}

/// <summary>The card stock as the issuing tasks use it.</summary>
public interface ICardStock
{
    /// <summary>
    /// Takes card <paramref name="number"/> of the product out of operator <paramref name="operatorId"/>'s drawer as issued to card
    /// <paramref name="cardId"/>, and logs the movement. Call it inside your own transaction on the scoped <c>AdminDbContext</c>:
    /// it saves nothing itself, so the stock move commits with your task or not at all. A failure (the number fails its product's
    /// check, is not registered, or is not in that drawer) changes nothing. If another task moves the same card at the same
    /// moment, your <c>SaveChanges</c> throws <c>DbUpdateConcurrencyException</c>: answer <see cref="MovedMeanwhile"/> (409).
    /// </summary>
    Task<OperationResult> TakeForIssueAsync(Guid productId, string? number, Guid operatorId, Guid cardId, CancellationToken ct = default);

    /// <summary>The 409 to answer when the caller's save found the card moved meanwhile.</summary>
    OperationResult MovedMeanwhile();
}
