using Admin.Kernel.Audit;

namespace Admin.Modules.TopUps;

/// <summary>The audit actions this module records, named in both languages.</summary>
internal sealed class TopUpsAuditActions : ModuleAuditActions
{
    protected override string? Module => TopUpsModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Receipt.TopUp", "Customer account topped up", "客户充值"),
        ("Receipt.Receive", "Customer receipt", "客户收款"),
        ("Receipt.CardTopUp", "Card topped up", "单用户卡充值"),
        ("Receipt.InternalCardTopUp", "Internal card topped up", "内部卡充值"),
        ("Receipt.Cancel", "Receipt cancelled", "收款撤单"),
        ("Receipt.Reverse", "Receipt reversed", "收款冲销"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("TopUpReceipt", "收款单"),
    ];
}
