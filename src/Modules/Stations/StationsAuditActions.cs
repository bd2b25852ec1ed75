using Admin.Kernel.Audit;

namespace Admin.Modules.Stations;

/// <summary>The audit actions this module records, named in both languages.</summary>
internal sealed class StationsAuditActions : ModuleAuditActions
{
    protected override string? Module => StationsModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Terminal.Register", "Station terminal registered", "登记加油站终端"),
        ("Terminal.Update", "Terminal parameters changed", "修改终端参数"),
        ("Terminal.RotateKey", "Terminal key replaced", "更换终端密钥"),
        ("Batch.Receive", "Terminal batch received", "接收终端交易批次"),
        ("Card.UnGreySettle", "Grey card settled from the terminal's record", "解灰（按终端记录扣款）"),
        ("Card.UnGreyRelease", "Grey card released without a terminal record", "解灰（无终端记录，放行）"),
        ("Card.UnGreyForce", "Internal card un-grey forced by head office", "内部卡强制解灰"),
        ("Card.PinLockReport", "Card PIN locked after wrong PINs at a terminal", "终端报告密码错误次数过多，卡密码锁定"),
        ("Terminal.FlagSilent", "Terminal flagged silent by the scheduled check", "定时检查标记终端失联"),
        ("Terminal.SilenceEnded", "Silent terminal in contact again", "失联终端恢复联系"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("Terminal", "终端"),
        ("StationBatch", "终端交易批次"),
        ("UnGrey", "解灰"),
        ("Card", "卡片"),
    ];
}
