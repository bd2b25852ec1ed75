using Admin.Kernel.Data;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

/// <summary>Cards of every outlet, unscoped on purpose: only for the tasks served at any outlet (see <see cref="INetworkCards"/>).</summary>
internal sealed class NetworkCardDirectory(AdminDbContext db) : INetworkCards
{
    public async Task<CardInfo?> FindByNumberAsync(string? number, CancellationToken ct = default)
    {
        var digits = new string((number ?? "").Where(ch => !char.IsWhiteSpace(ch)).ToArray());
        if (digits.Length is 0 or > Card.MaxNumber)
        {
            return null;
        }

        return await Project(db.Set<Card>().AsNoTracking().Where(c => c.Number == digits)).FirstOrDefaultAsync(ct);
    }

    public Task<CardInfo?> FindAsync(Guid id, CancellationToken ct = default) => Project(db.Set<Card>().AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<CardInfo>> FindByNumbersAsync(IReadOnlyCollection<string> numbers, CancellationToken ct = default)
    {
        var list = numbers.Where(n => n.Length is > 0 and <= Card.MaxNumber).Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? [] : await Project(db.Set<Card>().AsNoTracking().Where(c => list.Contains(c.Number))).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<CardInfo>> ListByCustomerAsync(Guid customerId, CancellationToken ct = default)
    {
        var cards = await Project(db.Set<Card>().AsNoTracking().Where(c => c.CustomerId == customerId)).ToListAsync(ct);
        return cards.OrderBy(c => c.Kind == nameof(CardKind.Secondary) ? 1 : 0).ThenBy(c => c.Number, StringComparer.Ordinal).ToList();
    }

    private IQueryable<CardInfo> Project(IQueryable<Card> cards) =>
        from c in cards
        join p in db.Set<CardProduct>() on c.ProductId equals p.Id
        select new CardInfo(c.Id, c.Number, c.ProductId, p.Code, c.Kind.ToString(), c.CustomerId, c.PrimaryCardId, c.Status.ToString(),
            c.HolderName, c.VehiclePlate, c.Notes, c.OutletId, c.OutletCode, c.OperatorId, c.OperatorLogin, c.IssuedAt, c.ExpiresAt, c.FaceValue,
            c.Version.ToString());
}
