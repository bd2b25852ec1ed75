using Admin.Kernel.Settings;

namespace Admin.Modules.Checks;

/// <summary>The check's thresholds and the schedules of its jobs, set by head office.</summary>
internal sealed class ChecksSettings : ISettingsProvider
{
    public const string CorrectionCount = "Checks.CorrectionCount";
    public const string CorrectionAmount = "Checks.CorrectionAmount";
    public const string TillDifference = "Checks.TillDifference";
    public const string SplitMarginPercent = "Checks.SplitMarginPercent";
    public const string SplitCount = "Checks.SplitCount";
    public const string LoadLookbackDays = "Checks.LoadLookbackDays";
    public const string DayCloseSweepSeconds = "Checks.DayCloseSweepSeconds";
    public const string ReminderIntervalSeconds = "Checks.ReminderIntervalSeconds";
    public const string ShiftOpenHours = "Checks.ShiftOpenHours";
    public const string DayCloseHour = "Checks.DayCloseHour";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(CorrectionCount, "Cancels and reversals by one operator in one day from which the check reports them", SettingType.Integer, "3", 1, 1000, Name: "Corrections per operator and day"),
        new(CorrectionAmount, "Amount cancelled and reversed by one operator in one day from which the check reports it", SettingType.Money, "5000.00", 0, 100000000, Name: "Corrected amount per operator and day"),
        new(TillDifference, "A shift close's till difference beyond this amount is reported", SettingType.Money, "0.00", 0, 1000000, Name: "Reported till difference"),
        new(SplitMarginPercent, "Top-ups within this percentage below a real-name or cash threshold count as just below it", SettingType.Integer, "10", 1, 50, Name: "Split top-ups: margin below a threshold (%)"),
        new(SplitCount, "Just-below top-ups for one customer or card in one day from which the check reports a split", SettingType.Integer, "2", 2, 100, Name: "Split top-ups: how many"),
        new(LoadLookbackDays, "Days before a load in which the card account must have received the money loaded", SettingType.Integer, "30", 1, 366, Name: "Loads: days looked back for the money"),
        new(DayCloseSweepSeconds, "How often the scheduled job checks the days closed since its last run", SettingType.Integer, "300", 10, 86400, Name: "Check of closed days: interval (seconds)"),
        new(ReminderIntervalSeconds, "How often the scheduled job looks for shifts and days left open", SettingType.Integer, "600", 10, 86400, Name: "Close reminders: interval (seconds)"),
        new(ShiftOpenHours, "A shift open longer than this many hours is flagged", SettingType.Integer, "12", 1, 240, Name: "Close reminders: shift open (hours)"),
        new(DayCloseHour, "From this local hour a day with tasks and no daily close is flagged (earlier days always)", SettingType.Integer, "22", 0, 23, Name: "Close reminders: day closed by (local hour)"),
    ];
}
