using System.Collections.Concurrent;
using Admin.Kernel.Jobs;
using Admin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Kernel;

/// <summary>A job that counts its runs per key (in this test process, where every host of these tests lives).</summary>
public sealed class CountingJob : IAdminJob
{
    public static readonly ConcurrentDictionary<string, int> Runs = new(StringComparer.Ordinal);

    public async Task RunAsync(AdminJobContext context, CancellationToken ct)
    {
        Runs.AddOrUpdate(context.Key, 1, (_, n) => n + 1);
        await context.ReportAsync(1, 1);
        context.Message = "counted";
    }
}

/// <summary>
/// The job facility on Quartz's persistent, clustered store: a job enqueued survives a restart of the host and runs once;
/// two hosts on one PostgreSQL database run each job once between them.
/// </summary>
public abstract class JobsTests
{
    protected abstract Task<(string Provider, string ConnectionString)> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync(string connectionString);

    internal static Task EnqueueAsync(AdminAppFactory app, string key, DateTimeOffset? at = null) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IJobs>().EnqueueAsync<CountingJob>(key, new Dictionary<string, string> { ["n"] = "1" }, at));

    internal static Task<JobProgress?> ProgressAsync(AdminAppFactory app, string key) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IJobs>().ProgressAsync(key));

    internal static async Task<JobProgress> WaitAsync(AdminAppFactory app, string key, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var progress = await ProgressAsync(app, key);
            if (progress is { Status: JobStatus.Succeeded or JobStatus.Failed } || DateTime.UtcNow > until)
            {
                Assert.NotNull(progress);
                return progress;
            }

            await Task.Delay(300);
        }
    }

    [Fact]
    public async Task Enqueued_SurvivesARestart_RunsOnce()
    {
        var (provider, cs) = await CreateDatabaseAsync();
        var key = "test:" + Guid.NewGuid().ToString("N");
        try
        {
            await using (var first = new AdminAppFactory(provider, cs))
            {
                _ = first.Server;
                await EnqueueAsync(first, key, DateTimeOffset.UtcNow.AddSeconds(4));
                var progress = await ProgressAsync(first, key);
                Assert.Equal(JobStatus.Scheduled, progress!.Status);
            }

            // The host is gone before the job was due; the schedule is in the database, and the next host runs it.
            Assert.False(CountingJob.Runs.ContainsKey(key));
            await using var second = new AdminAppFactory(provider, cs);
            _ = second.Server;
            var done = await WaitAsync(second, key, TimeSpan.FromSeconds(90));
            Assert.Equal(JobStatus.Succeeded, done.Status);
            Assert.Equal("counted", done.Message);
            Assert.Equal(1, done.Attempts);
            Assert.Equal(1, done.Done);

            // Enqueuing the same key again changes nothing, and the job never runs twice.
            await EnqueueAsync(second, key);
            await Task.Delay(2000);
            Assert.Equal(1, CountingJob.Runs[key]);
        }
        finally
        {
            await DropDatabaseAsync(cs);
        }
    }
}

public sealed class JobsTests_Sqlite : JobsTests
{
    private string? _path;

    protected override Task<(string, string)> CreateDatabaseAsync()
    {
        _path = Path.Combine(Path.GetTempPath(), $"admin-jobs-{Guid.NewGuid():N}.db");
        return Task.FromResult(("Sqlite", $"Data Source={_path}"));
    }

    protected override Task DropDatabaseAsync(string connectionString)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(_path + suffix);
            }
            catch (IOException)
            {
                // left in the temp folder
            }
        }

        return Task.CompletedTask;
    }
}

public sealed class JobsTests_Postgres : JobsTests
{
    protected override async Task<(string, string)> CreateDatabaseAsync() => ("Postgres", await PostgresServer.CreateDatabaseAsync("admin_jobs"));

    protected override Task DropDatabaseAsync(string connectionString) => PostgresServer.DropDatabaseAsync(connectionString);

    [Fact]
    public async Task TwoHostsOnOneDatabase_RunEachJobOnce()
    {
        var (provider, cs) = await CreateDatabaseAsync();
        try
        {
            await using var a = new AdminAppFactory(provider, cs);
            _ = a.Server;
            await using var b = new AdminAppFactory(provider, cs);
            _ = b.Server;
            var keys = Enumerable.Range(0, 12).Select(i => $"cluster:{Guid.NewGuid():N}").ToList();
            for (var i = 0; i < keys.Count; i++)
            {
                // Half of them scheduled a little ahead, so both hosts' schedulers compete for them.
                await EnqueueAsync(i % 2 == 0 ? a : b, keys[i], DateTimeOffset.UtcNow.AddSeconds(i % 3));
            }

            foreach (var key in keys)
            {
                var done = await WaitAsync(a, key, TimeSpan.FromSeconds(90));
                Assert.Equal(JobStatus.Succeeded, done.Status);
                Assert.Equal(1, done.Attempts);
            }

            await Task.Delay(3000);
            Assert.All(keys, k => Assert.Equal(1, CountingJob.Runs[k]));
        }
        finally
        {
            await DropDatabaseAsync(cs);
        }
    }
}
