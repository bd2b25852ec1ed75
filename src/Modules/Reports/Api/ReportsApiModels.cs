using Admin.Kernel.Jobs;
using Admin.Modules.Reports.Models;

namespace Admin.Modules.Reports.Api;

/// <summary>
/// A report: <c>kind</c> (<c>takings</c>, <c>cards</c>, <c>stock</c>, <c>deposits</c>, <c>balances</c>), the first and last local day
/// (<c>from</c>, <c>to</c>; <c>to</c> is the "as of" day of deposits and balances), an <c>outlet</c> code (empty: every outlet the caller sees).
/// </summary>
public sealed class ReportParameters
{
    public string? Kind { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Outlet { get; set; }
}

/// <summary>The figure to drill into: the outlet's code, the day, optionally the task type, payment method and status.</summary>
public sealed class EntriesParameters
{
    public string? Outlet { get; set; }
    public DateOnly? Day { get; set; }
    public string? Task { get; set; }
    public string? Method { get; set; }
    public string? Status { get; set; }
}

/// <summary>A report to keep (computed at once up to the job threshold, else as a background job).</summary>
public sealed record ReportRunRequest(string? Kind, DateOnly? From, DateOnly? To, string? Outlet);

/// <summary>A kept report: its filters, status and, while it runs as a job, its progress (days done of the range).</summary>
public sealed record ReportRunDto(
    Guid Id, string Kind, DateOnly From, DateOnly To, string? Outlet, string Status, string RequestedBy, DateTime RequestedAt, DateTime? FinishedAt, int Rows, string? Message,
    int Done, int Total, int Percent)
{
    internal static ReportRunDto Of(ReportRun r, JobProgress? p) =>
        r.Status == ReportRunStatus.Done
            ? new(r.Id, r.Kind, r.From, r.To, r.OutletFilter, r.Status.ToString(), r.RequestedBy, r.RequestedAt, r.FinishedAt, r.Rows, r.Message, Days(r), Days(r), 100)
            : new(r.Id, r.Kind, r.From, r.To, r.OutletFilter, r.Status.ToString(), r.RequestedBy, r.RequestedAt, r.FinishedAt, r.Rows, r.Message ?? p?.Message,
                p?.Done ?? 0, p is { Total: > 0 } ? p.Total : Days(r), p?.Percent ?? 0);

    // A run's work is its days (the job reports days done); a report as of a day is one step.
    private static int Days(ReportRun r) => Services.ReportKinds.IsRange(r.Kind) ? r.To.DayNumber - r.From.DayNumber + 1 : 1;
}
