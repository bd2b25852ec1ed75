using Admin.Kernel.Settings;

namespace Admin.Modules.Cards;

/// <summary>The Cards module's settings.</summary>
internal sealed class CardsSettings : ISettingsProvider
{
    /// <summary>
    /// The card screens use the simulated card reader of the theme (docs/card-reader.md) instead of waiting for a real reader's
    /// bridge: for demonstrations, training and tests. Off in production.
    /// </summary>
    public const string SimulatedReader = "Cards.SimulatedReader";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(SimulatedReader, "Card screens use a simulated card reader (demonstrations, training, tests)", SettingType.Boolean, "false", Name: "Simulated card reader"),
    ];
}
