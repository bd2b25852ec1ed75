using Admin.Kernel.Results;

namespace Admin.Kernel;

/// <summary>The kernel's error messages, in one place (translated through <see cref="KernelTexts"/>).</summary>
internal static class KernelErrors
{
    public static OperationError ModuleUnknown(string id) => new("module.unknown", "There is no module '{0}'.", null, id);
    public static OperationError ModuleRequired(string id) => new("module.required", "The module '{0}' is part of the kernel and cannot be disabled.", null, id);
    public static OperationError ModuleHasDependents(string id, IEnumerable<string> dependents) =>
        new("module.hasDependents", "The module '{0}' cannot be disabled while these enabled modules depend on it: {1}.", null, id, string.Join(", ", dependents));
    public static OperationError StaleVersion(string current) =>
        new("concurrency.stale", "Someone else changed this record after you opened it (current version {0}). Review the current values and apply your change again.", "version", current);
    public static OperationError BadCursor() => new("paging.badCursor", "The paging cursor is not valid.", "after");
    public static OperationError BadLimit() => new("paging.badLimit", "The limit must be between 1 and 500.", "limit");
    public static OperationError AntiforgeryRequired() => new("request.antiforgery", "Signed in with the session cookie, send the antiforgery token (X-CSRF-TOKEN header) or use a bearer token.");
    public static OperationError NulCharacter(string field) => new("request.nulCharacter", "The value contains a NUL character (U+0000), which no field accepts.", field);
    public static OperationError BadDateRange() => new("filter.badDateRange", "The start date must not be after the end date.", "from");
    public static OperationError IdempotencyKeyRequired() => new("idempotency.keyRequired", "This request moves money: send an Idempotency-Key header (a value you choose, e.g. a UUID) so that a retry cannot run it twice.", "idempotencyKey");
    public static OperationError IdempotencyKeyInvalid(int max) => new("idempotency.keyInvalid", "An idempotency key is 1 to {0} visible ASCII characters.", "idempotencyKey", max);
    public static OperationError IdempotencyKeyReused() => new("idempotency.keyReused", "This idempotency key was already used for a different request. Use a new key for a new request.");
    public static OperationError IdempotencyInProgress() => new("idempotency.inProgress", "A request with this idempotency key is being carried out; its answer is not available yet. Ask again in a moment.");
    public static OperationError RaceLost() => new("task.raceLost", "Another task changed the same data at the same moment, so nothing was done. Try again.");
    public static OperationError PasswordChangeRequired() => new("password.changeRequired", "You must set a new password before doing anything else.");
    public static OperationError VersionRequired() => new("version.required", "Send back the version you read.", "version");
    public static OperationError SettingUnknown(string key) => new("setting.unknown", "There is no setting '{0}'.", "key", key);
    public static OperationError SettingNotWholeNumber(object min, object max) => new("setting.invalid", "Enter a whole number from {0} to {1}.", "value", min, max);
    public static OperationError SettingNotBoolean() => new("setting.invalid", "Enter true or false.", "value");
    public static OperationError SettingNotAmount(object min, object max) => new("setting.invalid", "Enter an amount from {0} to {1} with at most two decimals.", "value", min, max);
    public static OperationError SettingTooLong(int max) => new("setting.invalid", "At most {0} characters.", "value", max);
    public static OperationError RecipeBadJson(long line, long position, string detail) => new("recipe.badJson", "The recipe is not valid JSON (line {0}, position {1}): {2}", null, line, position, detail);
    public static OperationError RecipeNoSteps() => new("recipe.noSteps", "A recipe is an object with a \"steps\" array.", "steps");
    public static OperationError RecipeAlreadyRunning() => new("recipe.alreadyRunning", "The recipe was applied by another process at the same time.");
    public static OperationError RecipeStepWithoutName(int index) => new("recipe.stepWithoutName", "Step {0} has no \"name\".", $"steps[{index}]", index);
    public static OperationError RecipeUnknownStep(int index, string step) => new("recipe.unknownStep", "Step {0} (\"{1}\") is not a step any module handles.", $"steps[{index}]", index, step);
    public static OperationError RecipeModuleDisabled(int index, string step, string module) =>
        new("recipe.moduleDisabled", "Step {0} (\"{1}\") belongs to the module '{2}', which is disabled.", $"steps[{index}]", index, step, module);
    public static OperationError RecipeStepFailed(int index, string step, string? detail) => new("recipe.stepFailed", "Step {0} (\"{1}\") failed: {2}", $"steps[{index}]", index, step, detail);
    public static OperationError RecipeSaveFailed(string detail) => new("recipe.saveFailed", "The data could not be saved: {0}", null, detail);
    public static OperationError RecipeBadStep(string? field, string detail) => new("recipe.badStep", "The step's data is not valid: {0}", field, detail);
    public static OperationError AmountNegative(string field) => new("amount.negative", "The amount cannot be negative.", field);
    public static OperationError AmountTooPrecise(string field) => new("amount.tooPrecise", "Amounts have at most two decimals (fen).", field);
    public static OperationError AmountTooLarge(string field) => new("amount.tooLarge", "The amount is too large.", field);
    public static OperationError AmountRequired(string field) => new("amount.required", "Enter the amount.", field);
    public static OperationError AmountInvalid(string field) => new("amount.invalid", "Enter an amount such as 20.00.", field);
}
