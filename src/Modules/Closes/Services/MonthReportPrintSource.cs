using System.Globalization;
using Admin.Kernel.Money;
using Admin.Kernel.Security;
using Admin.Kernel.Time;
using Admin.Modules.Closes.Models;
using Admin.Modules.Printing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Closes.Services;

/// <summary>The month report (月结报表) as Printing prints it: the takings per payment method, the seal, and every reopening of the month.</summary>
public sealed class MonthReportPrintSource(Kernel.Data.AdminDbContext db, OutletScope scope, MonthReports reports, LocalClock local) : IPrintSource
{
    public const string TaskType = "month-report";

    public IReadOnlyList<string> TaskTypes { get; } = [TaskType];

    public string Permission => ClosesPermissions.View;

    public IReadOnlyList<VoucherKindInfo> VoucherKinds { get; } = [];

    public string FormLinkText(string taskType) => "Print the month report";

    public async Task<PrintModel?> LoadAsync(string taskType, Guid taskId, CancellationToken ct = default)
    {
        if (taskType != TaskType || await scope.Apply(db.Set<MonthClose>().AsNoTracking()).FirstOrDefaultAsync(m => m.Id == taskId, ct) is not { } m)
        {
            return null;
        }

        var r = await reports.ReportAsync(m.OutletId, m.OutletCode, m.Month, ct);
        var offset = await local.OffsetAsync(ct);
        var rows = new List<PrintRow>
        {
            new("月份", "Month", m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            new("已结天数", "Days closed", m.Days.ToString(CultureInfo.InvariantCulture)),
            new("月结哈希", "Seal (SHA-256)", m.Hash),
        };
        rows.AddRange(r.Reopenings.Select(x => new PrintRow("重开", "Reopened",
            $"{(x.Kind == PeriodKind.Day ? x.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : x.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture))} · {LocalTimes.Format(x.ReopenedAt, offset, LocalTimeFormat.Minutes)} · {x.ReopenedBy} · {x.Reason}")));
        return new PrintModel("网点月结", "Monthly close", m.OutletId, m.OutletCode, $"{m.OutletCode}-{m.Month:yyyyMM}", m.ClosedAt, null, null, null, null, rows,
            [], "", "", r.ByMethod.Sum(x => x.Net), m.ClosedBy, null,
            Table: new PrintTable("收款方式汇总", "Takings by payment method", ["收款方式 Method", "收入 In", "支出 Out", "净额 Net"],
                r.ByMethod.Select(x => (IReadOnlyList<string>)new List<string> { x.Method, Money.Format(x.In), Money.Format(x.Out), Money.Format(x.Net) }).ToList()),
            LocalDate: m.Month.AddDays(DateTime.DaysInMonth(m.Month.Year, m.Month.Month) - 1));
    }
}
