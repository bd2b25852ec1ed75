using Admin.Kernel.Results;
using Admin.Kernel.Data;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

/// <summary>Adds issued cards to the caller's unit of work, taking their numbers out of the operator's drawer.</summary>
internal sealed class CardRegistry(AdminDbContext db, ICardStock stock) : ICardRegistry
{
    public async Task<OperationResult<CardInfo>> AddIssuedAsync(NewCard card, CancellationToken ct = default)
    {
        var product = await db.Set<CardProduct>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == card.ProductId, ct);
        if (product is null)
        {
            return OperationResult<CardInfo>.NotFound(CardsErrors.ProductNotFound());
        }

        if (!product.Active)
        {
            return OperationResult<CardInfo>.Invalid(CardsErrors.ProductInactive());
        }

        var parsed = CardNumber.Parse(card.Number, product.Numbering, card.Field);
        if (!parsed.Succeeded)
        {
            return OperationResult<CardInfo>.From(parsed);
        }

        var errors = new List<OperationError>();
        if (product.Kind == CardKind.Anonymous ? card.CustomerId is not null : card.CustomerId is null)
        {
            errors.Add(product.Kind == CardKind.Anonymous ? CardsErrors.AnonymousHasNoCustomer() : CardsErrors.CardCustomerRequired());
        }

        if (product.Kind == CardKind.Secondary ? card.PrimaryCardId is null : card.PrimaryCardId is not null)
        {
            errors.Add(CardsErrors.PrimaryOnlyForSecondary());
        }

        if (product.Kind == CardKind.Anonymous ? card.FaceValue is not { } face || !product.FaceValueList.Contains(face) : card.FaceValue is not null)
        {
            errors.Add(CardsErrors.CardFaceValueInvalid());
        }

        if (errors.Count > 0)
        {
            return OperationResult<CardInfo>.Invalid([.. errors]);
        }

        var number = parsed.Value.Value;
        if (await db.Set<Card>().AnyAsync(c => c.Number == number, ct) || db.ChangeTracker.Entries<Card>().Any(e => e.Entity.Number == number))
        {
            return OperationResult<CardInfo>.Conflict(CardsErrors.CardNumberIssued(number, card.Field));
        }

        var row = new Card
        {
            Id = Guid.NewGuid(), Number = number, ProductId = product.Id, Kind = product.Kind, CustomerId = card.CustomerId, PrimaryCardId = card.PrimaryCardId,
            Status = CardStatus.Issued, HolderName = Clean(card.HolderName), VehiclePlate = Clean(card.VehiclePlate), Notes = Clean(card.Notes),
            OutletId = card.OutletId, OutletCode = card.OutletCode, OperatorId = card.OperatorId, OperatorLogin = card.OperatorLogin,
            IssuedAt = card.IssuedAt, ExpiresAt = Card.ExpiryOf(card.IssuedAt, product.ValidityMonths), FaceValue = card.FaceValue,
        };
        var taken = await stock.TakeForIssueAsync(product.Id, number, card.OperatorId, row.Id, ct);
        if (!taken.Succeeded)
        {
            // The stock names its own field ("numbers"); the issuing form's field is the caller's.
            return OperationResult<CardInfo>.Fail(taken.Failure, [.. taken.Errors.Select(e => e with { Field = card.Field })]);
        }

        db.Add(row);
        return OperationResult<CardInfo>.Success(CardDirectory.Info(row, product.Code));
    }

    public OperationResult IssuedMeanwhile(string? number = null) => OperationResult.Conflict(CardsErrors.IssuedMeanwhile(number ?? ""));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
