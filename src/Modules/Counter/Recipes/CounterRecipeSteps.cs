using Admin.Kernel.Recipes;
using Admin.Kernel.Results;
using Admin.Modules.Counter.Services;

namespace Admin.Modules.Counter.Recipes;

/// <summary>
/// <c>{"name": "FeeSchedule", "items": [{"code": "CARD", "nameEn": "Card cost fee", "nameZh": "工本费", "amount": 20.00, "effectiveFrom": "2024-01-01", "reviewWhenChanged": true}]}</c>.
/// Upserts by code; a different amount is added to the item's history from <c>effectiveFrom</c> (default today);
/// <c>reviewWhenChanged</c> (default: unchanged, true for a new item) says whether a collected amount different from the schedule needs review.
/// </summary>
internal sealed class FeeScheduleRecipeStep(FeeSchedule schedule) : RecipeStep<FeeScheduleRecipeStep.Model>
{
    public sealed record Model(List<Item>? Items);

    public sealed record Item(string? Code, string? NameEn, string? NameZh, decimal? Amount, string? EffectiveFrom, bool? ReviewWhenChanged = null);

    public override string Name => "FeeSchedule";

    protected override async Task<OperationResult> ExecuteAsync(Model model, RecipeContext context, CancellationToken ct)
    {
        var index = 0;
        foreach (var item in model.Items ?? [])
        {
            var result = await schedule.UpsertAsync(item.Code, item.NameEn, item.NameZh, item.Amount, item.EffectiveFrom, item.ReviewWhenChanged, ct);
            if (!result.Succeeded)
            {
                return OperationResult.Invalid(result.Errors.Select(e => e with { Field = $"items[{index}].{e.Field}" }).ToArray());
            }

            index++;
        }

        return OperationResult.Success();
    }
}

/// <summary>
/// <c>{"name": "PaymentMethods", "methods": [{"code": "Cash", "nameEn": "Cash", "nameZh": "现金", "enabled": true}]}</c>. Upserts by code, in the listed order.
/// </summary>
internal sealed class PaymentMethodsRecipeStep(PaymentMethods methods) : RecipeStep<PaymentMethodsRecipeStep.Model>
{
    public sealed record Model(List<Item>? Methods);

    public sealed record Item(string? Code, string? NameEn, string? NameZh, bool? Enabled);

    public override string Name => "PaymentMethods";

    protected override async Task<OperationResult> ExecuteAsync(Model model, RecipeContext context, CancellationToken ct)
    {
        var index = 0;
        foreach (var item in model.Methods ?? [])
        {
            var result = await methods.UpsertAsync(item.Code, item.NameEn, item.NameZh, item.Enabled ?? true, (index + 1) * 10, ct);
            if (!result.Succeeded)
            {
                return OperationResult.Invalid(result.Errors.Select(e => e with { Field = $"methods[{index}].{e.Field}" }).ToArray());
            }

            index++;
        }

        return OperationResult.Success();
    }
}
