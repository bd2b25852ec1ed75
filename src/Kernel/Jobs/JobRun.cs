using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Kernel.Jobs;

/// <summary>Where a job stands, as screens show it.</summary>
public enum JobStatus
{
    /// <summary>Enqueued; no host has started it yet.</summary>
    Scheduled,
    /// <summary>A host is running it (or ran it and died: Quartz recovers it on another host or after a restart).</summary>
    Running,
    /// <summary>Finished.</summary>
    Succeeded,
    /// <summary>Ended with an error (see the message); it is not run again by itself.</summary>
    Failed,
}

/// <summary>
/// Our record of one job (table <c>Kernel_JobRuns</c>): what a screen reads to show progress. Quartz keeps the schedule
/// (its <c>QRTZ_*</c> tables); this row keeps what people want to know: status, progress, attempts, message.
/// </summary>
public sealed class JobRun
{
    /// <summary>The job's key, unique: also the Quartz job and trigger name.</summary>
    public string Key { get; set; } = "";

    /// <summary>The job's type name (the <see cref="IAdminJob"/> implementation).</summary>
    public string JobType { get; set; } = "";

    public JobStatus Status { get; set; }

    /// <summary>How many units of work the job has (lines of a list); 0 until it says.</summary>
    public int Total { get; set; }

    /// <summary>How many are done.</summary>
    public int Done { get; set; }

    /// <summary>How many times a host started it (more than one: it was recovered after a crash).</summary>
    public int Attempts { get; set; }

    /// <summary>The last thing the job said (an error, or its result in words).</summary>
    public string? Message { get; set; }

    /// <summary>The Quartz instance that ran it last.</summary>
    public string? Instance { get; set; }

    public Guid? OperatorId { get; set; }

    public string? OperatorLogin { get; set; }

    public DateTime ScheduledAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("Kernel_JobRuns");
        builder.HasKey(r => r.Key);
        builder.Property(r => r.Key).HasMaxLength(150);
        builder.Property(r => r.JobType).HasMaxLength(250);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Message).HasMaxLength(500);
        builder.Property(r => r.Instance).HasMaxLength(200);
        builder.Property(r => r.OperatorLogin).HasMaxLength(64);
    }
}
