using Admin.Kernel.Recipes;
using Admin.Kernel.Results;
using Admin.Modules.Outlets.Models;
using Admin.Modules.Outlets.Services;

namespace Admin.Modules.Outlets.Recipes;

/// <summary>
/// <c>{"name": "Outlets", "outlets": [{"code": "44000000", "name": "...", "type": "HeadOffice", "parent": null}]}</c>;
/// <c>nameZh</c> and <c>shortNameZh</c> name it in Chinese too (the Chinese interface shows them).
/// Upserts by code, parents before children (list them in that order).
/// </summary>
internal sealed class OutletsRecipeStep(OutletService outlets) : RecipeStep<OutletsRecipeStep.Model>
{
    public sealed record Model(List<Item>? Outlets);

    public sealed record Item(string? Code, string? Name, string? ShortName, OutletType? Type, string? Parent, string? Address, string? Phone, string? Manager)
    {
        /// <summary>The name in Chinese, beside <see cref="Name"/> in English (optional).</summary>
        public string? NameZh { get; init; }

        /// <summary>The short name in Chinese (optional).</summary>
        public string? ShortNameZh { get; init; }
    }

    public override string Name => "Outlets";

    protected override async Task<OperationResult> ExecuteAsync(Model model, RecipeContext context, CancellationToken ct)
    {
        var index = 0;
        foreach (var item in model.Outlets ?? [])
        {
            var result = await outlets.UpsertAsync(
                new OutletInput(item.Code, item.Name, item.ShortName, item.Type, item.Parent, item.Address, item.Phone, item.Manager, null) { NameZh = item.NameZh, ShortNameZh = item.ShortNameZh },
                allowUpdate: true, ct);
            if (!result.Succeeded)
            {
                return OperationResult.Invalid(result.Errors.Select(e => e with { Field = $"outlets[{index}].{e.Field}" }).ToArray());
            }

            index++;
        }

        return OperationResult.Success();
    }
}
