using Admin.Kernel.Settings;

namespace Admin.Modules.Cheques;

/// <summary>The cheque rules head office may change.</summary>
internal sealed class ChequesSettings : ISettingsProvider
{
    public const string PresentmentDays = "Cheques.PresentmentDays";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(PresentmentDays, "Days after its date within which a cheque must be presented", SettingType.Integer, "10", 1, 365, Name: "Cheque presentment period (days)"),
    ];
}
