using Admin.Kernel.Settings;

namespace Admin.Modules.Allocations;

/// <summary>The allocation rules head office may change.</summary>
internal sealed class AllocationsSettings : ISettingsProvider
{
    /// <summary>How long a load or unload may stay pending before it is voided (the reader never answered).</summary>
    public const string PendingTimeoutSeconds = "Allocations.PendingTimeoutSeconds";

    /// <summary>How often the recurring job voids pending transfers past their timeout (read at start-up and after each run).</summary>
    public const string SweepIntervalSeconds = "Allocations.SweepIntervalSeconds";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(PendingTimeoutSeconds, "Seconds a load or unload may wait for the card reader before it is voided", SettingType.Integer, "120", 10, 3600, Name: "Purse transfer timeout (seconds)"),
        new(SweepIntervalSeconds, "How often the scheduled job voids loads and unloads left pending past their timeout", SettingType.Integer, "60", 5, 3600,
            Name: "Purse sweep interval (seconds)"),
    ];
}
