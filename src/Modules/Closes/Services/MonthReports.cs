using System.Security.Cryptography;
using System.Text;
using Admin.Kernel.Data;
using Admin.Kernel.Time;
using Admin.Modules.Closes.Contracts;
using Admin.Modules.Closes.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Closes.Services;

/// <summary>
/// The outlet's month report (月结报表): takings by payment method and task over the month, deposits and settlement movements,
/// every day's close and seal, the days still open, and the reopenings of the month or its days (each shown on the report).
/// </summary>
public sealed record MonthReport(
    Guid OutletId, string OutletCode, DateOnly Month, MonthClose? Close, IReadOnlyList<MethodTakings> ByMethod, IReadOnlyList<TaskTakings> ByTask,
    IReadOnlyList<KindMovement> Kinds, IReadOnlyList<DayClose> Days, IReadOnlyList<DateOnly> OpenDays, IReadOnlyList<PeriodReopening> Reopenings);

/// <summary>The month report, the month's seal, and the reopenings of a period (<see cref="IPeriodMarks"/> for the reports).</summary>
public sealed class MonthReports(AdminDbContext db, ILedgerPeriods periods, LocalClock local) : IPeriodMarks
{
    public async Task<MonthReport> ReportAsync(Guid outletId, string outletCode, DateOnly month, CancellationToken ct = default)
    {
        var offset = await local.OffsetAsync(ct);
        var last = month.AddDays(DateTime.DaysInMonth(month.Year, month.Month) - 1);
        var sums = await periods.SumsAsync(outletId, LocalClock.StartUtc(month, offset), LocalClock.EndUtc(last, offset), ct);
        var tasks = sums.Lines.Where(l => !l.TaskType.StartsWith(ClosesModule.ModuleId + ".", StringComparison.Ordinal)).ToList();
        var tills = tasks.Where(l => l.Kind == AccountKind.Till).ToList();
        var byMethod = tills.GroupBy(l => l.PaymentMethod ?? "").Select(g => new MethodTakings(g.Key, g.Sum(l => l.Debits), g.Sum(l => l.Credits)))
            .OrderBy(m => m.Method, StringComparer.Ordinal).ToList();
        var byTask = sums.EntriesByTask.Where(t => !t.Key.StartsWith(ClosesModule.ModuleId + ".", StringComparison.Ordinal))
            .Select(t => new TaskTakings(t.Key, t.Value, tills.Where(l => l.TaskType == t.Key).Sum(l => l.Debits), tills.Where(l => l.TaskType == t.Key).Sum(l => l.Credits)))
            .OrderBy(t => t.TaskType, StringComparer.Ordinal).ToList();
        var kinds = sums.Lines.Where(l => l.Kind is AccountKind.Deposit or AccountKind.CustomerDeposit or AccountKind.OverShort or AccountKind.Handover or AccountKind.HeadOfficeSettlement)
            .GroupBy(l => l.Kind).Select(g => new KindMovement(g.Key, g.Sum(l => l.Debits), g.Sum(l => l.Credits))).OrderBy(k => k.Kind).ToList();
        var days = await DaysAsync(outletId, month, ct);
        var close = await db.Set<MonthClose>().AsNoTracking().FirstOrDefaultAsync(m => m.OutletId == outletId && m.Month == month, ct);
        return new MonthReport(outletId, outletCode, month, close, byMethod, byTask, kinds, days, OpenDays(month, days), await ReopeningsOfAsync(outletId, month, last, ct));
    }

    /// <summary>The month's daily closes, first day first.</summary>
    public Task<List<DayClose>> DaysAsync(Guid outletId, DateOnly month, CancellationToken ct)
    {
        var last = month.AddDays(DateTime.DaysInMonth(month.Year, month.Month) - 1);
        return db.Set<DayClose>().AsNoTracking().Where(d => d.OutletId == outletId && d.Day >= month && d.Day <= last).OrderBy(d => d.Day).ToListAsync(ct);
    }

    /// <summary>The days of the month without a daily close.</summary>
    public static IReadOnlyList<DateOnly> OpenDays(DateOnly month, IReadOnlyCollection<DayClose> days)
    {
        var closed = days.Select(d => d.Day).ToHashSet();
        return MonthClose.DaysOf(month).Where(d => !closed.Contains(d)).ToList();
    }

    /// <summary>The month's seal: SHA-256 over each day's date and seal, in day order.</summary>
    public static string Seal(IEnumerable<DayClose> days)
    {
        var text = new StringBuilder();
        foreach (var d in days.OrderBy(d => d.Day))
        {
            text.Append("day|").Append(d.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('|').Append(d.Hash).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Reopenings of the outlet's days or months overlapping the span, oldest first.</summary>
    public async Task<IReadOnlyList<PeriodReopening>> ReopeningsOfAsync(Guid? outletId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var monthOfFrom = new DateOnly(from.Year, from.Month, 1);
        var query = db.Set<PeriodReopening>().AsNoTracking().Where(r => r.Period >= monthOfFrom && r.Period <= to);
        if (outletId is { } o)
        {
            query = query.Where(r => r.OutletId == o);
        }

        return (await query.OrderBy(r => r.ReopenedAt).ToListAsync(ct)).Where(r => r.PeriodEnd >= from).ToList();
    }

    public async Task<IReadOnlyList<PeriodMark>> ReopeningsAsync(Guid? outletId, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await ReopeningsOfAsync(outletId, from, to, ct))
            .Select(r => new PeriodMark(r.OutletId, r.OutletCode, r.Kind.ToString(), r.Period, r.PeriodEnd, r.ReopenedAt, r.ReopenedBy, r.ReviewerLogin, r.Reason)).ToList();
}
