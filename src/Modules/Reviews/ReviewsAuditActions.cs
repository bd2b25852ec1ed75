using Admin.Kernel.Audit;

namespace Admin.Modules.Reviews;

/// <summary>The audit actions this module records, named in both languages (the audit trail shows the name, not the code).</summary>
internal sealed class ReviewsAuditActions : ModuleAuditActions
{
    protected override string? Module => ReviewsModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("ReviewPoint.Change", "Review point changed", "修改复核点"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("ReviewPoint", "复核点"),
    ];
}
