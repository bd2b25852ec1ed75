using Admin.Kernel.Results;

namespace Admin.Modules.Reports;

/// <summary>The reports' messages, in one place (translated through <see cref="ReportsTexts"/>).</summary>
internal static class ReportsErrors
{
    public static OperationError KindUnknown() => new("reports.kindUnknown", "Choose a report: takings, cards, stock, deposits or balances.", "kind");
    public static OperationError FromRequired() => new("reports.fromRequired", "Enter the first day.", "from");
    public static OperationError ToRequired() => new("reports.toRequired", "Enter the last day.", "to");
    public static OperationError Backwards() => new("reports.backwards", "The last day is before the first.", "to");
    public static OperationError TooLong(int max) => new("reports.tooLong", "A report covers at most {0} days.", "to", max);
    public static OperationError OutletUnknown() => new("reports.outletUnknown", "There is no such outlet among those you see.", "outlet");
    public static OperationError UseJob(int days) => new("reports.useJob", "Over {0} days a report runs as a background job: start it with \"Run as a job\".", "to", days);
    public static OperationError NotFound() => new("reports.notFound", "There is no such report.");
    public static OperationError NotReady() => new("reports.notReady", "The report is not ready yet.");
    public static OperationError DrillInvalid() => new("reports.drillInvalid", "Name the outlet and the day of the figure.", "day");
}
