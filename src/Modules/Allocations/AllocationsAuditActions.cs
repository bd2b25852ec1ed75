using Admin.Kernel.Audit;

namespace Admin.Modules.Allocations;

/// <summary>The audit actions this module records, named in both languages.</summary>
internal sealed class AllocationsAuditActions : ModuleAuditActions
{
    protected override string? Module => AllocationsModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Allocation.Post", "Pre-allocated to cards", "预分配"),
        ("Template.Create", "Pre-allocation template created", "新建预分模板"),
        ("Template.Update", "Pre-allocation template changed", "修改预分模板"),
        ("Template.Delete", "Pre-allocation template deleted", "删除预分模板"),
        ("Load.Start", "Load started", "圈存开始"),
        ("Load.Complete", "Load completed", "圈存完成"),
        ("Load.Void", "Load voided", "圈存作废"),
        ("Unload.Start", "Unload started", "圈提开始"),
        ("Unload.Complete", "Unload completed", "圈提完成"),
        ("Unload.Void", "Unload voided", "圈提作废"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("Allocation", "预分配"),
        ("AllocationTemplate", "预分模板"),
        ("PurseTransfer", "圈存圈提"),
        (Services.PurseTransfers.TimeoutSummary, "超时未完成：已作废，款项已退回原处"),
    ];
}
