using Admin.Kernel.Localization;

namespace Admin.Modules.Transfers;

/// <summary>Simplified Chinese for the Transfers module.</summary>
internal sealed class TransfersTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        ["Manual transfers"] = "手工转账",
        ["Manual transfer"] = "手工转账",
        ["Head office moves money between customer or card accounts with a reason, always reviewed by a second head-office operator; the transfer shows in both histories."] = "总部在客户账户或卡账户之间转移资金并注明原因，始终由另一名总部操作员复核；转账记录显示在双方的明细中。",
        ["Make manual transfers between customer and card accounts (head office, always reviewed)"] = "在客户账户与卡账户之间进行手工转账（总部，始终复核）",
        ["View manual transfers"] = "查看手工转账",
        ["Every manual transfer between accounts"] = "每一笔账户间手工转账",
        ["manual transfer of {0} from {1} to {2}: {3}"] = "手工转账 {0}，从 {1} 转至 {2}：{3}",
        ["the manual transfer of {0} from {1} to {2}"] = "从 {1} 转至 {2} 的手工转账 {0}",
        ["Manual transfers are made by head office."] = "手工转账由总部办理。",
        ["Give a customer code or a card number."] = "请输入客户号或卡号。",
        ["Give a customer code or a card number, not both."] = "请输入客户号或卡号，不能同时输入。",
        ["There is no such customer."] = "没有该客户。",
        ["There is no such card."] = "没有这张卡。",
        ["The customer {0} is closed."] = "客户 {0} 已清户。",
        ["The card {0} is {1}: it takes no transfer."] = "卡片 {0} 状态为 {1}，不能转入或转出。",
        ["The transfer must go to another account."] = "转入账户必须是另一个账户。",
        ["The amount must be more than zero."] = "金额必须大于零。",
        ["Give the reason for the transfer (a misdirected arrival, a court order…)."] = "请填写转账原因（误入账款、法院裁定等）。",
        ["The reason holds at most {0} characters."] = "原因最多 {0} 个字符。",
        ["The account {0} holds {1}: it cannot give {2}."] = "账户 {0} 余额为 {1}，不能转出 {2}。",
        ["There is no such manual transfer."] = "没有该手工转账。",
        ["Manual transfer {0} made: {1}."] = "手工转账 {0} 已完成：{1}。",
        ["From account"] = "转出账户",
        ["To account"] = "转入账户",
        ["Transfer number"] = "转账编号",
        ["or card number"] = "或卡号",
        ["Transfer"] = "转账",
        ["Next transfer"] = "下一笔转账",
        ["No manual transfer yet. Head office makes one with Manual transfer."] = "尚无手工转账。总部可通过“手工转账”办理。",
        ["Head office moves money between customer or card accounts (a misdirected arrival, a court order); a second head-office operator always authorises it. Both accounts' histories show the transfer with its reason."] = "总部在客户账户或卡账户之间转移资金（误入账款、法院裁定等），始终由另一名总部操作员授权。双方账户的明细都会显示该转账及其原因。",
        ["Manual transfer made"] = "手工转账",
    };
}
