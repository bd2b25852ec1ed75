using Admin.Kernel.Settings;

namespace Admin.Modules.Allocations;

/// <summary>The allocation rules head office may change.</summary>
internal sealed class AllocationsSettings : ISettingsProvider
{
    /// <summary>How long a load or unload may stay pending before it is voided (the reader never answered).</summary>
    public const string PendingTimeoutSeconds = "Allocations.PendingTimeoutSeconds";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(PendingTimeoutSeconds, "Seconds a load or unload may wait for the card reader before it is voided", SettingType.Integer, "120", 10, 3600, Name: "Purse transfer timeout (seconds)"),
    ];
}
