using Admin.Kernel.Jobs;
using Admin.Modules.Checks.Models;
using Admin.Modules.Checks.Services;

namespace Admin.Modules.Checks.ViewModels;

/// <summary>The check's page: the form to run it, the runs, the rules.</summary>
public sealed class ChecksIndexViewModel
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Outlet { get; set; }

    // Shown, not posted.
    public IReadOnlyList<CheckRun> Runs { get; set; } = [];
    public string? Next { get; set; }
    public IReadOnlyList<(string Code, string Name)> Rules { get; set; } = [];
}

/// <summary>One run: its state (and job progress while it runs) and its findings by rule.</summary>
public sealed class CheckRunViewModel
{
    public required CheckRun Run { get; init; }
    public JobProgress? Progress { get; init; }
    public string? Rule { get; init; }
    public IReadOnlyList<FindingView> Findings { get; init; } = [];
    public IReadOnlyList<(string Code, string Name)> Rules { get; init; } = [];
}

/// <summary>The reminders to close.</summary>
public sealed class RemindersViewModel
{
    public IReadOnlyList<CloseReminder> Reminders { get; init; } = [];
}
