using Admin.Kernel.Results;

namespace Admin.Modules.Checks;

/// <summary>The check's messages, in one place (translated through <see cref="ChecksTexts"/>).</summary>
internal static class ChecksErrors
{
    public static OperationError FromRequired() => new("checks.fromRequired", "Give the first day (yyyy-MM-dd).", "from");
    public static OperationError ToRequired() => new("checks.toRequired", "Give the last day (yyyy-MM-dd).", "to");
    public static OperationError RangeInvalid() => new("checks.rangeInvalid", "The first day must not be after the last day.", "from");
    public static OperationError SpanTooLong(int days) => new("checks.spanTooLong", "Check at most {0} days at once.", "to", days);
    public static OperationError OutletNotFound() => new("checks.outletNotFound", "There is no such outlet.", "outlet");
    public static OperationError RunNotFound() => new("checks.runNotFound", "There is no such check run.");
}
