using Admin.Kernel.Security;

namespace Admin.Modules.Reports.Models;

/// <summary>Where a kept report stands.</summary>
public enum ReportRunStatus
{
    Queued,
    Done,
    Failed,
}

/// <summary>
/// A report kept for download and printing: its filters, who asked, and once done the result (the report as JSON, from which
/// CSV, XLSX and the printed form are written). Large ranges are computed by a Quartz job (<see cref="JobKey"/>) with progress.
/// Owned by the requester's outlet: an outlet operator sees their outlet's runs, head office every run.
/// </summary>
public sealed class ReportRun : IOutletOwned
{
    public const int MaxOutlet = 20;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Kind { get; set; } = "";
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public string? OutletFilter { get; set; }
    public Guid OutletId { get; set; }
    public Guid? RequestedById { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public ReportRunStatus Status { get; set; }
    public string? Message { get; set; }
    public int Rows { get; set; }

    /// <summary>The report as JSON (<c>ReportData</c>), once done.</summary>
    public string? Result { get; set; }

    public string JobKey => $"report:{Id:N}";
}
