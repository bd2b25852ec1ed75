using Admin.Kernel.Settings;

namespace Admin.Modules.Reports;

/// <summary>The report settings head office may change.</summary>
internal sealed class ReportsSettings : ISettingsProvider
{
    /// <summary>A range longer than this many days runs as a background job with progress, never within a request.</summary>
    public const string JobThresholdDays = "Reports.JobThresholdDays";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(JobThresholdDays, "Reports over more days than this run as a background job with progress", SettingType.Integer, "92", 1, 3660, Name: "Report job threshold (days)"),
    ];
}
