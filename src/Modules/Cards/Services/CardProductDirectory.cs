using Admin.Kernel.Results;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Cards.Models;

namespace Admin.Modules.Cards.Services;

internal sealed class CardProductDirectory(CardProductService products) : ICardProducts
{
    public async Task<CardProductInfo?> FindByCodeAsync(string code, CancellationToken ct = default) =>
        await products.FindByCodeAsync(code, ct) is { } p ? Info(p) : null;

    public async Task<CardProductInfo?> FindAsync(Guid id, CancellationToken ct = default) =>
        await products.FindAsync(id, ct) is { } p ? Info(p) : null;

    public async Task<OperationResult<string>> CheckNumberAsync(Guid productId, string? number, string field = "number", CancellationToken ct = default)
    {
        if (await products.FindAsync(productId, ct) is not { } product)
        {
            return OperationResult<string>.NotFound(CardsErrors.ProductNotFound());
        }

        var parsed = CardNumber.Parse(number, product.Numbering, field);
        return parsed.Succeeded ? OperationResult<string>.Success(parsed.Value.Value) : OperationResult<string>.From(parsed);
    }

    internal static CardProductInfo Info(CardProduct p) =>
        new(p.Id, p.Code, p.NameEn, p.NameZh, p.Kind.ToString(), p.NumberLength, p.Prefix, p.CheckDigit.ToString(), p.BalanceCap, p.ValidityMonths,
            p.RealNameThreshold, p.CompanyCashLimit, p.IndividualCashLimit, p.FaceValueList, p.Active);
}
