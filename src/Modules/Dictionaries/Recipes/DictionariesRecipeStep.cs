using Admin.Kernel.Recipes;
using Admin.Kernel.Results;
using Admin.Modules.Dictionaries.Services;

namespace Admin.Modules.Dictionaries.Recipes;

/// <summary>
/// <c>{"name": "Dictionaries", "tables": [{"kind": "OilProducts", "entries": [{"code": "92", "nameEn": "92# petrol", "nameZh": "92#汽油", "used": true}]}]}</c>.
/// Upserts by (kind, code) in the listed order; <c>used</c> fixes the code at once (a code terminals or records already carry).
/// </summary>
internal sealed class DictionariesRecipeStep(DictionaryService dictionaries) : RecipeStep<DictionariesRecipeStep.Model>
{
    public sealed record Model(List<Table>? Tables);

    public sealed record Table(string? Kind, List<Entry>? Entries);

    public sealed record Entry(string? Code, string? NameEn, string? NameZh, bool? Used);

    public override string Name => "Dictionaries";

    protected override async Task<OperationResult> ExecuteAsync(Model model, RecipeContext context, CancellationToken ct)
    {
        var t = 0;
        foreach (var table in model.Tables ?? [])
        {
            var i = 0;
            foreach (var entry in table.Entries ?? [])
            {
                var result = await dictionaries.UpsertAsync(table.Kind, new EntryInput(entry.Code, entry.NameEn, entry.NameZh, (i + 1) * 10), entry.Used ?? false, ct);
                if (!result.Succeeded)
                {
                    return OperationResult.Invalid(result.Errors.Select(e => e with { Field = $"tables[{t}].entries[{i}].{e.Field ?? "kind"}" }).ToArray());
                }

                i++;
            }

            t++;
        }

        return OperationResult.Success();
    }
}
