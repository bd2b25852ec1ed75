using System.Text.Json;
using Admin.Kernel.Results;

namespace Admin.Kernel.Recipes;

/// <summary>State shared by the steps of one recipe run.</summary>
public sealed class RecipeContext
{
    /// <summary>Modules an earlier step of this run switched on (not yet committed).</summary>
    public HashSet<string> EnabledInThisRun { get; } = new(StringComparer.Ordinal);

    /// <summary>Lines a step wants shown to whoever ran the recipe (for example a generated password).</summary>
    public List<string> Output { get; } = [];
}

/// <summary>
/// A named recipe step handled by the module that declares it. Steps must be idempotent: an upsert by natural key.
/// No passwords in recipes; they come from configuration.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The step's name in recipe files (<c>"name": "Outlets"</c>).</summary>
    string Name { get; }

    /// <summary>Applies the step. The whole step object (with its <c>name</c>) is passed in.</summary>
    Task<OperationResult> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct);
}

/// <summary>A recipe step whose JSON is bound to <typeparamref name="TModel"/> (camelCase, unknown fields refused).</summary>
public abstract class RecipeStep<TModel> : IRecipeStep where TModel : class
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public async Task<OperationResult> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        TModel? model;
        try
        {
            model = step.Deserialize<TModel>(Options);
        }
        catch (JsonException ex)
        {
            return OperationResult.Invalid(KernelErrors.RecipeBadStep(ex.Path, ex.Message));
        }

        if (model is null)
        {
            return OperationResult.Invalid(KernelErrors.RecipeBadStep(null, "empty"));
        }

        return await ExecuteAsync(model, context, ct);
    }

    /// <summary>Applies the bound model.</summary>
    protected abstract Task<OperationResult> ExecuteAsync(TModel model, RecipeContext context, CancellationToken ct);
}
