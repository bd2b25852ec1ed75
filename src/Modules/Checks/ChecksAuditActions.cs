using Admin.Kernel.Audit;

namespace Admin.Modules.Checks;

/// <summary>The audit actions this module records, named in both languages.</summary>
internal sealed class ChecksAuditActions : ModuleAuditActions
{
    protected override string? Module => ChecksModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Run.Request", "Abnormal-entry check requested", "申请异常流水检查"),
        ("Run.Finish", "Abnormal-entry check finished", "异常流水检查完成"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("CheckRun", "异常流水检查"),
    ];
}
