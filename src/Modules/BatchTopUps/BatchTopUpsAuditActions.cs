using Admin.Kernel.Audit;

namespace Admin.Modules.BatchTopUps;

/// <summary>The audit actions this module records, named in both languages.</summary>
internal sealed class BatchTopUpsAuditActions : ModuleAuditActions
{
    protected override string? Module => BatchTopUpsModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("BatchTopUp.Submit", "Batch top-up list submitted", "提交批量充值清单"),
        ("BatchTopUp.Withdraw", "Batch top-up list withdrawn", "取回批量充值清单"),
        ("BatchTopUp.Void", "Batch top-up list voided", "作废批量充值清单"),
        ("BatchTopUp.Review", "Batch top-up list reviewed", "复核批量充值清单"),
        ("BatchTopUp.Execute", "Batch top-up list executed", "执行批量充值清单"),
        ("BatchTopUp.Refuse", "Batch top-up list refused at execution", "批量充值清单执行被拒"),
        ("BatchTopUp.Fail", "Batch top-up list's job failed", "批量充值清单执行任务失败"),
        ("BatchTopUp.Rerun", "Batch top-up list run again", "重新执行批量充值清单"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("BatchTopUpList", "批量充值清单"),
    ];
}
