using Admin.Kernel.Localization;

namespace Admin.Modules.TopUps;

/// <summary>Simplified Chinese for the TopUps module.</summary>
internal sealed class TopUpsTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        // Module, permissions, review points, menu.
        ["Top-up and receipts"] = "充值收款",
        ["Top-up of customer accounts and cards and customer receipts at any outlet, by cash, bank card, transfer or cheque (credited on clearing), under the prepaid-card rules; cancel and reverse a receipt with review."] =
            "在任一网点为客户账户和卡充值、收取客户款项，支持现金、银行卡、转账或支票（到账后入账），遵守预付卡规定；收款撤单和冲销需复核。",
        ["Top up customer accounts and cards and take customer receipts, at any outlet"] = "在任一网点为客户账户和卡充值、收取客户款项",
        ["Cancel and reverse receipts (always reviewed)"] = "收款撤单和冲销（均需复核）",
        ["View top-up receipts"] = "查看充值收款单",
        ["A receipt is cancelled"] = "收款撤单",
        ["A receipt is reversed"] = "收款冲销",
        ["Top-up"] = "客户充值",
        ["Customer receipt"] = "客户收款",
        ["Top-up receipts"] = "充值收款单",
        ["Top-up receipt"] = "充值收款单",
        ["Top-up receipt voucher"] = "充值收款凭证",
        ["The customer {0} is closed: nothing is taken for a closed customer."] = "客户 {0} 已清户，不能再为其收款。",
        ["The card {0} is closed: nothing goes onto a closed card."] = "卡 {0} 已销卡，不能再充值。",
        ["Kind of top-up"] = "充值业务",
        ["Payer's reference"] = "付款凭证号",

        // Kinds, statuses, journal.
        ["CustomerTopUp"] = "客户充值",
        ["CustomerReceipt"] = "客户收款",
        ["CardTopUp"] = "单用户卡充值",
        ["InternalCardTopUp"] = "内部卡充值",
        ["Posted"] = "已入账",
        ["Reversed"] = "已冲销",
        ["Customer top-up"] = "客户充值",
        ["Card top-up"] = "单用户卡充值",
        ["Internal card top-up"] = "内部卡充值",
        ["Receipt cancelled"] = "收款撤单",
        ["Receive the money"] = "收款",
        ["Filters"] = "筛选",
        ["Receipt reversed"] = "收款冲销",

        // Review reasons and subjects.
        ["receipt {0}: {1} paid by {2} taken back out of the account and the till"] = "收款单 {0}：{2} 付款的 {1} 从账户和款箱中退回",
        ["the cancellation of receipt {0} ({1}, {2})"] = "收款单 {0} 的撤单（{1}，{2}）",
        ["the reversal of receipt {0} ({1}, {2})"] = "收款单 {0} 的冲销（{1}，{2}）",

        // Screens.
        ["or the card"] = "或刷卡",
        ["Bank reference"] = "银行流水号",
        ["Payer's name"] = "付款人姓名",
        ["Payer's ID number"] = "付款人证件号码",
        ["Paid by cheque: the cheque (the customer is credited when it clears)"] = "支票付款：支票信息（支票到账后入客户账户）",
        ["Cheque number"] = "支票号码",
        ["Drawer"] = "出票人",
        ["Cheque date"] = "出票日期",
        ["A customer or card of any outlet is served here; the money goes into your till. From the cash limit cash is refused; credit cards never."] =
            "可在本网点为任一网点的客户或卡办理，款项进入您的款箱。达到现金限额不收现金；不收信用卡。",
        ["Customer of outlet {0}"] = "网点 {0} 的客户",
        ["account at outlet {0}"] = "账户属网点 {0}",
        ["No receipts match. Take one with Top-up or Customer receipt."] = "没有符合条件的收款单。可通过客户充值或客户收款办理。",
        ["Taken"] = "收款",
        ["ledger entry"] = "记账凭证",
        ["Reason"] = "原因",
        ["Cancel the receipt"] = "收款撤单",
        ["Reverse the receipt"] = "收款冲销",
        ["Always reviewed by a colleague; the money goes back out of the account and the till."] = "均需同级复核；款项从账户和款箱中退回。",
        ["Money received: receipt {0}."] = "已收款：收款单 {0}。",
        ["Cheque received: {0}. The customer is credited when it clears."] = "已收支票：{0}。支票到账后入客户账户。",
        ["Receipt {0} cancelled."] = "收款单 {0} 已撤单。",
        ["Receipt {0} reversed."] = "收款单 {0} 已冲销。",

        // Messages.
        ["Money is taken at an outlet, into the operator's own till."] = "款项只能在网点收入操作员本人的款箱。",
        ["Enter the customer's code or present the card."] = "请输入客户代码或刷卡。",
        ["Enter the customer's code or the card, not both."] = "请输入客户代码或卡号，不能同时输入。",
        ["There is no such customer in the network."] = "网络中没有该客户。",
        ["The customer {0} is not active."] = "客户 {0} 不是正常状态。",
        ["There is no such card in the network."] = "网络中没有该卡。",
        ["The card {0} is {1}: only a card in use is topped up."] = "卡 {0} 状态为 {1}：只能为正常使用的卡充值。",
        ["The card {0} is a secondary card: money reaches it by pre-allocation from the customer account."] = "卡 {0} 是副卡：请从客户账户预分配。",
        ["The card {0} is not a primary card: receipts by card take the customer's primary card."] = "卡 {0} 不是主卡：按卡收款请刷客户的主卡。",
        ["Enter the amount."] = "请输入金额。",
        ["The amount must be above zero."] = "金额必须大于零。",
        ["At most {0} in one receipt."] = "每笔收款最多 {0}。",
        ["Prepaid cards may not be paid for with a credit card."] = "预付卡不得使用信用卡付款。",
        ["A payment of {0} may not be made in cash (the limit is below {1}): pay by bank transfer."] = "{0} 的付款不得使用现金（限额低于 {1}）：请通过银行转账。",
        ["The card {0} would hold {1}, above its product's cap of {2}."] = "卡 {0} 余额将为 {1}，超过该卡产品的上限 {2}。",
        ["From {0} at once, the payer's real name is recorded."] = "一次达到 {0} 时须登记付款人实名。",
        ["From {0} at once, the payer's ID number is recorded."] = "一次达到 {0} 时须登记付款人证件号码。",
        ["At most {0} characters."] = "最多 {0} 个字符。",
        ["A cheque credits the customer account when it clears: take it as a receipt for the customer, then pre-allocate."] = "支票到账后才入客户账户：请作为客户收款办理，再预分配到卡。",
        ["A cheque is received at the customer's own outlet, which follows its clearing."] = "支票须在客户所属网点收取，由该网点跟踪到账。",
        ["Enter the cheque's number, bank, drawer and date."] = "请输入支票号码、银行、出票人和日期。",
        ["There is no such receipt."] = "没有该收款单。",
        ["The receipt {0} is {1}: a receipt is corrected once."] = "收款单 {0} 状态为 {1}：一张收款单只能更正一次。",
        ["The shift of receipt {0} is closed: it can no longer be cancelled, only reversed."] = "收款单 {0} 所在的班次已班结：不能再撤单，只能冲销。",
        ["The receipt {0} is of {1}: only a receipt of today is cancelled; reverse it instead."] = "收款单 {0} 是 {1} 的：只能撤销当天的收款单，请改为冲销。",
        ["Only {1} of the {2} of receipt {0} is still where it went; the rest is now on {3}: bring it back first."] = "收款单 {0} 的 {2} 中只有 {1} 仍在原账户；其余现在在 {3}：请先转回。",
        ["Entry {0} is a {1}, not a top-up or receipt: it is corrected by its own task (a cheque by bouncing, a fee by its refund)."] = "凭证 {0} 是 {1}，不是充值或收款：须由其本身的业务更正（支票通过退票，费用通过退款）。",
        ["Entry {0} is itself the correction of receipt {1}."] = "凭证 {0} 本身是收款单 {1} 的更正。",
        ["The status is Posted, Cancelled or Reversed."] = "状态为 Posted、Cancelled 或 Reversed。",
    };
}
