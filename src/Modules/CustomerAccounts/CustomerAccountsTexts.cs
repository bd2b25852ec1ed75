using Admin.Kernel.Localization;

namespace Admin.Modules.CustomerAccounts;

/// <summary>Simplified Chinese for the CustomerAccounts module.</summary>
internal sealed class CustomerAccountsTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        // Module, permissions, menu, settings, review points.
        ["Customer accounts"] = "客户帐务",
        ["Closing a customer with the refund of what remains, special and small refunds, deposit return, bank transfers received for customers and their matching, credit ratings of company customers."] = "客户清户及清户退款、特殊退款、小额退款、退押金、客户到账登记与匹配、单位客户信誉度。",
        ["Close customers and refund what remains"] = "客户清户并退还余款",
        ["Make special and small refunds, return deposits, pay transfer refunds"] = "办理特殊退款、小额退款、退押金及退款转账",
        ["Record bank transfers received for customers and match them"] = "登记并匹配客户到账",
        ["View refunds and arrivals"] = "查看退款和到账",
        ["Close a customer"] = "客户清户",
        ["Refund"] = "退款",
        ["Deposit return"] = "退押金",
        ["Refunds"] = "退款查询",
        ["Customer arrivals"] = "客户到账维护",
        ["Cash refund limit"] = "现金退款限额",
        ["Refunds up to this amount may be paid in cash; larger ones are paid by bank transfer"] = "不超过此金额的退款可付现金，超过的须银行转账",
        ["Small refund limit"] = "小额退款限额",
        ["Refunds up to this amount are small refunds, made without a review"] = "不超过此金额的退款为小额退款，无须复核",
        ["Every special refund"] = "每一笔特殊退款",
        ["Every closing of a customer with its refund"] = "每一次客户清户退款",
        ["special refund of {0} from {1}: {2}"] = "特殊退款 {0}，来源 {1}：{2}",
        ["closing customer {0}: {1} cards closed, {2} refunded"] = "客户 {0} 清户：销卡 {1} 张，退款 {2}",
        ["the closing of customer {0} ({1}) and the refund of {2} by {3}"] = "客户 {0}（{1}）清户，以{3}退款 {2}",
        ["the special refund of {0} from {1} by {2}"] = "来源 {1} 的特殊退款 {0}，以{2}支付",
        ["Cash"] = "现金",
        ["Transfer"] = "转账",

        // Messages.
        ["Money is paid out at an outlet's counter, from the operator's till; sign in at the outlet."] = "款项须在网点柜面由操作员支付，请以网点身份登录。",
        ["Enter the customer's code or a card number."] = "请输入客户编号或卡号。",
        ["Enter the customer's code."] = "请输入客户编号。",
        ["There is no such customer."] = "没有该客户。",
        ["The customer {0} is closed."] = "客户 {0} 已清户。",
        ["The customer {0} is {1}."] = "客户 {0} 的状态为 {1}。",
        ["There is no such card."] = "没有该卡。",
        ["The card {0} is {1}: a deposit is returned only for a closed card."] = "卡 {0} 的状态为 {1}：只有已销卡的卡才能退押金。",
        ["The card {0} is {1}: nothing can be refunded from it."] = "卡 {0} 的状态为 {1}：不能从该卡退款。",
        ["No deposit is held for the card {0}."] = "卡 {0} 没有押金。",
        ["A deposit return of {0} is more than the deposit held for the card, {1}."] = "退押金 {0} 超过该卡所收押金 {1}。",
        ["The card {0} has {1} on its chip purse: unload it onto the card account first."] = "卡 {0} 的电子钱包内还有 {1}：请先圈提到卡账户。",
        ["The customer owes {0} and holds only {1}: the debt is settled before the customer is closed."] = "客户欠款 {0}，余额只有 {1}：须先结清欠款才能清户。",
        ["The amount is more than zero."] = "金额必须大于零。",
        ["A refund of {0} is more than the {1} held."] = "退款 {0} 超过余额 {1}。",
        ["A refund is paid in Cash or by Transfer."] = "退款方式为现金或转账。",
        ["A refund of {0} is paid by bank transfer: cash is for refunds up to {1}."] = "{0} 的退款须银行转账：现金退款不超过 {1}。",
        ["A transfer needs the bank, the account number and the account holder's name."] = "转账须填写开户行、账号和户名。",
        ["Give the reason of the refund."] = "请填写退款原因。",
        ["A refund is Special or Small."] = "退款类型为特殊退款或小额退款。",
        ["A small refund is at most {1}: refund {0} as a special refund."] = "小额退款不超过 {1}：{0} 请办理特殊退款。",
        ["Refund from the customer's account or from one card, not both."] = "从客户账户或一张卡退款，不能同时填写。",
        ["At most {0} characters."] = "最多 {0} 个字符。",
        ["There is no such refund."] = "没有该退款。",
        ["The refund {0} is {1}: only a payable transfer refund is paid."] = "退款 {0} 的状态为 {1}：只有待付的转账退款才能登记已付。",
        ["Someone changed the customer, its cards or this record meanwhile; look at it again."] = "该客户、其卡片或此记录已被他人更改，请重新查看。",
        ["There is no such arrival."] = "没有该到账记录。",
        ["The arrival {0} is already matched to customer {1}."] = "到账 {0} 已匹配到客户 {1}。",
        ["The bank reference {0} was already recorded as arrival {1}."] = "银行流水号 {0} 已登记为到账 {1}。",
        ["Enter the bank's reference of the transfer."] = "请输入银行流水号。",
        ["Enter who paid (the payer's name as the bank shows it)."] = "请输入付款人（银行显示的户名）。",
        ["Enter the date as yyyy-MM-dd."] = "请按 yyyy-MM-dd 格式输入日期。",
        ["The date cannot be after today."] = "日期不能晚于今天。",

        // Statuses and kinds.
        ["Closing"] = "清户退款",
        ["Special"] = "特殊退款",
        ["Small"] = "小额退款",
        ["Deposit"] = "退押金",
        ["Payable"] = "待付",
        ["Paid"] = "已付",
        ["Unmatched"] = "未匹配",
        ["Matched"] = "已匹配",
    };
}
