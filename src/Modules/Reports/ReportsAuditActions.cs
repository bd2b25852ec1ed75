using Admin.Kernel.Audit;

namespace Admin.Modules.Reports;

/// <summary>The audit actions this module records, named in both languages.</summary>
internal sealed class ReportsAuditActions : ModuleAuditActions
{
    protected override string? Module => ReportsModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Report.Run", "Report run kept", "生成报表"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("ReportRun", "报表"),
    ];
}
