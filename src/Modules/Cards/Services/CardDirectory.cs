using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

/// <summary>Cards as other modules read them, through the caller's outlet scope.</summary>
internal sealed class CardDirectory(AdminDbContext db, OutletScope scope) : ICards
{
    public async Task<CardInfo?> FindByNumberAsync(string? number, CancellationToken ct = default)
    {
        var digits = new string((number ?? "").Where(ch => !char.IsWhiteSpace(ch)).ToArray());
        if (digits.Length is 0 or > Card.MaxNumber)
        {
            return null;
        }

        return await Project(Visible().Where(c => c.Number == digits)).FirstOrDefaultAsync(ct);
    }

    public Task<CardInfo?> FindAsync(Guid id, CancellationToken ct = default) =>
        Project(Visible().Where(c => c.Id == id)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<CardInfo>> ListByCustomerAsync(Guid customerId, CancellationToken ct = default)
    {
        var cards = await Project(Visible().Where(c => c.CustomerId == customerId)).ToListAsync(ct);
        return cards.OrderBy(c => c.Kind == nameof(CardKind.Secondary) ? 1 : 0).ThenBy(c => c.Number, StringComparer.Ordinal).ToList();
    }

    public Task<int> CountSecondaryCardsAsync(Guid customerId, CancellationToken ct = default) =>
        db.Set<Card>().CountAsync(c => c.CustomerId == customerId && c.Kind == CardKind.Secondary && c.Status != CardStatus.Replaced && c.Status != CardStatus.Closed, ct);

    private IQueryable<Card> Visible() => scope.Apply(db.Set<Card>().AsNoTracking());

    private IQueryable<CardInfo> Project(IQueryable<Card> cards) =>
        from c in cards
        join p in db.Set<CardProduct>() on c.ProductId equals p.Id
        select new CardInfo(c.Id, c.Number, c.ProductId, p.Code, c.Kind.ToString(), c.CustomerId, c.PrimaryCardId, c.Status.ToString(),
            c.HolderName, c.VehiclePlate, c.Notes, c.OutletId, c.OutletCode, c.OperatorId, c.OperatorLogin, c.IssuedAt, c.ExpiresAt, c.FaceValue,
            c.Version.ToString());

    internal static CardInfo Info(Card c, string productCode) =>
        new(c.Id, c.Number, c.ProductId, productCode, c.Kind.ToString(), c.CustomerId, c.PrimaryCardId, c.Status.ToString(), c.HolderName, c.VehiclePlate,
            c.Notes, c.OutletId, c.OutletCode, c.OperatorId, c.OperatorLogin, c.IssuedAt, c.ExpiresAt, c.FaceValue, Versions.Format(c.Version));
}
