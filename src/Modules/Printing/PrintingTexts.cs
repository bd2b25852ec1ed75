using Admin.Kernel.Localization;

namespace Admin.Modules.Printing;

/// <summary>Simplified Chinese for the Printing module.</summary>
internal sealed class PrintingTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        // Module, permissions, menu, review point.
        ["Printing"] = "打印",
        ["Customer application forms and vouchers printed onto pre-printed stationery, with head office's overprint layouts and each outlet's printer calibration."] = "客户业务申请表和凭证套打：省中心维护套打模板，各网点校准打印机。",
        ["Print customer application forms and vouchers of counter tasks"] = "打印柜台业务的客户业务申请表和凭证",
        ["View voucher overprint layouts and their versions"] = "查看凭证套打模板及其版本",
        ["Design voucher overprint layouts (head office)"] = "设计凭证套打模板（省中心）",
        ["Set the outlet's printer calibration for voucher layouts"] = "设置本网点凭证套打的打印机校准",
        ["Voucher layouts"] = "凭证套打模板",
        ["Printer calibration"] = "打印机校准",
        ["Print form"] = "打印申请表",
        ["Print voucher"] = "套打凭证",
        ["A voucher that was already printed is printed again (reprint)"] = "已打印的凭证再次打印（重打）",

        // Errors.
        ["The Chinese font (Noto Sans SC) is missing on the server, so nothing can be printed; the administrator must rebuild or install it."] = "服务器缺少中文字体（Noto Sans SC），无法打印；请管理员重新构建或安装字体。",
        ["There is no such task type; use fee-collection or cheque-receipt."] = "没有这种业务类型；请使用 fee-collection 或 cheque-receipt。",
        ["There is no such voucher kind; use fee-receipt or cheque-receipt."] = "没有这种凭证类型；请使用 fee-receipt 或 cheque-receipt。",
        ["There is no such counter task."] = "没有这笔柜台业务。",
        ["There is no such voucher layout."] = "没有这个凭证套打模板。",
        ["This layout has no such version."] = "该模板没有这个版本。",
        ["No active voucher layout exists for this kind; head office must create one first."] = "这种凭证没有启用的套打模板；请省中心先创建模板。",
        ["Only head office designs voucher layouts."] = "只有省中心可以设计凭证套打模板。",
        ["Printer calibration belongs to an outlet; sign in as an operator of that outlet."] = "打印机校准属于网点；请以该网点操作员身份登录。",
        ["The code is 1 to {0} letters, digits, - or _."] = "代码为 1 至 {0} 个字母、数字、- 或 _。",
        ["A layout with the code {0} already exists."] = "代码为 {0} 的模板已存在。",
        ["Enter a name of at most {0} characters."] = "请输入名称，最多 {0} 个字符。",
        ["The paper measures {0} to {1} mm, in steps of 0.1 mm."] = "纸张尺寸为 {0} 至 {1} 毫米，精确到 0.1 毫米。",
        ["A layout has at most {0} fields."] = "一个模板最多 {0} 个字段。",
        ["Choose one of the values this kind of voucher prints."] = "请选择这种凭证可打印的内容。",
        ["The field must lie on the paper (x and y from 0, in steps of 0.1 mm)."] = "字段必须位于纸张内（x、y 从 0 起，精确到 0.1 毫米）。",
        ["A field is at least 2 mm wide, in steps of 0.1 mm."] = "字段宽度至少 2 毫米，精确到 0.1 毫米。",
        ["The font size is 5 to 36 pt."] = "字号为 5 至 36 磅。",
        ["The alignment is Left, Center or Right."] = "对齐方式为 Left、Center 或 Right。",
        ["An offset is at most {0} mm either way, in steps of 0.1 mm."] = "偏移量在正负 {0} 毫米之内，精确到 0.1 毫米。",
        ["The scanned stationery is a PNG or JPEG image of at most {0} MB."] = "空白凭证扫描件须为 PNG 或 JPEG 图片，最大 {0} MB。",
        ["This voucher was printed by someone else a moment ago; printing it again is a reprint."] = "该凭证刚被他人打印；再次打印属于重打。",
        ["voucher {0} already printed {1} time(s)"] = "凭证 {0} 已打印 {1} 次",
    };
}
