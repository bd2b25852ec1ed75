using Admin.Kernel.Recipes;
using Admin.Kernel.Results;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Services;

namespace Admin.Modules.Printing.Recipes;

/// <summary>
/// <c>{"name": "VoucherLayouts", "layouts": [{"code": "FEE-A", "name": "…", "kind": "FeeReceipt", "paperWidth": 241, "paperHeight": 93.1,
/// "fields": [{"value": "Year", "x": 30, "y": 14, "width": 14, "fontSize": 10, "align": "Center"}]}]}</c>. Upserts by code: a new
/// layout is created; a changed name, paper or field list is saved as a new version; an unchanged one is left alone.
/// </summary>
internal sealed class VoucherLayoutsRecipeStep(LayoutService layouts) : RecipeStep<VoucherLayoutsRecipeStep.Model>
{
    public sealed record Model(List<Item>? Layouts);

    public sealed record Item(string? Code, string? Name, string? Kind, decimal? PaperWidth, decimal? PaperHeight, List<Field>? Fields, bool? IsActive);

    public sealed record Field(string? Value, decimal? X, decimal? Y, decimal? Width, decimal? FontSize, string? Align);

    public override string Name => "VoucherLayouts";

    protected override async Task<OperationResult> ExecuteAsync(Model model, RecipeContext context, CancellationToken ct)
    {
        var index = 0;
        foreach (var item in model.Layouts ?? [])
        {
            var fields = item.Fields?.Select(f => new LayoutField(f.Value ?? "", f.X ?? -1, f.Y ?? -1, f.Width ?? 0, f.FontSize ?? 0,
                Enum.TryParse<FieldAlign>(f.Align ?? "Left", true, out var a) && Enum.IsDefined(a) ? a : (FieldAlign)(-1))).ToList() ?? [];
            var result = await layouts.UpsertAsync(new LayoutInput(item.Code, item.Name, item.Kind, item.PaperWidth, item.PaperHeight, fields, item.IsActive), ct);
            if (!result.Succeeded)
            {
                return OperationResult.Invalid(result.Errors.Select(e => e with { Field = $"layouts[{index}].{e.Field}" }).ToArray());
            }

            index++;
        }

        return OperationResult.Success();
    }
}
