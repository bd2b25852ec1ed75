namespace Admin.Modules.Cards.Contracts;

/// <summary>
/// Cards of every outlet, for the counter tasks the network serves at any outlet (top-up of a card or of the customer who
/// presents it). Maintenance, queries and card service keep <see cref="ICards"/>, where another outlet's card is 404.
/// </summary>
public interface INetworkCards
{
    /// <summary>The card with this number (spaces ignored) at any outlet, or null.</summary>
    Task<CardInfo?> FindByNumberAsync(string? number, CancellationToken ct = default);

    /// <summary>The card at any outlet, or null.</summary>
    Task<CardInfo?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>The cards with these numbers at any outlet (numbers that are no card's are left out), in one query: terminal batches.</summary>
    Task<IReadOnlyList<CardInfo>> FindByNumbersAsync(IReadOnlyCollection<string> numbers, CancellationToken ct = default);

    /// <summary>The customer's cards at every outlet, primary and single-user first, then by number.</summary>
    Task<IReadOnlyList<CardInfo>> ListByCustomerAsync(Guid customerId, CancellationToken ct = default);
}

/// <summary>
/// The 2012 prepaid-card rules kept on the card product that every task taking money for cards applies the same way
/// (issuing, top-up): a company paying <see cref="CardProductInfo.CompanyCashLimit"/> or more at once, an individual
/// <see cref="CardProductInfo.IndividualCashLimit"/> or more, pays by bank transfer, not cash; never by credit card.
/// </summary>
public static class PrepaidCardRules
{
    /// <summary>The counter payment method that is never accepted for prepaid cards.</summary>
    public const string CreditCard = "CreditCard";

    /// <summary>The cash limit for this payer: at or above it, cash is refused.</summary>
    public static decimal CashLimit(CardProductInfo product, bool company) => company ? product.CompanyCashLimit : product.IndividualCashLimit;

    /// <summary>True when <paramref name="total"/> paid in <paramref name="method"/> breaks the cash limit.</summary>
    public static bool RefusesCash(CardProductInfo product, bool company, string? method, decimal total) =>
        method == "Cash" && total >= CashLimit(product, company);
}
