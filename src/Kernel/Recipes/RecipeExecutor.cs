using System.Text.Json;
using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Admin.Kernel.Recipes;

/// <summary>The outcome of a recipe run: its name, and the lines steps asked to show.</summary>
public sealed record RecipeRun(string Name, IReadOnlyList<string> Output);

/// <summary>
/// Runs a recipe in one transaction: every step applies, or nothing does. An unknown step, a step of a disabled
/// module or invalid JSON is reported with the step's index and name.
/// </summary>
public sealed class RecipeExecutor(
    AdminDbContext db,
    IEnumerable<IRecipeStep> steps,
    ModuleCatalog catalog,
    ModuleStates states,
    ILogger<RecipeExecutor> logger)
{
    /// <summary>Runs recipe JSON text.</summary>
    public Task<OperationResult<RecipeRun>> RunAsync(string json, CancellationToken ct = default) => RunAsync(json, null, ct);

    /// <summary>Runs recipe JSON text; <paramref name="first"/> runs inside the transaction before the steps.</summary>
    public async Task<OperationResult<RecipeRun>> RunAsync(string json, Func<AdminDbContext, CancellationToken, Task>? first, CancellationToken ct = default)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return Fail(KernelErrors.RecipeBadJson((ex.LineNumber ?? 0) + 1, ex.BytePositionInLine ?? 0, ex.Message));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("steps", out var stepArray) || stepArray.ValueKind != JsonValueKind.Array)
            {
                return Fail(KernelErrors.RecipeNoSteps());
            }

            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "(unnamed)";
            var byName = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);
            var context = new RecipeContext();

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (first is not null)
            {
                try
                {
                    await first(db, ct);
                }
                catch (DbUpdateException)
                {
                    return await Abort(transaction, Fail(KernelErrors.RecipeAlreadyRunning()));
                }
            }

            var index = 0;
            foreach (var step in stepArray.EnumerateArray())
            {
                var stepName = step.ValueKind == JsonValueKind.Object && step.TryGetProperty("name", out var sn) && sn.ValueKind == JsonValueKind.String
                    ? sn.GetString()!
                    : null;
                if (stepName is null)
                {
                    return await Abort(transaction, Fail(KernelErrors.RecipeStepWithoutName(index)));
                }

                if (!byName.TryGetValue(stepName, out var handler))
                {
                    return await Abort(transaction, Fail(KernelErrors.RecipeUnknownStep(index, stepName)));
                }

                var module = catalog.FindByType(handler.GetType())!;
                if (!states.IsEnabled(module.Id) && !context.EnabledInThisRun.Contains(module.Id))
                {
                    return await Abort(transaction, Fail(KernelErrors.RecipeModuleDisabled(index, stepName, module.Id)));
                }

                OperationResult result;
                try
                {
                    result = await handler.ExecuteAsync(step, context, ct);
                }
                catch (DbUpdateException ex)
                {
                    logger.LogWarning(ex, "Recipe step {Index} ({Step}) failed to save", index, stepName);
                    result = OperationResult.Invalid(KernelErrors.RecipeSaveFailed(ex.InnerException?.Message ?? ex.Message));
                }

                if (!result.Succeeded)
                {
                    var detail = string.Join("; ", result.Errors.Select(e => e.Field is null ? e.ToString() : $"{e.Field}: {e}"));
                    return await Abort(transaction, Fail(KernelErrors.RecipeStepFailed(index, stepName, detail)));
                }

                index++;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            states.Invalidate();
            logger.LogInformation("Recipe {Recipe} applied ({Count} steps)", name, index);
            return OperationResult<RecipeRun>.Success(new RecipeRun(name, context.Output));
        }
    }

    private async Task<OperationResult<RecipeRun>> Abort(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, OperationResult<RecipeRun> failure)
    {
        await transaction.RollbackAsync();
        db.ChangeTracker.Clear();
        states.Invalidate();
        return failure;
    }

    private static OperationResult<RecipeRun> Fail(OperationError error) => OperationResult<RecipeRun>.Invalid(error);
}
