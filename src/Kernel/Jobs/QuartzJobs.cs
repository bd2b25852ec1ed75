using Admin.Kernel.Security;
using Quartz;

namespace Admin.Kernel.Jobs;

/// <summary>
/// <see cref="IJobs"/> on Quartz: our row first (so a screen sees the job at once), then the Quartz job and its one-shot
/// trigger, both named by the key (a second enqueue of the key finds them and changes nothing).
/// </summary>
internal sealed class QuartzJobs(ISchedulerFactory schedulers, JobRuns runs, ICurrentOperator current, TimeProvider clock) : IJobs
{
    public const string Group = "admin";
    internal const string TypeKey = "admin.jobType";
    internal const string OperatorKey = "admin.operator";
    internal const string LoginKey = "admin.login";
    internal const string OutletKey = "admin.outlet";
    internal const string OutletCodeKey = "admin.outletCode";
    internal const string ReachKey = "admin.reach";

    public async Task<bool> EnqueueAsync<TJob>(
        string key, IReadOnlyDictionary<string, string>? data = null, DateTimeOffset? at = null, JobOperator? runAs = null, CancellationToken ct = default)
        where TJob : class, IAdminJob
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 150)
        {
            throw new ArgumentException("A job key has 1–150 characters.", nameof(key));
        }

        var now = clock.GetUtcNow();
        var added = await runs.AddAsync(new JobRun
        {
            Key = key, JobType = typeof(TJob).FullName!, Status = JobStatus.Scheduled, ScheduledAt = (at ?? now).UtcDateTime,
            OperatorId = runAs?.OperatorId ?? current.OperatorId, OperatorLogin = runAs?.LoginName ?? current.LoginName,
        }, ct);

        // A key seen before is scheduled again only while its run is still waiting (a crash may have come between our
        // row and Quartz's); a run that started or ended is never repeated by an enqueue.
        if (!added && (await runs.FindAsync(key, ct))?.Status != JobStatus.Scheduled)
        {
            return false;
        }

        var map = new JobDataMap();
        foreach (var (name, value) in data ?? new Dictionary<string, string>())
        {
            map.Add(name, value);
        }

        map.Add(TypeKey, typeof(TJob).AssemblyQualifiedName!);
        map.Add(OperatorKey, (runAs?.OperatorId ?? current.OperatorId)?.ToString("D") ?? "");
        map.Add(LoginKey, runAs?.LoginName ?? current.LoginName ?? "");
        map.Add(OutletKey, (runAs?.OutletId ?? current.OutletId)?.ToString("D") ?? "");
        map.Add(OutletCodeKey, runAs?.OutletCode ?? current.OutletCode ?? "");
        map.Add(ReachKey, runAs is not null ? "" : current.SeesAllOutlets ? "all" : current.SeesBranch ? "branch" : "");

        // Recovery on: a job whose host dies mid-run is run again by another host (or this one after a restart).
        var job = JobBuilder.Create<AdminJobRunner>().WithIdentity(key, Group).RequestRecovery().UsingJobData(map).Build();
        var trigger = TriggerBuilder.Create().WithIdentity(key, Group).ForJob(job).StartAt(at ?? now)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build();
        var scheduler = await schedulers.GetScheduler(ct);
        try
        {
            await scheduler.ScheduleJob(job, trigger, default, ct);
            return true;
        }
        catch (ObjectAlreadyExistsException)
        {
            return false;
        }
    }

    public Task<JobProgress?> ProgressAsync(string key, CancellationToken ct = default) => runs.FindAsync(key, ct);
}
