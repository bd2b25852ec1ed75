using Admin.Kernel.Settings;

namespace Admin.Modules.Reviews;

/// <summary>The thresholds of the auditor's flags and the outlets' opening hours.</summary>
internal sealed class ReviewsSettings : ISettingsProvider
{
    public const string PairPerDay = "Reviews.FlagPairPerDay";
    public const string FastSeconds = "Reviews.FlagFastSeconds";
    public const string RefusalBurst = "Reviews.FlagRefusalBurst";
    public const string RefusalWindowMinutes = "Reviews.FlagRefusalWindowMinutes";
    public const string OverrideRateFactor = "Reviews.FlagOverrideRateFactor";
    public const string OverrideMinimum = "Reviews.FlagOverrideMinimum";
    public const string OpeningHours = "Reviews.OpeningHours";
    public const string OutletOpeningHours = "Reviews.OutletOpeningHours";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(PairPerDay, "Flag a maker–reviewer pair with at least this many authorisations in one day", SettingType.Integer, "5", 2, 1000, Name: "Flag: authorisations per pair and day"),
        new(FastSeconds, "Flag a review completed within this many seconds of the request", SettingType.Integer, "2", 0, 600, Name: "Flag: fast review (seconds)"),
        new(RefusalBurst, "Flag this many refused attempts at one outlet within the window", SettingType.Integer, "3", 2, 1000, Name: "Flag: refused attempts in a burst"),
        new(RefusalWindowMinutes, "Window of the refused-attempts flag, in minutes", SettingType.Integer, "10", 1, 1440, Name: "Flag: refusal window (minutes)"),
        new(OverrideRateFactor, "Flag an outlet whose authorisations exceed the network's average per outlet by this factor", SettingType.Integer, "3", 2, 100, Name: "Flag: authorisation rate factor"),
        new(OverrideMinimum, "Fewest authorisations before an outlet's rate is flagged", SettingType.Integer, "5", 1, 100000, Name: "Flag: fewest authorisations counted"),
        new(OpeningHours, "Outlets' opening hours, local time (HH:mm-HH:mm)", SettingType.Text, "08:00-18:00", Name: "Opening hours"),
        new(OutletOpeningHours, "Opening hours of particular outlets (code=HH:mm-HH:mm, separated by ;)", SettingType.Text, "", Name: "Opening hours of particular outlets"),
    ];
}
