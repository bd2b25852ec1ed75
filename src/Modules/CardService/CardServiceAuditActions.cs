using Admin.Kernel.Audit;

namespace Admin.Modules.CardService;

/// <summary>The audit actions this module records, named in both languages.</summary>
internal sealed class CardServiceAuditActions : ModuleAuditActions
{
    protected override string? Module => CardServiceModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Card.UpdateData", "Card data changed", "修改卡片资料"),
        ("Card.ReportLost", "Card reported lost", "挂失"),
        ("Card.CancelLoss", "Loss report cancelled", "止挂"),
        ("Card.ReportBad", "Card reported bad", "坏卡登记"),
        ("Card.Reactivate", "Expired card reactivated", "失效卡重新启用"),
        ("Card.Replace", "Card replaced", "补卡"),
        ("Card.UpgradeSecondary", "Secondary card upgraded to a single-user card", "副卡升级为单用户卡"),
        ("Card.UpgradeAnonymous", "Anonymous card upgraded to a registered card", "不记名卡升级为记名卡"),
        ("Card.MovePurse", "Old card's purse balance moved", "旧卡钱包余额转入新卡"),
        ("Pin.Change", "Card PIN changed", "修改卡密码"),
        ("Pin.Unlock", "Card PIN unlocked", "卡密码解锁"),
        ("Pin.Reset", "Card PIN reset", "卡密码重置"),
        ("Restrictions.Update", "Card restrictions changed", "修改限制信息"),
        ("Restrictions.Copy", "Card restrictions copied to another card", "复制限制信息"),
        ("Restrictions.Move", "Card restrictions moved to another card", "转移限制信息"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("Card", "卡片"),
        ("LossReport", "挂失登记"),
        ("Replacement", "补卡"),
    ];
}
