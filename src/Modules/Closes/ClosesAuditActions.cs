using Admin.Kernel.Audit;

namespace Admin.Modules.Closes;

/// <summary>The audit actions this module records, named in both languages.</summary>
internal sealed class ClosesAuditActions : ModuleAuditActions
{
    protected override string? Module => ClosesModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Shift.Close", "Shift closed", "操作员班结"),
        ("Day.Close", "Day closed", "网点日结"),
        ("Month.Close", "Month closed", "网点月结"),
        ("Period.Reopen", "Closed period reopened", "重开已结期间"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("ShiftClose", "班结"),
        ("DayClose", "日结"),
        ("MonthClose", "月结"),
        ("PeriodReopening", "重开记录"),
    ];
}
