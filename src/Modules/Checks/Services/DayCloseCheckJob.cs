using Admin.Kernel.Data;
using Admin.Kernel.Jobs;
using Admin.Modules.Checks.Models;
using Admin.Modules.Closes.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Checks.Services;

/// <summary>
/// The check at daily close: a recurring job (every <c>Checks.DayCloseSweepSeconds</c>) that runs the rules over each day an
/// outlet closed since the last day it checked (Closes' <see cref="ICloseFacts"/>), so Closes knows nothing of the check and
/// a close is never slowed or refused by it. On first start it looks two days back. The kernel runs it only while Checks and
/// the modules it depends on (Closes among them) are on.
/// </summary>
internal sealed class DayCloseCheckJob(AdminDbContext db, ICloseFacts closes, CheckRunner runner, TimeProvider clock) : IAdminJob
{
    public const string Key = "Checks.DayCloseCheck";

    public async Task RunAsync(AdminJobContext context, CancellationToken ct)
    {
        var watermark = await db.Set<CheckRun>().Where(r => r.DayClosedAt != null).MaxAsync(r => r.DayClosedAt, ct) ?? clock.GetUtcNow().UtcDateTime.AddDays(-2);
        var days = await closes.DaysClosedAfterAsync(watermark, 100, ct);
        foreach (var day in days)
        {
            var run = new CheckRun
            {
                Id = Guid.NewGuid(), Trigger = CheckTrigger.DailyClose, Status = CheckRunStatus.Scheduled, From = day.Day, To = day.Day, OutletId = day.OutletId,
                OutletCode = day.OutletCode, RequestedBy = RecurringJobs.LoginOf(Key), RequestedAt = clock.GetUtcNow().UtcDateTime, DayClosedAt = day.ClosedAt,
            };
            db.Add(run);
            await db.SaveChangesAsync(ct);
            await runner.ExecuteAsync(run.Id, ct);
        }

        context.Message = $"checked {days.Count} closed days";
    }
}
