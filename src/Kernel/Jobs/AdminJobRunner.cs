using System.Security.Claims;
using Admin.Kernel.Modules;
using Admin.Kernel.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Admin.Kernel.Jobs;

/// <summary>
/// The one Quartz job type: runs the module's <see cref="IAdminJob"/> named in the job data, in the job's scope, as the
/// operator who enqueued it, and keeps our <see cref="JobRun"/> row up to date.
/// </summary>
internal sealed class AdminJobRunner(
    IServiceProvider services, JobRuns runs, IHttpContextAccessor http, ModuleCatalog catalog, ModuleStates modules, ILogger<AdminJobRunner> log) : IJob
{
    /// <summary>What a recurring job's run records when its module (or one it depends on) is switched off.</summary>
    public const string ModuleDisabled = "the module is disabled";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => RunAsync(context, false, cancellationToken);

    /// <summary>
    /// Runs the job; with <paramref name="onlyWhileModuleOn"/> (recurring jobs) only while the module that owns the job type and
    /// the modules it depends on are enabled: otherwise the run is recorded with <see cref="ModuleDisabled"/> and does nothing.
    /// A one-shot job always runs: it was enqueued for a thing that waits for it, and skipping it would strand that thing.
    /// </summary>
    internal async ValueTask RunAsync(IJobExecutionContext context, bool onlyWhileModuleOn, CancellationToken cancellationToken)
    {
        var key = context.JobDetail.Key.Name;
        var map = context.MergedJobDataMap;
        string Get(string name) => map.TryGetValue(name, out var v) ? v?.ToString() ?? "" : "";

        var type = Type.GetType(Get(QuartzJobs.TypeKey));
        if (type is null || !typeof(IAdminJob).IsAssignableFrom(type))
        {
            log.LogError("Job {Key}: its type {Type} is not an admin job here.", key, Get(QuartzJobs.TypeKey));
            await runs.FinishAsync(key, JobStatus.Failed, "unknown job type", CancellationToken.None);
            return;
        }

        // The job acts as the operator who enqueued it: outlet scope, audit records and ledger entries name them.
        var claims = new List<Claim>();
        void Add(string claim, string value)
        {
            if (value.Length > 0)
            {
                claims.Add(new Claim(claim, value));
            }
        }

        Add(AdminClaims.OperatorId, Get(QuartzJobs.OperatorKey));
        Add(AdminClaims.LoginName, Get(QuartzJobs.LoginKey));
        Add(AdminClaims.OutletId, Get(QuartzJobs.OutletKey));
        Add(AdminClaims.OutletCode, Get(QuartzJobs.OutletCodeKey));
        Add(AdminClaims.Scope, Get(QuartzJobs.ReachKey));
        http.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "job")), RequestServices = services };

        var data = map.Keys.Where(k => !k.StartsWith("admin.", StringComparison.Ordinal))
            .ToDictionary(k => k, Get, StringComparer.Ordinal);
        await runs.StartAsync(key, context.Scheduler.SchedulerInstanceId, CancellationToken.None);
        var jobContext = new AdminJobContext(key, data, context.Recovering, (done, total) => runs.ReportAsync(key, done, total, CancellationToken.None));
        try
        {
            if (onlyWhileModuleOn && catalog.FindByType(type) is { } owner && !catalog.DependenciesOf(owner.Id).Append(owner.Id).All(modules.IsEnabled))
            {
                // Its next run comes anyway: the work waits for the module to be switched on again.
                jobContext.Message = ModuleDisabled;
            }
            else
            {
                var job = (IAdminJob)ActivatorUtilities.GetServiceOrCreateInstance(services, type);
                await job.RunAsync(jobContext, cancellationToken);
            }

            await runs.FinishAsync(key, JobStatus.Succeeded, jobContext.Message, CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: the run stays "Running" and Quartz recovers it on the next start.
            throw;
        }
        catch (Exception e)
        {
            log.LogError(e, "Job {Key} failed.", key);
            await runs.FinishAsync(key, JobStatus.Failed, e.Message, CancellationToken.None);
        }
        finally
        {
            http.HttpContext = null;
        }
    }
}
