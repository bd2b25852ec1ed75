namespace Admin.Modules.CardService.Contracts;

/// <summary>
/// A card's restrictions as terminals enforce them (3.11): allowed product codes (empty: every product), the most per purchase and per
/// day (CNY), purchases per day, and the allowed local hours <c>HH:mm</c> (both null: any time; an end before the start spans midnight).
/// </summary>
public sealed record TerminalRestrictions(
    IReadOnlyList<string> Products, decimal? PerPurchase, decimal? PerDay, int? PurchasesPerDay, string? From, string? Until, string Version);

/// <summary>The restrictions card service keeps, for the stations' card profile.</summary>
public interface ICardRestrictionsForTerminals
{
    /// <summary>The card's restrictions, or null when it has none (no limits).</summary>
    Task<TerminalRestrictions?> FindAsync(Guid cardId, CancellationToken ct = default);
}
