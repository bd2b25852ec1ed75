using Admin.Kernel.Recipes;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Models;
using Admin.Modules.Cards.Services;

namespace Admin.Modules.Cards.Recipes;

/// <summary>
/// <c>{"name": "CardProducts", "products": [{"code": "SINGLE", "nameEn": "...", "nameZh": "...", "kind": "SingleUser", "numberLength": 16,
/// "prefix": "9101", "checkDigit": "Luhn", "balanceCap": 5000, ...}]}</c>. Upserts by code; a product whose ranges are registered keeps
/// its numbering (the step fails rather than change it).
/// </summary>
internal sealed class CardProductsRecipeStep(CardProductService products) : RecipeStep<CardProductsRecipeStep.Model>
{
    public sealed record Model(List<Item>? Products);

    public sealed record Item(
        string? Code, string? NameEn, string? NameZh, string? Kind, int? NumberLength, string? Prefix, string? CheckDigit, decimal? BalanceCap,
        int? ValidityMonths, decimal? RealNameThreshold, decimal? CompanyCashLimit, decimal? IndividualCashLimit, List<decimal>? FaceValues, bool? Active);

    public override string Name => "CardProducts";

    protected override async Task<OperationResult> ExecuteAsync(Model model, RecipeContext context, CancellationToken ct)
    {
        var index = 0;
        foreach (var i in model.Products ?? [])
        {
            var result = await products.UpsertAsync(new ProductInput(i.Code, i.NameEn, i.NameZh, i.Kind, i.NumberLength, i.Prefix, i.CheckDigit, i.BalanceCap,
                i.ValidityMonths, i.RealNameThreshold, i.CompanyCashLimit, i.IndividualCashLimit, i.FaceValues, i.Active), ct);
            if (!result.Succeeded)
            {
                return OperationResult.Invalid(result.Errors.Select(e => e with { Field = $"products[{index}].{e.Field}" }).ToArray());
            }

            index++;
        }

        return OperationResult.Success();
    }
}
