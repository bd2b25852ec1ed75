using Admin.Kernel.Settings;

namespace Admin.Modules.Stations;

/// <summary>The stations' rules head office may change.</summary>
internal sealed class StationsSettings : ISettingsProvider
{
    /// <summary>Minutes without contact after which a terminal is flagged silent on the list.</summary>
    public const string SilentMinutes = "Stations.SilentMinutes";

    /// <summary>Seconds between the scheduled checks that flag silent terminals.</summary>
    public const string SilentCheckSeconds = "Stations.SilentCheckSeconds";

    /// <summary>Hours after a grey purchase during which the terminal's record may still arrive; after them a grey card may be released without one.</summary>
    public const string GreySettlementHours = "Stations.GreySettlementHours";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(SilentMinutes, "Minutes without contact after which a terminal is flagged silent", SettingType.Integer, "120", 5, 43200, Name: "Silent terminal (minutes)"),
        new(SilentCheckSeconds, "Seconds between the scheduled checks that flag terminals silent for longer than the silent setting", SettingType.Integer, "300", 5, 86400, Name: "Silent-terminal check (seconds)"),
        new(GreySettlementHours, "Hours after a grey purchase during which the terminal's record may still arrive; after them the card may be released without it (reviewed)", SettingType.Integer, "72", 0, 2160, Name: "Grey settlement window (hours)"),
    ];
}
