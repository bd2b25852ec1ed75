using Admin.Kernel.Settings;

namespace Admin.Modules.BatchTopUps;

/// <summary>The batch top-up settings head office may change.</summary>
internal sealed class BatchTopUpsSettings : ISettingsProvider
{
    /// <summary>From this many lines a reviewed list is executed by a background job with progress, not within the request.</summary>
    public const string JobThreshold = "BatchTopUps.JobThreshold";

    /// <summary>The most lines a list may have.</summary>
    public const string MaxLines = "BatchTopUps.MaxLines";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(JobThreshold, "Lists with at least this many lines are executed by a background job with progress", SettingType.Integer, "500", 1, 100000, Name: "Batch job threshold"),
        new(MaxLines, "The most lines a batch top-up list may have", SettingType.Integer, "10000", 1, 50000, Name: "Most lines per list"),
    ];
}
