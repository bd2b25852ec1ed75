using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Admin.Kernel.Jobs;

/// <summary>The database the job store lives in: the console's own.</summary>
public enum JobStoreDatabase
{
    /// <summary>SQLite: one host (SQLite has one writer and lives on one machine); Quartz refuses to cluster on it.</summary>
    Sqlite,
    /// <summary>PostgreSQL: any number of hosts, clustered.</summary>
    Postgres,
}

/// <summary>Registers Quartz.NET with its ADO job store in the console's database, clustered, and <see cref="IJobs"/>.</summary>
public static class AdminJobsServices
{
    /// <summary>
    /// Quartz's tables (<c>QRTZ_*</c>) are created by the host's migrations. Settings (section <c>Jobs</c>):
    /// <c>Run</c> (true: this host runs jobs; false: it only enqueues them), <c>MaxConcurrency</c> (2),
    /// <c>CheckinIntervalSeconds</c> (7.5: how often a host tells the cluster it is alive; a host silent for twice that
    /// long is taken for dead and its running jobs are recovered), <c>SchedulerName</c> ("admin": hosts sharing a
    /// database and this name form one cluster).
    /// </summary>
    public static IServiceCollection AddAdminJobs(this IServiceCollection services, IConfiguration configuration, JobStoreDatabase database, string connectionString)
    {
        var section = configuration.GetSection("Jobs");
        var run = section.GetValue("Run", true);
        var concurrency = Math.Clamp(section.GetValue("MaxConcurrency", 2), 1, 50);
        var checkin = TimeSpan.FromSeconds(Math.Clamp(section.GetValue("CheckinIntervalSeconds", 7.5), 1, 300));
        var name = section["SchedulerName"] is { Length: > 0 } n ? n : "admin";

        services.AddSingleton<JobRuns>();
        services.AddScoped<IJobs, QuartzJobs>();
        services.AddScoped<AdminJobRunner>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = name;
                o.InstanceId = "AUTO";
            });
            q.UseDefaultThreadPool(concurrency);
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (database == JobStoreDatabase.Postgres)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = checkin;
                        c.CheckinMisfireThreshold = checkin;
                    });
                }
                else
                {
                    // Quartz refuses clustering on SQLite ("SQLite cannot be used as clustered mode due to locking
                    // problems"); SQLite is one file on one machine, so there is one host: the store is persistent, not clustered.
                    store.UseSqlite(connectionString);
                }
            });
        });
        services.AddQuartzHostedService(o =>
        {
            o.AutoStart = run;
            o.WaitForJobsToComplete = false;
        });
        return services;
    }
}
