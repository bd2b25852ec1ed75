using Admin.Kernel.Jobs;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Reports.Models;
using Admin.Modules.Reports.Services;

namespace Admin.Modules.Reports.ViewModels;

/// <summary>The report's filters as the URL carries them (a report can be bookmarked and shared).</summary>
public sealed class ReportQueryModel
{
    public string? Kind { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Outlet { get; set; }

    public ReportRequest ToRequest() => new(Kind ?? ReportKinds.Takings, From, To, Outlet);

    public string QueryString() =>
        $"kind={Uri.EscapeDataString(Kind ?? ReportKinds.Takings)}&from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}&outlet={Uri.EscapeDataString(Outlet ?? "")}";
}

/// <summary>The reports screen: the filters, the report when it fits a request, else the offer to run it as a job; the kept runs.</summary>
public sealed class ReportsIndexViewModel
{
    public ReportQueryModel Query { get; set; } = new();
    public ReportData? Data { get; set; }
    public bool NeedsJob { get; set; }
    public int Threshold { get; set; }
    public IReadOnlyList<ReportRun> Recent { get; set; } = [];
}

/// <summary>The entries behind one reconciliation figure.</summary>
public sealed class ReportEntriesViewModel
{
    public string? Outlet { get; set; }
    public DateOnly? Day { get; set; }
    public string? Task { get; set; }
    public string? Method { get; set; }
    public IReadOnlyList<TillEntryRow> Entries { get; set; } = [];
}

/// <summary>A kept run: its progress while queued, its report when done.</summary>
public sealed class ReportRunViewModel
{
    public ReportRun Run { get; set; } = null!;
    public JobProgress? Progress { get; set; }
    public ReportData? Data { get; set; }
}
