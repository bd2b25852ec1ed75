using Admin.Kernel.Modules;
using Admin.Kernel.Results;
using Admin.Kernel.Settings;

namespace Admin.Kernel.Recipes;

/// <summary><c>{"name": "Modules", "enable": ["Outlets", ...], "disable": [...]}</c></summary>
internal sealed class ModulesRecipeStep(ModuleSwitcher switcher, ModuleCatalog catalog) : RecipeStep<ModulesRecipeStep.Model>
{
    public sealed record Model(List<string>? Enable, List<string>? Disable);

    public override string Name => "Modules";

    protected override async Task<OperationResult> ExecuteAsync(Model model, RecipeContext context, CancellationToken ct)
    {
        foreach (var id in model.Enable ?? [])
        {
            var result = await switcher.EnableAsync(id, "recipe", ct);
            if (!result.Succeeded)
            {
                return result;
            }

            foreach (var enabled in catalog.DependenciesOf(id).Append(id))
            {
                context.EnabledInThisRun.Add(enabled);
            }
        }

        foreach (var id in model.Disable ?? [])
        {
            var result = await switcher.DisableAsync(id, "recipe", ct);
            if (!result.Succeeded)
            {
                return result;
            }

            context.EnabledInThisRun.Remove(id);
        }

        return OperationResult.Success();
    }
}

/// <summary><c>{"name": "Settings", "values": {"Operators.MaxFailedAttempts": "3"}}</c></summary>
internal sealed class SettingsRecipeStep(SystemSettings settings) : RecipeStep<SettingsRecipeStep.Model>
{
    public sealed record Model(Dictionary<string, string>? Values);

    public override string Name => "Settings";

    protected override async Task<OperationResult> ExecuteAsync(Model model, RecipeContext context, CancellationToken ct)
    {
        foreach (var (key, value) in model.Values ?? [])
        {
            var result = await settings.SetAsync(key, value, version: null, by: "recipe", ct);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return OperationResult.Success();
    }
}
