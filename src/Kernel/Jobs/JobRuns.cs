using System.Collections.Concurrent;
using Admin.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel.Jobs;

/// <summary>
/// Writes and reads <see cref="JobRun"/> rows, each write in a scope and context of its own (a job's own work runs in a
/// long transaction that must not carry its progress). On SQLite, which has one writer, progress while the job's
/// transaction is open is kept in memory instead (SQLite runs on a single host) and written when the job ends.
/// </summary>
internal sealed class JobRuns(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, (int Done, int Total, DateTime WrittenAt)> _live = new(StringComparer.Ordinal);

    public async Task<bool> AddAsync(JobRun run, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
        if (await db.Set<JobRun>().AnyAsync(r => r.Key == run.Key, ct))
        {
            return false;
        }

        db.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return false;
        }
    }

    public Task StartAsync(string key, string instance, CancellationToken ct) =>
        UpdateAsync(key, r => r.SetProperty(x => x.Status, JobStatus.Running).SetProperty(x => x.Attempts, x => x.Attempts + 1)
            .SetProperty(x => x.Instance, instance).SetProperty(x => x.StartedAt, clock.GetUtcNow().UtcDateTime), ct);

    public async Task FinishAsync(string key, JobStatus status, string? message, CancellationToken ct)
    {
        var live = _live.TryRemove(key, out var l) ? l : ((int Done, int Total, DateTime WrittenAt)?)null;
        var text = message is { Length: > 500 } ? message[..500] : message;
        var now = clock.GetUtcNow().UtcDateTime;

        // One update, so that a reader never sees the run finished with its progress not yet written.
        await UpdateAsync(key, r =>
        {
            r.SetProperty(x => x.Status, status).SetProperty(x => x.Message, text).SetProperty(x => x.FinishedAt, now);
            if (live is { } p)
            {
                r.SetProperty(x => x.Done, p.Done).SetProperty(x => x.Total, p.Total);
            }
        }, ct);
    }

    public async Task ReportAsync(string key, int done, int total, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var last = _live.TryGetValue(key, out var l) ? l.WrittenAt : DateTime.MinValue;
        var write = now - last >= WriteEvery || done >= total;
        _live[key] = (done, total, write ? now : last);
        if (!write)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true)
        {
            await db.Set<JobRun>().Where(r => r.Key == key)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.Done, done).SetProperty(x => x.Total, total), ct);
        }
    }

    public async Task<JobProgress?> FindAsync(string key, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
        var run = await db.Set<JobRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, ct);
        if (run is null)
        {
            return null;
        }

        var (done, total) = run.Status == JobStatus.Running && _live.TryGetValue(key, out var l) && l.Done >= run.Done ? (l.Done, l.Total) : (run.Done, run.Total);
        return new JobProgress(run.Key, run.Status, done, total, run.Attempts, run.Message, run.ScheduledAt, run.StartedAt, run.FinishedAt);
    }

    private async Task UpdateAsync(
        string key, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<JobRun>> set, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
        await db.Set<JobRun>().Where(r => r.Key == key).ExecuteUpdateAsync(set, ct);
    }
}
