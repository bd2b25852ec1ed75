using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Closes.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Closes.Services;

/// <summary>A month at the operator's outlet: its report (with the days still open) and whether it is closed.</summary>
public sealed record MonthStatus(Guid OutletId, string OutletCode, DateOnly Month, MonthReport Report);

/// <summary>
/// The monthly close (网点月结, 5.3): only when every day of the month is closed at the outlet (409 naming the open days);
/// the month is sealed by the SHA-256 over its days' seals and locked: no day of it can be reopened until head office
/// reopens the month (reviewed). The days are already locked in the ledger by their own closes.
/// </summary>
public sealed class MonthCloses(AdminDbContext db, ClosesDesk desk, MonthReports reports, IAuditTrail audit, TaskTransaction transaction)
{
    /// <summary>Parses <c>yyyy-MM</c>; null when missing or malformed.</summary>
    public static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : null;

    /// <summary>The month at the operator's outlet (last month when none is given); null for head office.</summary>
    public async Task<MonthStatus?> StatusAsync(DateOnly? month, CancellationToken ct = default)
    {
        var where = await desk.OutletAsync(ct);
        if (!where.Succeeded)
        {
            return null;
        }

        var outlet = where.Value.Outlet;
        var m = month ?? await LastMonthAsync(ct);
        return new MonthStatus(outlet.Id, outlet.Code, m, await reports.ReportAsync(outlet.Id, outlet.Code, m, ct));
    }

    public async Task<DateOnly> LastMonthAsync(CancellationToken ct)
    {
        var today = await desk.TodayAsync(ct);
        return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
    }

    public async Task<OperationResult<MonthClose>> CloseAsync(string? monthText, CancellationToken ct = default)
    {
        var where = await desk.OutletAsync(ct);
        if (!where.Succeeded)
        {
            return OperationResult<MonthClose>.From(where);
        }

        var outlet = where.Value.Outlet;
        if (ParseMonth(monthText) is not { } month)
        {
            return OperationResult<MonthClose>.Invalid(ClosesErrors.MonthInvalid());
        }

        var today = await desk.TodayAsync(ct);
        if (month > today)
        {
            return OperationResult<MonthClose>.Invalid(ClosesErrors.MonthInFuture(month.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        }

        if (await db.Set<MonthClose>().AnyAsync(m => m.OutletId == outlet.Id && m.Month == month, ct))
        {
            return OperationResult<MonthClose>.Conflict(ClosesErrors.MonthAlreadyClosed(month.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        }

        var days = await reports.DaysAsync(outlet.Id, month, ct);
        var open = MonthReports.OpenDays(month, days);
        if (open.Count > 0)
        {
            var names = open.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
            var refused = OperationResult<MonthClose>.Conflict(ClosesErrors.OpenDays(open.Count, string.Join(", ", names)));
            refused.With("openDays", names);
            return refused;
        }

        var close = new MonthClose
        {
            OutletId = outlet.Id, OutletCode = outlet.Code, Month = month, ClosedById = desk.OperatorId, ClosedBy = desk.LoginName, Days = days.Count, Hash = MonthReports.Seal(days),
        };
        try
        {
            return await transaction.RunAsync(token =>
            {
                close.ClosedAt = desk.Now;
                db.Add(close);
                audit.Record(new AuditRecord(ClosesModule.ModuleId, "Month.Close", nameof(MonthClose), $"{outlet.Code} {month:yyyy-MM}", null,
                    new { Month = month.ToString("yyyy-MM", CultureInfo.InvariantCulture), close.Days, close.Hash })
                {
                    OutletId = outlet.Id, OutletCode = outlet.Code,
                });
                return Task.FromResult(OperationResult<MonthClose>.Success(close));
            }, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            return LostRace.Conflict<MonthClose>();
        }
    }
}
