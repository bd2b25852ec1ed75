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
    public static OperationError AmountNegative(string field) => new("amount.negative", "The amount cannot be negative.", field);
    public static OperationError AmountTooPrecise(string field) => new("amount.tooPrecise", "Amounts have at most two decimals (fen).", field);
    public static OperationError AmountTooLarge(string field) => new("amount.tooLarge", "The amount is too large.", field);
    public static OperationError AmountRequired(string field) => new("amount.required", "Enter the amount.", field);
    public static OperationError AmountInvalid(string field) => new("amount.invalid", "Enter an amount such as 20.00.", field);
}
