using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

/// <summary>Status and data changes of cards for the card-service tasks, each status change with its block-list row.</summary>
internal sealed class CardStatusChanges(AdminDbContext db, BlockListWriter blockList) : ICardStatusChanges
{
    public async Task<OperationResult> ChangeStatusAsync(Guid cardId, string from, string to, string reason, CancellationToken ct = default)
    {
        var card = await db.Set<Card>().SingleOrDefaultAsync(c => c.Id == cardId, ct);
        if (card is null)
        {
            return OperationResult.NotFound(CardsErrors.CardNotFound());
        }

        if (card.Status.ToString() != from || !Enum.TryParse<CardStatus>(to, out var target) || !Enum.IsDefined(target))
        {
            return OperationResult.Conflict(CardsErrors.CardStatusChanged(card.Number, card.Status.ToString()));
        }

        card.Status = target;
        await blockList.AppendAsync(card, reason, ct);
        return OperationResult.Success();
    }

    public async Task<OperationResult> ReplaceAsync(Guid oldCardId, string from, Guid newCardId, CancellationToken ct = default)
    {
        var old = await db.Set<Card>().SingleOrDefaultAsync(c => c.Id == oldCardId, ct);
        var replacement = db.ChangeTracker.Entries<Card>().Select(e => e.Entity).FirstOrDefault(c => c.Id == newCardId)
            ?? await db.Set<Card>().SingleOrDefaultAsync(c => c.Id == newCardId, ct);
        if (old is null || replacement is null)
        {
            return OperationResult.NotFound(CardsErrors.CardNotFound());
        }

        if (old.Status.ToString() != from || old.Status is CardStatus.Replaced or CardStatus.Closed)
        {
            return OperationResult.Conflict(CardsErrors.CardStatusChanged(old.Number, old.Status.ToString()));
        }

        old.Status = CardStatus.Replaced;
        replacement.HolderName ??= old.HolderName;
        replacement.VehiclePlate ??= old.VehiclePlate;
        replacement.Notes ??= old.Notes;
        if (old.Kind == CardKind.Primary)
        {
            // The customer's secondary cards follow their primary card to its new number.
            var secondaries = await db.Set<Card>().Where(c => c.PrimaryCardId == old.Id).ToListAsync(ct);
            secondaries.ForEach(c => c.PrimaryCardId = replacement.Id);
        }

        await blockList.AppendAsync(old, "Replaced", ct);
        return OperationResult.Success();
    }

    public async Task<OperationResult<CardInfo>> UpdateDataAsync(Guid cardId, string? holderName, string? vehiclePlate, string? notes, string? version, CancellationToken ct = default)
    {
        var card = await db.Set<Card>().SingleOrDefaultAsync(c => c.Id == cardId, ct);
        if (card is null)
        {
            return OperationResult<CardInfo>.NotFound(CardsErrors.CardNotFound());
        }

        var errors = new List<OperationError>();
        var holder = Clean(holderName, "holderName", Card.MaxHolder, errors);
        var plate = Clean(vehiclePlate, "vehiclePlate", Card.MaxPlate, errors);
        var note = Clean(notes, "notes", Card.MaxNotes, errors);
        if (errors.Count > 0)
        {
            return OperationResult<CardInfo>.Invalid([.. errors]);
        }

        if (Versions.Expect(db, card, version) is { } stale)
        {
            return OperationResult<CardInfo>.From(stale);
        }

        card.HolderName = holder;
        card.VehiclePlate = plate;
        card.Notes = note;
        // Saved (and its version moved on) even when nothing differs, so the version the caller gets back is the one stored.
        db.Entry(card).Property(c => c.HolderName).IsModified = true;
        var product = await db.Set<CardProduct>().AsNoTracking().Where(p => p.Id == card.ProductId).Select(p => p.Code).FirstAsync(ct);
        return OperationResult<CardInfo>.Success(CardDirectory.Info(card, product) with { Version = Versions.Format(card.Version + 1) });
    }

    public async Task<OperationResult<CardInfo>> UpgradeAsync(Guid cardId, string fromKind, Guid productId, Guid customerId, DateTime at, CancellationToken ct = default)
    {
        var card = await db.Set<Card>().SingleOrDefaultAsync(c => c.Id == cardId, ct);
        var product = await db.Set<CardProduct>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId, ct);
        if (card is null || product is null)
        {
            return OperationResult<CardInfo>.NotFound(CardsErrors.CardNotFound());
        }

        if (card.Status != CardStatus.Issued || card.Kind.ToString() != fromKind)
        {
            return OperationResult<CardInfo>.Conflict(CardsErrors.CardStatusChanged(card.Number, card.Status.ToString()));
        }

        if (!product.Active || product.Kind != CardKind.SingleUser || !Fits(card.Number, product))
        {
            return OperationResult<CardInfo>.Conflict(CardsErrors.UpgradeProduct(card.Number, product.Code));
        }

        card.ProductId = product.Id;
        card.Kind = product.Kind;
        card.CustomerId = customerId;
        card.PrimaryCardId = null;
        card.FaceValue = null;
        card.ExpiresAt = Card.ExpiryOf(at, product.ValidityMonths);
        return OperationResult<CardInfo>.Success(CardDirectory.Info(card, product.Code) with { Version = Versions.Format(card.Version + 1) });
    }

    /// <summary>The number meets the product's length and check digit; its prefix is the product's it was registered under, which stock keeps.</summary>
    internal static bool Fits(string number, CardProduct product) =>
        number.Length == product.NumberLength && number.All(char.IsAsciiDigit)
        && (product.CheckDigit == CheckDigitRule.None || Luhn.CheckDigit(number[..^1]) == number[^1]);

    public async Task<OperationResult> ReactivateAsync(Guid cardId, DateTime expiresAt, CancellationToken ct = default)
    {
        var card = await db.Set<Card>().SingleOrDefaultAsync(c => c.Id == cardId, ct);
        if (card is null)
        {
            return OperationResult.NotFound(CardsErrors.CardNotFound());
        }

        if (card.Status is not (CardStatus.Issued or CardStatus.Invalid))
        {
            return OperationResult.Conflict(CardsErrors.CardStatusChanged(card.Number, card.Status.ToString()));
        }

        card.ExpiresAt = expiresAt;
        if (card.Status == CardStatus.Invalid)
        {
            card.Status = CardStatus.Issued;
            await blockList.AppendAsync(card, "Reactivated", ct);
        }

        return OperationResult.Success();
    }

    private static string? Clean(string? text, string field, int max, List<OperationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > max)
        {
            errors.Add(CardsErrors.TooLong(field, max));
        }
        else if (trimmed.Any(char.IsControl))
        {
            errors.Add(CardsErrors.ControlCharacters(field));
        }

        return trimmed;
    }
}

/// <summary>Appends block-list rows (every status change of a card that terminals must know).</summary>
internal sealed class BlockListWriter(AdminDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Takes the next block-list version by updating the head row (which holds its lock until the caller commits, so parallel
    /// changes queue here and commit in version order) and appends the card's row.
    /// </summary>
    public async Task AppendAsync(Card card, string reason, CancellationToken ct)
    {
        await db.Set<BlockListHead>().Where(h => h.Id == BlockListHead.TheId).ExecuteUpdateAsync(s => s.SetProperty(h => h.Version, h => h.Version + 1), ct);
        var version = await db.Set<BlockListHead>().AsNoTracking().Where(h => h.Id == BlockListHead.TheId).Select(h => h.Version).SingleAsync(ct);
        db.Add(new BlockListEntry
        {
            Version = version, CardId = card.Id, Number = card.Number, Blocked = card.Status != CardStatus.Issued, Status = card.Status,
            Reason = reason.Length > BlockListEntry.MaxReason ? reason[..BlockListEntry.MaxReason] : reason, At = clock.GetUtcNow().UtcDateTime,
        });
    }

}

/// <summary>Reads the block list (no outlet scope: terminals of every station need every card).</summary>
internal sealed class BlockListReader(AdminDbContext db) : IBlockList
{
    public Task<long> VersionAsync(CancellationToken ct = default) =>
        db.Set<BlockListHead>().AsNoTracking().Where(h => h.Id == BlockListHead.TheId).Select(h => h.Version).SingleAsync(ct);

    public async Task<BlockListPage> SinceAsync(long since, int limit, CancellationToken ct = default)
    {
        limit = Math.Clamp(limit, 1, 10_000);
        var rows = await db.Set<BlockListEntry>().AsNoTracking().Where(e => e.Version > since).OrderBy(e => e.Version).Take(limit + 1)
            .Select(e => new BlockListChange(e.Version, e.Number, e.Blocked, e.Status.ToString(), e.Reason, e.At)).ToListAsync(ct);
        var more = rows.Count > limit;
        var page = more ? rows.Take(limit).ToList() : rows;
        return new BlockListPage(page, page.Count > 0 ? page[^1].Version : Math.Max(since, 0), more);
    }
}
