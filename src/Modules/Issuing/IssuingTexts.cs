using Admin.Kernel.Localization;

namespace Admin.Modules.Issuing;

/// <summary>Simplified Chinese for the Issuing module.</summary>
internal sealed class IssuingTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        // Module, permissions, settings, review points, menu, audit actions.
        ["Issuing"] = "发卡",
        ["Card issuing at the counter: open an account and issue a single-user or primary card, issue secondary cards with the secondary-card limit, sell anonymous cards; fees, ledger entry, stock and review in one transaction."] =
            "柜台发卡：开户发单用户卡或主卡、按副卡数量限制发副卡、销售不记名卡；费用、记账、库存和复核在同一事务中完成。",
        ["Open accounts and issue single-user, primary and secondary cards"] = "开户并发放单用户卡、主卡和副卡",
        ["Sell anonymous cards"] = "销售不记名卡",
        ["View issuing receipts"] = "查看发卡凭证",
        ["Secondary-card limit (M)"] = "副卡数量上限（M）",
        ["Secondary cards a customer may hold before issuing more needs a review (M)"] = "客户可持有的副卡数量（M），超过时发卡需复核",
        ["A fee collected when issuing a card differs from the fee schedule"] = "发卡时实收费用与收费标准不同",
        ["Secondary cards beyond the customer's limit are issued"] = "发放超过客户副卡数量限制的副卡",
        ["Open account and issue"] = "开户发卡",
        ["Issue secondary cards"] = "发副卡",
        ["Print secondary-card list"] = "打印副卡清单",

        // Review reasons and subjects.
        ["collected {0}, schedule {1}: {2}"] = "实收 {0}，标准 {1}：{2}",
        ["the customer holds {0} secondary cards, the limit is {1}: {2} more beyond it, from card {3} of this batch"] = "客户已持有副卡 {0} 张，限制为 {1} 张：本批从第 {3} 张起超出限制 {2} 张",
        ["the issue of card {0} to {1}: {2} paid by {3}"] = "向 {1} 发放卡 {0}：{2}，付款方式 {3}",
        ["the issue of {0} secondary cards under primary card {1} to {2} ({3}): {4} paid by {5}"] = "在主卡 {1} 下向 {2}（{3}）发放副卡 {0} 张：{4}，付款方式 {5}",

        // Messages.
        ["Cards are issued at an outlet, from the operator's own drawer."] = "卡片只能在网点从操作员本人名下的卡中发放。",
        ["Choose the customer or register a new one."] = "请选择客户或登记新客户。",
        ["Choose a customer or register a new one, not both."] = "请选择客户或登记新客户，不能同时进行。",
        ["There is no such customer."] = "没有该客户。",
        ["The customer {0} is not active."] = "客户 {0} 不是正常状态。",
        ["The customer {0} already has cards: issue secondary cards, or a replacement."] = "客户 {0} 已有卡片：请发副卡或补卡。",
        ["There is no card product {0}."] = "没有卡产品 {0}。",
        ["The card product {0} does not make {1} cards."] = "卡产品 {0} 不是{1}产品。",
        ["The card product {0} is no longer in use."] = "卡产品 {0} 已停用。",
        ["Enter at least one card."] = "请至少输入一张卡。",
        ["At most {0} cards in one task."] = "一笔业务最多 {0} 张卡。",
        ["The card {0} is listed twice."] = "卡号 {0} 重复列出。",
        ["At most {0} characters."] = "最多 {0} 个字符。",
        ["Choose how the customer pays."] = "请选择收款方式。",
        ["The payment method {0} is not accepted."] = "收款方式 {0} 已停用。",
        ["The fee {0} is not in the fee schedule today; leave it empty."] = "费用 {0} 今日不在收费标准中，请留空。",
        ["Only the first card's service fee can change; the others pay the schedule's {0}."] = "只有第一张卡的服务费可以调整，其余卡按标准 {0} 收取。",
        ["Enter the primary card's number or the customer's code."] = "请输入主卡卡号或客户编号。",
        ["There is no such primary card."] = "没有该主卡。",
        ["The primary card {0} is {1}: secondary cards are issued under a card in use."] = "主卡 {0} 状态为{1}：副卡只能在正常使用的主卡下发放。",
        ["The primary card belongs to another customer."] = "该主卡属于其他客户。",
        ["The customer {0} has no primary card in use: open a multi-user account first."] = "客户 {0} 没有正常使用的主卡：请先开多用户账户。",
        ["Choose the card's face value."] = "请选择卡的面值。",
        ["The face value {0} is above the card's cap of {1}."] = "面值 {0} 超过卡的余额上限 {1}。",
        ["The face value {0} is not one of this product's face values."] = "面值 {0} 不是该卡产品的面值。",
        ["A purchase of {0} may not be paid in cash (the limit is below {1}): pay by bank transfer."] = "购买金额 {0} 不得以现金支付（现金限额低于 {1}）：请通过银行转账支付。",
        ["Meanwhile the customer was issued other secondary cards and now holds {0} (the limit is {1}): the review must be asked again."] = "期间该客户已办理其他副卡，现持有 {0} 张（限额为 {1} 张）：须重新申请复核。",
        ["Prepaid cards may not be bought with a credit card."] = "不得使用信用卡购买预付卡。",
        ["From {0} at once, the buyer's real name is recorded."] = "一次购买 {0} 及以上须登记购卡人实名。",
        ["From {0} at once, the buyer's ID document type and number are recorded."] = "一次购买 {0} 及以上须登记购卡人证件类型和号码。",
        ["The buyer is Individual or Company."] = "购卡人为个人或单位。",
        ["Choose one of the customer's invoice titles."] = "请选择客户的一个发票抬头。",
        ["The customer declined the service-fee invoice: choose no invoice title."] = "客户不要服务费发票：请不要选择发票抬头。",
        ["There is no such issuing receipt."] = "没有该发卡凭证。",
        ["Face value"] = "面值",
        ["may be reduced"] = "可减免",
        ["Service-fee invoice wanted"] = "需要服务费发票",
        ["or the primary card"] = "或主卡卡号",
        ["Holder"] = "持卡人",
        ["Vehicle plate"] = "车牌号",
        ["The fees below are the first card's; the other cards pay the schedule. Beyond the customer's secondary-card limit a colleague authorises the batch once."] = "以下费用为第一张卡的费用，其余卡按标准收取。超过客户副卡数量限制时，由同级操作员对整批复核一次。",
        ["reviewed by"] = "复核人",
        ["Register a new customer in this task"] = "在本业务中登记新客户",
        ["Card"] = "卡片",
        ["Multi-user"] = "多用户",
        ["Buyer"] = "购卡人",
        ["Buyer's name"] = "购卡人姓名",
        ["From the product's real-name threshold the buyer's name and ID are recorded; from the cash limit cash is refused; credit cards never."] = "达到卡产品实名门槛须登记购卡人姓名和证件；达到现金限额不收现金；不得使用信用卡。",
        ["Sell"] = "销售",
    };
}
