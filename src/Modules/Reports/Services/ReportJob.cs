using Admin.Kernel.Data;
using Admin.Kernel.Jobs;
using Admin.Modules.Reports.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Reports.Services;

/// <summary>
/// Computes a queued report run on Quartz as the operator who asked (so the outlet scope is theirs), reporting the days done,
/// and keeps the result. Run again after a crash it finds the run done (nothing to do) or still queued (computes it again:
/// reading changes nothing).
/// </summary>
internal sealed class ReportJob(AdminDbContext db, ReportOutlets outlets, ReportBuilder builder, TimeProvider clock) : IAdminJob
{
    public async Task RunAsync(AdminJobContext context, CancellationToken ct)
    {
        if (!context.Data.TryGetValue("run", out var text) || !Guid.TryParse(text, out var id)
            || await db.Set<ReportRun>().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } run)
        {
            context.Message = "no such report";
            return;
        }

        if (run.Status != ReportRunStatus.Queued)
        {
            context.Message = $"nothing to do: the report is {run.Status}";
            return;
        }

        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(15));
        var filter = await outlets.CheckAsync(new ReportRequest(run.Kind, run.From, run.To, run.OutletFilter), ct);
        if (!filter.Succeeded)
        {
            run.Status = ReportRunStatus.Failed;
            run.Message = filter.Errors[0].ToString();
            run.FinishedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            context.Message = "refused: " + run.Message;
            return;
        }

        await context.ReportAsync(0, filter.Value!.Days);
        var data = await builder.BuildAsync(filter.Value, context.ReportAsync, ct);
        ReportRuns.Complete(run, data, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        context.Message = $"done: {run.Rows} rows";
    }
}
