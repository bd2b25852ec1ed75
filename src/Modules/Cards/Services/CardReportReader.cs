using Admin.Kernel.Data;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

/// <summary>Cards and stock for the period reports (see <see cref="ICardReportData"/>).</summary>
internal sealed class CardReportReader(AdminDbContext db) : ICardReportData
{
    public async Task<IReadOnlyList<IssuedByProductRow>> IssuedByProductAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default)
    {
        var rows = await db.Set<Card>().AsNoTracking().Where(c => c.IssuedAt >= fromUtc && c.IssuedAt < toUtc)
            .GroupBy(c => new { c.OutletId, c.OutletCode, c.ProductId }).Select(g => new { g.Key.OutletId, g.Key.OutletCode, g.Key.ProductId, Cards = g.Count() })
            .ToListAsync(ct);
        var products = await ProductsAsync(ct);
        return rows.Select(r => products.TryGetValue(r.ProductId, out var p)
                ? new IssuedByProductRow(r.OutletId, r.OutletCode, p.Code, p.NameEn, p.NameZh, r.Cards)
                : new IssuedByProductRow(r.OutletId, r.OutletCode, r.ProductId.ToString("N"), "", "", r.Cards))
            .OrderBy(r => r.OutletCode, StringComparer.Ordinal).ThenBy(r => r.ProductCode, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<StockByPlaceRow>> StockByPlaceAsync(CancellationToken ct = default)
    {
        var rows = await db.Set<StockBlock>().AsNoTracking().Where(b => b.Place != StockPlace.Issued && b.Place != StockPlace.Scrapped)
            .GroupBy(b => new { b.ProductId, b.Place, b.OutletId, b.OperatorLogin }).Select(g => new { g.Key.ProductId, g.Key.Place, g.Key.OutletId, g.Key.OperatorLogin, Cards = g.Sum(b => b.Last - b.First + 1) })
            .ToListAsync(ct);
        var products = await ProductsAsync(ct);
        return rows.Select(r =>
            {
                var p = products.GetValueOrDefault(r.ProductId);
                return new StockByPlaceRow(p?.Code ?? r.ProductId.ToString("N"), p?.NameEn ?? "", p?.NameZh ?? "", r.Place.ToString(), r.OutletId, r.OperatorLogin, r.Cards);
            })
            .OrderBy(r => r.ProductCode, StringComparer.Ordinal).ThenBy(r => r.Place, StringComparer.Ordinal).ToList();
    }

    private Task<Dictionary<Guid, CardProduct>> ProductsAsync(CancellationToken ct) => db.Set<CardProduct>().AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
}
