using Admin.Kernel.Settings;

namespace Admin.Modules.Issuing;

/// <summary>The issuing rules head office may change.</summary>
internal sealed class IssuingSettings : ISettingsProvider
{
    /// <summary>M: how many secondary cards a customer may hold before issuing more needs a review.</summary>
    public const string SecondaryCardLimit = "Issuing.SecondaryCardLimit";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(SecondaryCardLimit, "Secondary cards a customer may hold before issuing more needs a review (M)", SettingType.Integer, "10", 0, 10000, Name: "Secondary-card limit (M)"),
    ];
}
