using Admin.Kernel.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Admin.Kernel.Jobs;

/// <summary>
/// A job a module runs on a schedule (a sweep, a clean-up): <paramref name="Key"/> names it (also the Quartz job and its
/// trigger, and the <see cref="JobRun"/> row that shows the last run), <paramref name="IntervalSetting"/> is the integer
/// setting (seconds) its interval is read from. It runs as the system, not as an operator: audit records and ledger entries
/// name <see cref="RecurringJobs.LoginOf"/> (<c>job:&lt;key&gt;</c>), which screens show as "Scheduled job" (定时任务). It runs
/// only while the module owning <paramref name="JobType"/> and the modules it depends on are enabled; a run while one is off
/// does nothing and records "the module is disabled", so the job itself need not check.
/// </summary>
public sealed record RecurringJobDefinition(string Key, Type JobType, string IntervalSetting);

/// <summary>Declares recurring jobs and keeps their Quartz triggers on the interval their setting says.</summary>
public static class RecurringJobs
{
    /// <summary>The login name a recurring job acts under: never an operator's (login names have no colon).</summary>
    public const string LoginPrefix = "job:";

    internal const string SettingKey = "admin.intervalSetting";

    /// <summary>The login name a recurring job's audit records and ledger entries carry.</summary>
    public static string LoginOf(string key) => LoginPrefix + key;

    /// <summary>
    /// Runs <typeparamref name="TJob"/> every <paramref name="intervalSetting"/> seconds (an integer setting the module declares)
    /// on the kernel's Quartz engine, once per interval across all hosts, never two runs of it at once, and only while its
    /// module (the one whose assembly holds <typeparamref name="TJob"/>) and the modules it depends on are enabled. Safe to
    /// call from a module's <c>ConfigureServices</c>.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string key, string intervalSetting)
        where TJob : class, IAdminJob
    {
        services.AddSingleton(new RecurringJobDefinition(key, typeof(TJob), intervalSetting));
        services.TryAddScoped<RecurringJobRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RecurringJobScheduler>());
        return services;
    }

    /// <summary>The trigger of a recurring job: every <paramref name="interval"/>, forever; missed runs are not caught up.</summary>
    internal static ITrigger Trigger(string key, TimeSpan interval, DateTimeOffset start) =>
        TriggerBuilder.Create().WithIdentity(key, QuartzJobs.Group).ForJob(new JobKey(key, QuartzJobs.Group)).StartAt(start)
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)).Build();

    /// <summary>The interval a setting says (seconds, at least one).</summary>
    internal static async Task<TimeSpan> IntervalAsync(SystemSettings settings, string setting, CancellationToken ct) =>
        TimeSpan.FromSeconds(Math.Max(1, await settings.GetIntAsync(setting, ct)));
}

/// <summary>
/// At start-up, puts every declared recurring job into Quartz (replacing what an earlier start or another host put there,
/// so its interval is the setting's now) and our <see cref="JobRun"/> row for it.
/// </summary>
internal sealed class RecurringJobScheduler(
    IEnumerable<RecurringJobDefinition> definitions, ISchedulerFactory schedulers, IServiceScopeFactory scopes, JobRuns runs, TimeProvider clock,
    ILogger<RecurringJobScheduler> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<SystemSettings>();
        foreach (var d in definitions)
        {
            var interval = await RecurringJobs.IntervalAsync(settings, d.IntervalSetting, cancellationToken);
            var map = new JobDataMap
            {
                { QuartzJobs.TypeKey, d.JobType.AssemblyQualifiedName! }, { QuartzJobs.LoginKey, RecurringJobs.LoginOf(d.Key) }, { QuartzJobs.ReachKey, "all" },
                { RecurringJobs.SettingKey, d.IntervalSetting },
            };
            var job = JobBuilder.Create<RecurringJobRunner>().WithIdentity(d.Key, QuartzJobs.Group).StoreDurably().UsingJobData(map).Build();
            var now = clock.GetUtcNow();
            await runs.AddAsync(new JobRun
            {
                Key = d.Key, JobType = d.JobType.FullName!, Status = JobStatus.Scheduled, ScheduledAt = (now + interval).UtcDateTime, OperatorLogin = RecurringJobs.LoginOf(d.Key),
            }, cancellationToken);
            await scheduler.ScheduleJob(job, [RecurringJobs.Trigger(d.Key, interval, now + interval)], new ScheduleJobOptions { Replace = true }, cancellationToken);
            log.LogInformation("Recurring job {Key} every {Seconds} s (setting {Setting}).", d.Key, interval.TotalSeconds, d.IntervalSetting);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Quartz's job type for recurring jobs: runs the module's job like any other (<see cref="AdminJobRunner"/>) while its module
/// is on, never two of one key at once, then moves the trigger to the setting's interval if head office changed it since.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class RecurringJobRunner(AdminJobRunner runner, SystemSettings settings, ILogger<RecurringJobRunner> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await runner.RunAsync(context, true, cancellationToken);
        if (context.MergedJobDataMap.TryGetValue(RecurringJobs.SettingKey, out var setting) && setting?.ToString() is { Length: > 0 } name
            && context.Trigger is ISimpleTrigger trigger && trigger.Key.Equals(new TriggerKey(context.JobDetail.Key.Name, QuartzJobs.Group)))
        {
            // Only the job's own repeating trigger follows the setting (a manual firing has a one-shot trigger of its own).
            var interval = await RecurringJobs.IntervalAsync(settings, name, cancellationToken);
            if (interval != trigger.RepeatInterval)
            {
                var key = context.JobDetail.Key.Name;
                await context.Scheduler.RescheduleJob(trigger.Key, RecurringJobs.Trigger(key, interval, DateTimeOffset.UtcNow + interval), cancellationToken);
                log.LogInformation("Recurring job {Key} now every {Seconds} s.", key, interval.TotalSeconds);
            }
        }
    }
}
