using Admin.Kernel.Security;

namespace Admin.Modules.Checks.Models;

/// <summary>Why a check ran: asked for over a range, or over a day an outlet closed.</summary>
public enum CheckTrigger
{
    OnDemand,
    DailyClose,
}

/// <summary>Where a run stands.</summary>
public enum CheckRunStatus
{
    Scheduled,
    Running,
    Succeeded,
    Failed,
}

/// <summary>One run of the abnormal-entry check over local days <see cref="From"/>..<see cref="To"/>, for one outlet or all.</summary>
public sealed class CheckRun
{
    public Guid Id { get; set; }
    public CheckTrigger Trigger { get; set; }
    public CheckRunStatus Status { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }

    /// <summary>The outlet checked, or null for the network.</summary>
    public Guid? OutletId { get; set; }
    public string? OutletCode { get; set; }
    public string? RequestedBy { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int Findings { get; set; }

    /// <summary>For a run after a daily close: when that close was made (the sweep's watermark).</summary>
    public DateTime? DayClosedAt { get; set; }
    public string? Message { get; set; }

    /// <summary>The job's key (its progress on the screen).</summary>
    public string JobKey => $"Checks.Run:{Id:N}";
}

/// <summary>What a rule found in a run, with the links to the records it is about.</summary>
public sealed class CheckFinding : IOutletOwned
{
    public long Id { get; set; }
    public Guid RunId { get; set; }
    public string Rule { get; set; } = "";
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public DateOnly Day { get; set; }
    public string? Operator { get; set; }
    public string Message { get; set; } = "";

    /// <summary>The message's arguments (JSON array of strings).</summary>
    public string Args { get; set; } = "[]";
    public decimal? Amount { get; set; }

    /// <summary>The drill-down links (JSON array of {label, url}).</summary>
    public string Links { get; set; } = "[]";
}

/// <summary>A reminder to close: a shift open too long, or a day with tasks and no daily close past the hour. Rebuilt by the job.</summary>
public sealed class CloseReminder : IOutletOwned
{
    public const string ShiftOpen = "ShiftOpen";
    public const string DayOpen = "DayOpen";

    public long Id { get; set; }
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateOnly Day { get; set; }
    public string? Operator { get; set; }

    /// <summary>Since when: the shift's first task, or the day's start.</summary>
    public DateTime Since { get; set; }
    public DateTime FlaggedAt { get; set; }
}
