using Admin.Kernel.Localization;

namespace Admin.Modules.Cheques;

/// <summary>Simplified Chinese for the Cheques module.</summary>
internal sealed class ChequesTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        // Module, permissions, menu, settings, review points, chart.
        ["Cheques"] = "支票",
        ["Cheques received at the counter: clearing credits the customer's account, a bounce takes it back; query and export."] = "柜面收取支票：到账时记入客户账户，退票时冲回；支票查询与导出。",
        ["Receive cheques at the counter"] = "柜面收取支票",
        ["Record that a cheque cleared or bounced"] = "登记支票到账或退票",
        ["View, search and export cheques"] = "查看、查询和导出支票",
        ["Receive a cheque"] = "支票收取",
        ["Cheque query"] = "支票查询",
        ["Days after its date within which a cheque must be presented"] = "支票提示付款期限（自出票日起天数）",
        ["Receiving a cheque above an amount"] = "收取金额超过限额的支票",
        ["Amount above which a cheque needs a review"] = "须复核的支票金额下限",
        ["Every bounce of a cheque"] = "每一笔支票退票",
        ["Receiving a cheque from a customer with bounced cheques in the last 12 months"] = "收取近12个月有退票记录的客户的支票",
        ["Bounced cheques in 12 months from which a review is needed"] = "须复核的近12个月退票笔数",
        ["cheque of {0}, above {1}"] = "支票金额 {0}，超过限额 {1}",
        ["the customer has {0} bounced cheques in the last 12 months"] = "该客户近12个月已有 {0} 笔退票",
        ["bounce of cheque {0} of {1} ({2})"] = "支票 {0} 退票，金额 {1}（{2}）",
        ["Bounced cheques per outlet (30 days)"] = "近30天各网点退票",
        ["Bounced cheques"] = "退票",
        ["No bounced cheques in the last 30 days."] = "近30天没有退票。",

        // Messages.
        ["There is no such cheque."] = "没有该支票。",
        ["Enter the cheque number."] = "请输入支票号码。",
        ["A cheque number is 1 to {0} letters or digits."] = "支票号码为1至{0}位字母或数字。",
        ["Enter the drawer's name."] = "请输入出票人名称。",
        ["Enter the drawer's bank."] = "请输入出票人开户行。",
        ["At most {0} characters."] = "最多 {0} 个字符。",
        ["Enter the amount."] = "请输入金额。",
        ["The amount of a cheque is more than zero."] = "支票金额必须大于零。",
        ["Amounts have at most two decimals (fen)."] = "金额最多两位小数（分）。",
        ["The amount is too large."] = "金额过大。",
        ["Enter an amount such as 1000.00."] = "请输入金额，例如 1000.00。",
        ["Enter the cheque's date as yyyy-MM-dd."] = "请按 yyyy-MM-dd 输入出票日期。",
        ["Enter the date as yyyy-MM-dd."] = "请按 yyyy-MM-dd 输入日期。",
        ["The cheque is dated in the future; it cannot be presented before its date."] = "支票出票日期在未来，出票日前不能提示付款。",
        ["The cheque is past its presentment period of {0} days (last day {1})."] = "支票已超过 {0} 天的提示付款期（最后一天 {1}）。",
        ["This cheque (same drawer bank and number) was already received, receipt {0}, and has not bounced."] = "该支票（同一出票行、同一号码）已收取（收据号 {0}），且未退票。",
        ["Cheques are not accepted: the payment method Cheque is disabled."] = "收款方式“支票”已停用，不能收取支票。",
        ["Choose the customer."] = "请选择客户。",
        ["There is no such customer."] = "没有该客户。",
        ["Customer {0} is not active."] = "客户 {0} 不是正常状态。",
        ["Cheques are received at an outlet's counter; sign in at the outlet."] = "支票须在网点柜面收取，请以网点身份登录。",
        ["Only a received cheque can clear; this one is {0}."] = "只有已收取的支票才能到账；该支票当前为 {0}。",
        ["The cheque has bounced; a bounce is final."] = "该支票已退票，退票后不能再更改。",
        ["Someone else changed this cheque meanwhile; it is now {0}. Look at it again."] = "该支票已被他人更改，当前为 {0}，请重新查看。",
        ["Choose the reason of the bounce."] = "请选择退票理由。",
        ["Describe the reason when it is Other."] = "选择“其他”时请填写理由。",
        ["The date cannot be after today."] = "日期不能晚于今天。",
        ["The date cannot be before {0}."] = "日期不能早于 {0}。",
        ["The status is Received, Cleared or Bounced."] = "状态为 已收取、已到账 或 已退票。",

        // Statuses and reasons.
        ["Received"] = "已收取",
        ["Cleared"] = "已到账",
        ["Bounced"] = "已退票",
        ["InsufficientFunds"] = "存款不足",
        ["SignatureMismatch"] = "签章不符",
        ["Expired"] = "超过提示付款期",
        ["StoppedPayment"] = "止付",
        ["Other"] = "其他",
    };
}
