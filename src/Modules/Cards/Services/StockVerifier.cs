using Admin.Kernel.Data;
using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

/// <summary>The verifier's finding: empty <see cref="Problems"/> when the stock is consistent.</summary>
public sealed record StockVerification(long Cards, int Blocks, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>
/// Checks the stock against itself: blocks of a product never overlap and cover exactly the registered ranges (so every number is
/// in exactly one place), and the count per product and holder equals what the movement log says went in minus what went out.
/// </summary>
public sealed class StockVerifier(AdminDbContext db)
{
    public async Task<StockVerification> VerifyAsync(CancellationToken ct = default)
    {
        var problems = new List<string>();
        var ranges = await db.Set<NumberRange>().AsNoTracking().OrderBy(r => r.ProductId).ThenBy(r => r.First).ToListAsync(ct);
        var rangesByProduct = ranges.GroupBy(r => r.ProductId).ToDictionary(g => g.Key, g => g.ToList());
        long cards = 0;
        var blocks = 0;
        Guid? product = null;
        long previousLast = long.MinValue;
        var covered = new Dictionary<Guid, long>();
        await foreach (var b in db.Set<StockBlock>().AsNoTracking().OrderBy(b => b.ProductId).ThenBy(b => b.First).AsAsyncEnumerable().WithCancellation(ct))
        {
            blocks++;
            cards += b.Count;
            if (b.Last < b.First)
            {
                problems.Add($"block {b.Id} is empty or reversed");
            }

            if (product == b.ProductId && b.First <= previousLast)
            {
                problems.Add($"block {b.Id} overlaps the block before it (product {b.ProductId}, serial {b.First})");
            }

            if (!rangesByProduct.TryGetValue(b.ProductId, out var own) || !own.Any(r => r.First <= b.First && b.Last <= r.Last))
            {
                problems.Add($"block {b.Id} (product {b.ProductId}, serials {b.First}-{b.Last}) is outside the registered ranges");
            }

            covered[b.ProductId] = covered.GetValueOrDefault(b.ProductId) + b.Count;
            product = b.ProductId;
            previousLast = b.Last;
        }

        foreach (var (id, own) in rangesByProduct)
        {
            var registered = own.Sum(r => r.Count);
            if (covered.GetValueOrDefault(id) != registered)
            {
                problems.Add($"product {id}: {registered} numbers registered, {covered.GetValueOrDefault(id)} in stock blocks");
            }
        }

        var fromBlocks = await db.Set<StockBlock>().AsNoTracking()
            .GroupBy(b => new { b.ProductId, b.Place, b.OutletId, b.OperatorId })
            .Select(g => new { g.Key.ProductId, g.Key.Place, g.Key.OutletId, g.Key.OperatorId, Count = g.Sum(b => b.Last - b.First + 1) })
            .ToListAsync(ct);
        var incoming = await db.Set<StockMovement>().AsNoTracking()
            .GroupBy(m => new { m.ProductId, Place = m.ToPlace, OutletId = m.ToOutletId, OperatorId = m.ToOperatorId })
            .Select(g => new { g.Key.ProductId, g.Key.Place, g.Key.OutletId, g.Key.OperatorId, Count = g.Sum(m => m.Count) })
            .ToListAsync(ct);
        var outgoing = await db.Set<StockMovement>().AsNoTracking()
            .Where(m => m.FromPlace != null)
            .GroupBy(m => new { m.ProductId, Place = m.FromPlace!.Value, OutletId = m.FromOutletId, OperatorId = m.FromOperatorId })
            .Select(g => new { g.Key.ProductId, g.Key.Place, g.Key.OutletId, g.Key.OperatorId, Count = g.Sum(m => m.Count) })
            .ToListAsync(ct);
        var logged = new Dictionary<(Guid, StockPlace, Guid?, Guid?), long>();
        foreach (var i in incoming)
        {
            logged[(i.ProductId, i.Place, i.OutletId, i.OperatorId)] = logged.GetValueOrDefault((i.ProductId, i.Place, i.OutletId, i.OperatorId)) + i.Count;
        }

        foreach (var o in outgoing)
        {
            logged[(o.ProductId, o.Place, o.OutletId, o.OperatorId)] = logged.GetValueOrDefault((o.ProductId, o.Place, o.OutletId, o.OperatorId)) - o.Count;
        }

        var held = fromBlocks.ToDictionary(b => (b.ProductId, b.Place, b.OutletId, b.OperatorId), b => b.Count);
        foreach (var key in logged.Keys.Union(held.Keys))
        {
            if (logged.GetValueOrDefault(key) != held.GetValueOrDefault(key))
            {
                problems.Add($"product {key.Item1}, {key.Item2} {key.Item3} {key.Item4}: the log says {logged.GetValueOrDefault(key)}, the stock holds {held.GetValueOrDefault(key)}");
            }
        }

        return new StockVerification(cards, blocks, problems);
    }
}
