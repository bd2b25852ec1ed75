namespace Admin.Modules.Cards.Contracts;

/// <summary>Cards issued at an outlet in a span, per product.</summary>
public sealed record IssuedByProductRow(Guid OutletId, string OutletCode, string ProductCode, string ProductNameEn, string ProductNameZh, int Cards);

/// <summary>Card numbers held in one place (head office, in transit to an outlet, an outlet's safe, an operator's drawer), per product.</summary>
public sealed record StockByPlaceRow(string ProductCode, string ProductNameEn, string ProductNameZh, string Place, Guid? OutletId, string? OperatorLogin, long Cards);

/// <summary>What the period reports read of cards and stock (the Reports module), grouped in SQL.</summary>
public interface ICardReportData
{
    /// <summary>Cards issued with <c>IssuedAt</c> in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), per outlet and product.</summary>
    Task<IReadOnlyList<IssuedByProductRow>> IssuedByProductAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default);

    /// <summary>The stock now, per product and place (issued and scrapped numbers left out).</summary>
    Task<IReadOnlyList<StockByPlaceRow>> StockByPlaceAsync(CancellationToken ct = default);
}
