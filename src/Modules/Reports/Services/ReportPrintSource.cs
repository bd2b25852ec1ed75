using System.Globalization;
using Admin.Kernel.Time;
using Admin.Modules.Printing.Contracts;
using Admin.Modules.Reports.Models;

namespace Admin.Modules.Reports.Services;

/// <summary>A kept report run printed through Printing (<c>/api/forms/report/{run}.pdf</c>): its filters, reopenings, and the table in both languages.</summary>
public sealed class ReportPrintSource(ReportRuns runs, LocalClock local) : IPrintSource
{
    public const string TaskType = "report";

    /// <summary>The most rows a printed report carries (the XLSX has them all).</summary>
    public const int MaxPrintedRows = 500;

    public IReadOnlyList<string> TaskTypes { get; } = [TaskType];

    public string Permission => ReportsPermissions.View;

    public IReadOnlyList<VoucherKindInfo> VoucherKinds { get; } = [];

    public string FormLinkText(string taskType) => "Print the report";

    public async Task<PrintModel?> LoadAsync(string taskType, Guid taskId, CancellationToken ct = default)
    {
        if (taskType != TaskType || await runs.FindAsync(taskId, ct) is not { Status: ReportRunStatus.Done } run || ReportRuns.DataOf(run) is not { } data)
        {
            return null;
        }

        var offset = await local.OffsetAsync(ct);
        var rows = ReportExports.Header(data, ReportsTexts.Both, offset).Skip(1).Select(h => new PrintRow("", h.Label, h.Value)).ToList();
        rows.Add(new PrintRow("行数", "Rows", data.Rows.Count.ToString(CultureInfo.InvariantCulture)));
        var table = data.Rows.Take(MaxPrintedRows).Select(r => (IReadOnlyList<string>)r.Cells.ToList()).ToList();
        table.Add(data.Totals.Select((c, i) => i == 0 ? "合计 Total" : c).ToList());
        var titleEn = ReportKinds.Title(data.Kind);
        return new PrintModel(ReportsTexts.ZhOf(titleEn), titleEn, run.OutletId, data.Outlet ?? "", run.Id.ToString("N")[..12], run.RequestedAt, null, null, null, null, rows,
            [], "", "", 0m, run.RequestedBy, null,
            Table: new PrintTable(ReportsTexts.ZhOf(titleEn), titleEn, data.Columns.Select(c => ReportsTexts.Both(c.Title)).ToList(), table), LocalDate: data.To);
    }
}
