using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Closes.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Closes.Services;

/// <summary>What a reopening is given: the outlet's code, <c>Day</c> or <c>Month</c>, the day (yyyy-MM-dd) or month (yyyy-MM), the reason, the reviewer.</summary>
public sealed record ReopenInput(string? Outlet, string? Kind, string? Period, string? Reason, ReviewCredentials? Review);

/// <summary>
/// Reopening a closed day or month (重开): a head-office action, always reviewed by a second head-office operator (review point
/// <c>Closes.Reopen</c>), with a reason, audited. The close is taken away (its seal kept in the reopening's history), a day is
/// unlocked in the ledger; a day of a closed month is refused until the month is reopened. Closing the period again seals it
/// again; every report of the period shows the reopening.
/// </summary>
public sealed class PeriodReopenings(
    AdminDbContext db, ClosesDesk desk, ICurrentOperator current, IOutletDirectory outlets, ILedgerPeriods periods, CounterTask task, TaskTransaction transaction)
{
    public const string TaskType = "Closes.Reopen";

    public async Task<OperationResult<PeriodReopening>> ReopenAsync(ReopenInput input, CancellationToken ct = default)
    {
        if (current.OutletId is not { } hoId || await outlets.FindAsync(hoId, ct) is not { IsHeadOffice: true })
        {
            return OperationResult<PeriodReopening>.Conflict(ClosesErrors.HeadOfficeOnly());
        }

        var errors = new List<OperationError>();
        var outlet = string.IsNullOrWhiteSpace(input.Outlet) ? null : await outlets.FindByCodeAsync(input.Outlet.Trim(), ct);
        if (outlet is null || outlet.IsHeadOffice)
        {
            errors.Add(ClosesErrors.OutletUnknown());
        }

        PeriodKind? kind = input.Kind?.Trim() switch { "Day" => PeriodKind.Day, "Month" => PeriodKind.Month, _ => null };
        DateOnly? period = null;
        if (kind is null)
        {
            errors.Add(ClosesErrors.KindInvalid());
        }
        else if (kind == PeriodKind.Day)
        {
            period = DateOnly.TryParseExact(input.Period?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            if (period is null)
            {
                errors.Add(ClosesErrors.PeriodInvalid());
            }
        }
        else if ((period = MonthCloses.ParseMonth(input.Period)) is null)
        {
            errors.Add(ClosesErrors.PeriodInvalid());
        }

        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            errors.Add(ClosesErrors.ReasonRequired());
        }
        else if (reason.Length > PeriodReopening.MaxReason)
        {
            errors.Add(ClosesErrors.TooLong("reason", PeriodReopening.MaxReason));
        }

        if (errors.Count > 0)
        {
            return OperationResult<PeriodReopening>.Invalid([.. errors]);
        }

        var (o, k, p) = (outlet!, kind!.Value, period!.Value);
        var month = new DateOnly(p.Year, p.Month, 1);
        var periodText = k == PeriodKind.Day ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : p.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var day = k == PeriodKind.Day ? await db.Set<DayClose>().AsNoTracking().FirstOrDefaultAsync(d => d.OutletId == o.Id && d.Day == p, ct) : null;
        var monthClose = await db.Set<MonthClose>().AsNoTracking().FirstOrDefaultAsync(m => m.OutletId == o.Id && m.Month == month, ct);
        if (k == PeriodKind.Day && day is null || k == PeriodKind.Month && monthClose is null)
        {
            return OperationResult<PeriodReopening>.Conflict(ClosesErrors.NotClosed(periodText));
        }

        if (k == PeriodKind.Day && monthClose is not null)
        {
            return OperationResult<PeriodReopening>.Conflict(ClosesErrors.MonthClosed(month.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        }

        var kindName = new LocalName(k == PeriodKind.Day ? "day" : "month", k == PeriodKind.Day ? "日结" : "月结");
        var reasons = new[] { new ReviewReason(ClosesReviewPoints.Reopen, "reopening the closed {0} {1} of outlet {2}: {3}", kindName, periodText, o.Code, reason) };
        var summary = CanonicalJson.Object(s => s.Text("kind", k.ToString()).Text("outlet", o.Code).Text("period", periodText).Text("reason", reason));
        var review = await task.ReviewAsync(new ReviewRequest(TaskType, hoId, reasons, summary, input.Review),
            new ReviewText("the reopening of the closed {0} {1} of outlet {2}", kindName, periodText, o.Code), ct);
        if (!review.Succeeded)
        {
            return OperationResult<PeriodReopening>.From(review);
        }

        var reopening = new PeriodReopening
        {
            OutletId = o.Id, OutletCode = o.Code, Kind = k, Period = k == PeriodKind.Day ? p : month, ReopenedById = desk.OperatorId, ReopenedBy = desk.LoginName,
            ReviewerLogin = review.Value?.ReviewerLogin, Reason = reason,
            OldCloseId = day?.Id ?? monthClose!.Id, OldHash = day?.Hash ?? monthClose!.Hash, OldClosedAt = day?.ClosedAt ?? monthClose!.ClosedAt,
            OldClosedBy = day?.ClosedBy ?? monthClose!.ClosedBy,
        };
        try
        {
            return await transaction.RunAsync(async token =>
            {
                reopening.ReopenedAt = desk.Now;
                var removed = k == PeriodKind.Day
                    ? await db.Set<DayClose>().Where(d => d.Id == reopening.OldCloseId).ExecuteDeleteAsync(token)
                    : await db.Set<MonthClose>().Where(m => m.Id == reopening.OldCloseId).ExecuteDeleteAsync(token);
                if (removed == 0)
                {
                    return OperationResult<PeriodReopening>.Conflict(ClosesErrors.NotClosed(periodText));
                }

                if (k == PeriodKind.Day)
                {
                    await periods.ReopenDayAsync(o.Id, p, token);
                }

                db.Add(reopening);
                await task.RecordAsync(new AuditRecord(ClosesModule.ModuleId, "Period.Reopen", nameof(PeriodReopening), $"{o.Code} {periodText}", null,
                    new { Kind = k.ToString(), Period = periodText, Reason = reason, reopening.OldHash, Reviewer = reopening.ReviewerLogin })
                {
                    OutletId = o.Id, OutletCode = o.Code,
                }, review.Value, reopening.Id.ToString("N"), token);
                return OperationResult<PeriodReopening>.Success(reopening);
            }, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            return LostRace.Conflict<PeriodReopening>();
        }
    }

    /// <summary>Reopenings the caller may see (outlet-scoped), newest first.</summary>
    public Task<List<PeriodReopening>> RecentAsync(OutletScope scope, int limit, CancellationToken ct = default) =>
        scope.Apply(db.Set<PeriodReopening>().AsNoTracking()).OrderByDescending(r => r.ReopenedAt).Take(limit).ToListAsync(ct);
}
