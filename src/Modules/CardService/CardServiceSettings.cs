using Admin.Kernel.Settings;

namespace Admin.Modules.CardService;

/// <summary>The card-service rules head office may change.</summary>
internal sealed class CardServiceSettings : ISettingsProvider
{
    /// <summary>Hours between a loss report and the replacement of the card (a found card can still be taken back meanwhile).</summary>
    public const string ReplacementWaitHours = "CardService.ReplacementWaitHours";

    /// <summary>Hours after a replacement during which terminal records of the old card may still arrive; its purse balance moves after them.</summary>
    public const string PurseSettlementHours = "CardService.PurseSettlementHours";

    /// <summary>How often the scheduled job moves the purse balances that fell due.</summary>
    public const string PurseMoveIntervalSeconds = "CardService.PurseMoveIntervalSeconds";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(ReplacementWaitHours, "Hours from a loss report until the card may be replaced", SettingType.Integer, "24", 0, 720, Name: "Replacement waiting period (hours)"),
        new(PurseSettlementHours, "Hours after a replacement until the old card's purse balance moves to the new card (terminal records of the old card may still arrive)", SettingType.Integer, "72", 0, 2160, Name: "Purse settlement window (hours)"),
        new(PurseMoveIntervalSeconds, "How often the scheduled job moves the old cards' purse balances whose settlement window has passed", SettingType.Integer, "600", 5, 86400,
            Name: "Purse move interval (seconds)"),
    ];
}
