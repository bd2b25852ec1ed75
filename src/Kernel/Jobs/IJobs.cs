namespace Admin.Kernel.Jobs;

/// <summary>
/// A job's progress as a screen shows it: status, done of total, attempts and the last message. Instants are UTC.
/// </summary>
public sealed record JobProgress(string Key, JobStatus Status, int Done, int Total, int Attempts, string? Message, DateTime ScheduledAt, DateTime? StartedAt, DateTime? FinishedAt)
{
    /// <summary>Done as a whole percentage (0 while the total is unknown).</summary>
    public int Percent => Total <= 0 ? (Status == JobStatus.Succeeded ? 100 : 0) : (int)Math.Min(100, Done * 100L / Total);
}

/// <summary>
/// Background jobs on Quartz.NET's persistent, clustered job store (docs/decisions/0011-jobs-quartz.md). A module enqueues
/// a job by key; the job survives a restart and runs once however many hosts share the database; a screen reads its
/// progress by the same key.
/// </summary>
public interface IJobs
{
    /// <summary>
    /// Schedules <typeparamref name="TJob"/> under <paramref name="key"/> (1–150 characters, unique: use the thing's id) to run
    /// at <paramref name="at"/> (now when null) as <paramref name="runAs"/> (null: the current operator), with
    /// <paramref name="data"/> (strings). A key already enqueued is left as it is: false. Call it after your task committed
    /// (the job store has its own connection).
    /// </summary>
    Task<bool> EnqueueAsync<TJob>(
        string key, IReadOnlyDictionary<string, string>? data = null, DateTimeOffset? at = null, JobOperator? runAs = null, CancellationToken ct = default)
        where TJob : class, IAdminJob;

    /// <summary>The job's progress, or null when no job has that key.</summary>
    Task<JobProgress?> ProgressAsync(string key, CancellationToken ct = default);
}

/// <summary>The operator a job runs as, when it is not the one signed in (a start-up sweep re-enqueuing work).</summary>
public sealed record JobOperator(Guid OperatorId, string LoginName, Guid OutletId, string OutletCode);

/// <summary>
/// A job a module writes: resolved from a dependency-injection scope of its own per run, with the operator who enqueued
/// it as the current operator (outlet scope, audit and ledger entries name them). A job must be safe to run again after
/// a crash: Quartz recovers a job whose host died, so do the work in one transaction and check first whether it is done.
/// </summary>
public interface IAdminJob
{
    /// <summary>Does the work; report progress through <paramref name="context"/>. An exception marks the run failed.</summary>
    Task RunAsync(AdminJobContext context, CancellationToken ct);
}

/// <summary>What a running job knows: its key, its data, and where to report progress.</summary>
public sealed class AdminJobContext(string key, IReadOnlyDictionary<string, string> data, bool recovering, Func<int, int, Task> report)
{
    /// <summary>The job's key.</summary>
    public string Key { get; } = key;

    /// <summary>The data it was enqueued with.</summary>
    public IReadOnlyDictionary<string, string> Data { get; } = data;

    /// <summary>True when this run recovers one interrupted by a crash.</summary>
    public bool Recovering { get; } = recovering;

    /// <summary>What the job says when it ends (stored with the run; e.g. "refused: insufficient funds").</summary>
    public string? Message { get; set; }

    /// <summary>Reports <paramref name="done"/> of <paramref name="total"/>; cheap to call often (writes are throttled).</summary>
    public Task ReportAsync(int done, int total) => report(done, total);
}
