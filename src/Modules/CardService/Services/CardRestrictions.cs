using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.CardService.Models;
using Admin.Modules.Dictionaries.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CardService.Services;

/// <summary>Restrictions as typed or sent: product codes, amounts, purchases per day, allowed hours as <c>HH:mm</c>, the version read.</summary>
public sealed record RestrictionInput(IReadOnlyList<string?>? Products, decimal? PerPurchase, decimal? PerDay, int? PurchasesPerDay, string? From, string? Until, string? Version);

/// <summary>A card's restrictions as shown: none set is a row of nulls with version null.</summary>
public sealed record RestrictionView(string Card, IReadOnlyList<string> Products, decimal? PerPurchase, decimal? PerDay, int? PurchasesPerDay, string? From, string? Until, string? Version)
{
    public static RestrictionView Of(string card, CardRestriction? r) => r is null
        ? new(card, [], null, null, null, null, null, null)
        : new(card, r.ProductCodes, r.PerPurchase, r.PerDay, r.PurchasesPerDay, NullIfEmpty(CardRestriction.Clock(r.FromMinute)), NullIfEmpty(CardRestriction.Clock(r.UntilMinute)), Versions.Format(r.Version));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}

/// <summary>
/// Restrictions (限制信息 3.11): set against the version read, copied or moved to another card of the same customer (3.12),
/// each in one transaction with its audit record. A replacement takes them to the new card (<see cref="MoveToReplacementAsync"/>).
/// </summary>
public sealed class CardRestrictions(AdminDbContext db, CardServiceChecks checks, TaskTransaction transaction, IAuditTrail audit, IDictionaries dictionaries)
{
    public async Task<OperationResult<RestrictionView>> FindAsync(string? number, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        var card = await checks.CardAsync(number, "card", errors, ct);
        if (card is null)
        {
            return NotFoundOr<RestrictionView>(errors);
        }

        var row = await db.Set<CardRestriction>().AsNoTracking().FirstOrDefaultAsync(r => r.CardId == card.Id, ct);
        return OperationResult<RestrictionView>.Success(RestrictionView.Of(card.Number, row));
    }

    public async Task<OperationResult<RestrictionView>> SetAsync(string? number, RestrictionInput input, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        var card = await checks.CardAsync(number, "card", errors, ct);
        if (card is null)
        {
            return NotFoundOr<RestrictionView>(errors);
        }

        var limits = Check(input, errors, await dictionaries.EntriesAsync(DictionaryKinds.OilProducts, ct));
        if (errors.Count > 0)
        {
            return OperationResult<RestrictionView>.Invalid([.. errors]);
        }

        return await RunAsync(async token =>
        {
            var row = await db.Set<CardRestriction>().FirstOrDefaultAsync(r => r.CardId == card.Id, token);
            var before = row is null ? null : RestrictionView.Of(card.Number, row);
            if (row is null)
            {
                // The first restrictions of a card: no version to compare (two first saves racing meet the unique index).
                row = new CardRestriction { Id = Guid.NewGuid(), CardId = card.Id, CardNumber = card.Number, OutletId = card.OutletId };
                db.Add(row);
            }
            else if (Versions.Expect(db, row, input.Version) is { } stale)
            {
                return OperationResult<RestrictionView>.From(stale);
            }

            row.CopyLimitsFrom(limits);
            row.ChangedAt = checks.Now;
            row.ChangedBy = checks.LoginName;
            await dictionaries.MarkUsedAsync(DictionaryKinds.OilProducts, limits.ProductCodes, token);
            audit.Record(new AuditRecord(CardServiceModule.ModuleId, "Restrictions.Update", "Card", card.Number, before, RestrictionView.Of(card.Number, row) with { Version = null })
            { OutletId = card.OutletId, OutletCode = card.OutletCode });
            return OperationResult<RestrictionView>.Success(RestrictionView.Of(card.Number, row) with { Version = Versions.Format(row.Version + 1) });
        }, ct);
    }

    /// <summary>Copies (or moves: the source keeps none) the card's restrictions to another card in use of the same customer.</summary>
    public async Task<OperationResult<RestrictionView>> CopyAsync(string? number, string? target, bool move, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        var card = await checks.CardAsync(number, "card", errors, ct);
        CardInfo? to = null;
        if (string.IsNullOrWhiteSpace(target))
        {
            errors.Add(CardServiceErrors.TargetRequired());
        }
        else
        {
            var found = new List<OperationError>();
            to = await checks.CardAsync(target, "target", found, ct);
            if (to is null)
            {
                errors.Add(CardServiceErrors.TargetNotFound());
            }
        }

        if (card is null || to is null)
        {
            return card is null ? NotFoundOr<RestrictionView>(errors) : OperationResult<RestrictionView>.Invalid([.. errors]);
        }

        if (to.Id == card.Id)
        {
            return OperationResult<RestrictionView>.Invalid(CardServiceErrors.TargetSame());
        }

        if (card.CustomerId is null || to.CustomerId != card.CustomerId)
        {
            return OperationResult<RestrictionView>.Invalid(CardServiceErrors.TargetOtherCustomer(to.Number));
        }

        if (to.Status is "Replaced" or "Closed")
        {
            return OperationResult<RestrictionView>.Conflict(CardServiceErrors.TargetNotInUse(to.Number, to.Status));
        }

        return await RunAsync(async token =>
        {
            var source = await db.Set<CardRestriction>().FirstOrDefaultAsync(r => r.CardId == card.Id, token);
            if (source is null)
            {
                return OperationResult<RestrictionView>.Conflict(CardServiceErrors.NoRestrictions(card.Number));
            }

            var row = await db.Set<CardRestriction>().FirstOrDefaultAsync(r => r.CardId == to.Id, token);
            if (row is null)
            {
                row = new CardRestriction { Id = Guid.NewGuid(), CardId = to.Id, CardNumber = to.Number, OutletId = to.OutletId };
                db.Add(row);
            }

            row.CopyLimitsFrom(source);
            row.ChangedAt = checks.Now;
            row.ChangedBy = checks.LoginName;
            if (move)
            {
                db.Remove(source);
            }

            audit.Record(new AuditRecord(CardServiceModule.ModuleId, move ? "Restrictions.Move" : "Restrictions.Copy", "Card", card.Number, null,
                new { target = to.Number, restrictions = RestrictionView.Of(to.Number, row) with { Version = null } }) { OutletId = card.OutletId, OutletCode = card.OutletCode });
            return OperationResult<RestrictionView>.Success(RestrictionView.Of(to.Number, row) with { Version = null });
        }, ct);
    }

    /// <summary>In a replacement's transaction: the old card's restrictions go to the new card (nothing saved here).</summary>
    internal static async Task MoveToReplacementAsync(AdminDbContext db, Guid oldCardId, Guid newCardId, string newNumber, CancellationToken ct)
    {
        var row = await db.Set<CardRestriction>().FirstOrDefaultAsync(r => r.CardId == oldCardId, ct);
        if (row is not null)
        {
            row.CardId = newCardId;
            row.CardNumber = newNumber;
        }
    }

    /// <summary>
    /// Checks the input against the oil products of the dictionary (<paramref name="products"/>: every entry, in order;
    /// a deactivated one is refused); the limits as a detached row (errors name the fields).
    /// </summary>
    internal static CardRestriction Check(RestrictionInput input, List<OperationError> errors, IReadOnlyList<DictionaryItem> products)
    {
        var codes = new List<string>();
        foreach (var raw in input.Products ?? [])
        {
            var code = raw?.Trim().ToUpperInvariant() ?? "";
            if (code.Length == 0)
            {
                continue;
            }

            var product = products.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
            if (product is null || !product.Active)
            {
                errors.Add(product is null ? CardServiceErrors.ProductUnknown(code.Length > 20 ? code[..20] : code) : CardServiceErrors.ProductInactive(product.Name));
                break;
            }
            else if (!codes.Contains(product.Code))
            {
                codes.Add(product.Code);
            }
        }

        var perPurchase = Amount(input.PerPurchase, "perPurchase", errors);
        var perDay = Amount(input.PerDay, "perDay", errors);
        if (perPurchase is { } p && perDay is { } d && p > d)
        {
            errors.Add(CardServiceErrors.PerPurchaseAboveDay());
        }

        if (input.PurchasesPerDay is { } n && n is < 1 or > CardRestriction.MaxPurchasesPerDay)
        {
            errors.Add(CardServiceErrors.PurchasesInvalid(CardRestriction.MaxPurchasesPerDay));
        }

        var from = Minute(input.From, "from", errors);
        var until = Minute(input.Until, "until", errors);
        if ((from is null) != (until is null) && !errors.Any(e => e.Field is "from" or "until"))
        {
            errors.Add(CardServiceErrors.HoursIncomplete());
        }
        else if (from is not null && from == until)
        {
            errors.Add(CardServiceErrors.HoursEmpty());
        }

        return new CardRestriction
        {
            AllowedProducts = string.Join(',', products.Select(x => x.Code).Where(codes.Contains)),
            PerPurchase = perPurchase, PerDay = perDay, PurchasesPerDay = input.PurchasesPerDay, FromMinute = from, UntilMinute = until,
        };
    }

    private static decimal? Amount(decimal? amount, string field, List<OperationError> errors)
    {
        if (amount is not { } a)
        {
            return null;
        }

        if (a <= 0 || a > CardRestriction.MaxAmount || decimal.Round(a, 2) != a)
        {
            errors.Add(CardServiceErrors.AmountInvalid(field, CardRestriction.MaxAmount));
            return null;
        }

        return a;
    }

    private static int? Minute(string? text, string field, List<OperationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time.Hour * 60 + time.Minute;
        }

        errors.Add(CardServiceErrors.HourInvalid(field));
        return null;
    }

    private static OperationResult<T> NotFoundOr<T>(List<OperationError> errors) =>
        errors.Any(e => e.Code == "cardService.cardNotFound") ? OperationResult<T>.NotFound(errors[0]) : OperationResult<T>.Invalid([.. errors]);

    private async Task<OperationResult<T>> RunAsync<T>(Func<CancellationToken, Task<OperationResult<T>>> task, CancellationToken ct)
    {
        try
        {
            return await transaction.RunAsync(task, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            db.ChangeTracker.Clear();
            return LostRace.Conflict<T>();
        }
    }
}
