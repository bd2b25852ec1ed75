using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Jobs;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Admin.Modules.Reports.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Reports.Services;

/// <summary>
/// Reports computed now (a range up to the job threshold) and reports kept as runs: a run over a short range is computed in
/// the request and kept; over a long one it is queued as a Quartz job (persistent, recovered after a crash) and kept when done.
/// </summary>
public sealed class ReportRuns(
    AdminDbContext db, ReportOutlets outlets, ReportBuilder builder, ICurrentOperator current, IAuditTrail audit, IJobs jobs, SystemSettings settings, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<int> ThresholdAsync(CancellationToken ct) => settings.GetIntAsync(ReportsSettings.JobThresholdDays, ct);

    /// <summary>The report now; a range over the job threshold is refused (400 <c>reports.useJob</c>): it runs as a job.</summary>
    public async Task<OperationResult<ReportData>> NowAsync(ReportRequest request, CancellationToken ct)
    {
        var filter = await outlets.CheckAsync(request, ct);
        if (!filter.Succeeded)
        {
            return OperationResult<ReportData>.From(filter);
        }

        var threshold = await ThresholdAsync(ct);
        if (ReportKinds.IsRange(filter.Value!.Kind) && filter.Value.Days > threshold)
        {
            return OperationResult<ReportData>.Invalid(ReportsErrors.UseJob(threshold));
        }

        return OperationResult<ReportData>.Success(await builder.BuildAsync(filter.Value, null, ct));
    }

    /// <summary>Keeps a run: computed at once up to the threshold, else queued as a job. Audited.</summary>
    public async Task<OperationResult<ReportRun>> StartAsync(ReportRequest request, CancellationToken ct)
    {
        var checkedFilter = await outlets.CheckAsync(request, ct);
        if (!checkedFilter.Succeeded)
        {
            return OperationResult<ReportRun>.From(checkedFilter);
        }

        var filter = checkedFilter.Value!;
        var queued = ReportKinds.IsRange(filter.Kind) && filter.Days > await ThresholdAsync(ct);
        var run = new ReportRun
        {
            Kind = filter.Kind, From = filter.From, To = filter.To, OutletFilter = filter.Outlet?.Code, OutletId = current.OutletId ?? Guid.Empty,
            RequestedById = current.OperatorId, RequestedBy = current.LoginName ?? "", RequestedAt = clock.GetUtcNow().UtcDateTime,
            Status = queued ? ReportRunStatus.Queued : ReportRunStatus.Done,
        };
        if (!queued)
        {
            Complete(run, await builder.BuildAsync(filter, null, ct), clock.GetUtcNow().UtcDateTime);
        }

        db.Add(run);
        audit.Record(new AuditRecord(ReportsModule.ModuleId, "Report.Run", nameof(ReportRun), run.Id.ToString("N"), null,
            new { run.Kind, From = run.From.ToString("yyyy-MM-dd"), To = run.To.ToString("yyyy-MM-dd"), Outlet = run.OutletFilter, Queued = queued }));
        await db.SaveChangesAsync(ct);
        if (queued)
        {
            await jobs.EnqueueAsync<ReportJob>(run.JobKey, new Dictionary<string, string> { ["run"] = run.Id.ToString("D") }, ct: ct);
        }

        return OperationResult<ReportRun>.Success(run);
    }

    public static void Complete(ReportRun run, ReportData data, DateTime at)
    {
        run.Result = JsonSerializer.Serialize(data, Json);
        run.Rows = data.Rows.Count;
        run.Status = ReportRunStatus.Done;
        run.FinishedAt = at;
    }

    public static ReportData? DataOf(ReportRun run) => run.Result is null ? null : JsonSerializer.Deserialize<ReportData>(run.Result, Json);

    /// <summary>A run the caller may see (another outlet's is not found).</summary>
    public Task<ReportRun?> FindAsync(Guid id, CancellationToken ct) => outlets.Scoped(db.Set<ReportRun>().AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The job's progress, when the run has a job.</summary>
    public Task<JobProgress?> ProgressAsync(ReportRun run, CancellationToken ct) => jobs.ProgressAsync(run.JobKey, ct);

    /// <summary>The latest runs the caller may see, without their results.</summary>
    public Task<List<ReportRun>> RecentAsync(int limit, CancellationToken ct) =>
        outlets.Scoped(db.Set<ReportRun>().AsNoTracking()).OrderByDescending(r => r.RequestedAt).Take(limit)
            .Select(r => new ReportRun
            {
                Id = r.Id, Kind = r.Kind, From = r.From, To = r.To, OutletFilter = r.OutletFilter, OutletId = r.OutletId, RequestedBy = r.RequestedBy, RequestedAt = r.RequestedAt,
                FinishedAt = r.FinishedAt, Status = r.Status, Message = r.Message, Rows = r.Rows,
            }).ToListAsync(ct);
}
