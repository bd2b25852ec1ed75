using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards;

/// <summary>Stock requests by product and quantity (recorded by id); card products by code and name.</summary>
internal sealed class CardsRecordNames(AdminDbContext db) : IRecordNamer
{
    public IReadOnlyCollection<string> Kinds { get; } = [nameof(StockRequest), nameof(CardProduct)];

    public async Task<IReadOnlyDictionary<string, RecordName>> NameAsync(string kind, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        if (kind == nameof(CardProduct))
        {
            var codes = keys.ToList();
            return await db.Set<CardProduct>().AsNoTracking().Where(p => codes.Contains(p.Code)).Select(p => new { p.Code, p.NameEn, p.NameZh })
                .ToDictionaryAsync(p => p.Code, p => new RecordName($"{p.Code} {LocalNames.Pick(p.NameEn, p.NameZh)}"), ct);
        }

        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var requests = await db.Set<StockRequest>().AsNoTracking().Where(r => ids.Contains(r.Id))
            .Join(db.Set<CardProduct>(), r => r.ProductId, p => p.Id, (r, p) => new { r.Id, r.Quantity, p.Code, p.NameEn, p.NameZh })
            .ToListAsync(ct);
        return requests.ToDictionary(r => r.Id.ToString(),
            r => new RecordName($"{r.Code} {LocalNames.Pick(r.NameEn, r.NameZh)} × {r.Quantity}"));
    }
}
