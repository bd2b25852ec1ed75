using Admin.Kernel.Localization;

namespace Admin.Modules.Allocations;

/// <summary>Simplified Chinese for the Allocations module.</summary>
internal sealed class AllocationsTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        // Module, permissions, settings, menu.
        ["Allocations"] = "预分配与圈存圈提",
        ["Pre-allocation from the customer account to the customer's cards, several in one task, with reusable templates; load and unload between the card account and the chip purse in two phases."] =
            "从客户账户向客户名下的卡预分配（一次多张卡，可用预分模板）；卡账户与芯片电子钱包之间分两步圈存、圈提。",
        ["Pre-allocate from a customer account to the customer's cards"] = "从客户账户向客户的卡预分配",
        ["Keep customers' pre-allocation templates"] = "维护客户预分模板",
        ["Load and unload card purses at the card reader"] = "在读卡器上圈存、圈提",
        ["View pre-allocations, loads, unloads and templates"] = "查看预分配、圈存、圈提和预分模板",
        ["Seconds a load or unload may wait for the card reader before it is voided"] = "圈存或圈提等待读卡器的秒数，超时即作废",
        ["Purse transfer timeout (seconds)"] = "圈存圈提超时（秒）",
        ["Pre-allocate"] = "预分配",
        ["Pre-allocation templates"] = "客户预分模板",
        ["Load and unload"] = "圈存圈提",

        // Messages.
        ["Money is moved onto cards at an outlet's counter."] = "只能在网点柜台把资金转入卡中。",
        ["Enter the customer's code or present the primary card."] = "请输入客户编号或出示主卡。",
        ["There is no such customer."] = "没有该客户。",
        ["The customer {0} is not active."] = "客户 {0} 不是正常状态。",
        ["There is no such primary card."] = "没有该主卡。",
        ["The primary card belongs to another customer."] = "该主卡属于其他客户。",
        ["Enter at least one card and its amount."] = "请至少输入一张卡及其金额。",
        ["At most {0} cards in one task."] = "一次最多 {0} 张卡。",
        ["Enter the card number or present the card."] = "请输入卡号或出示卡片。",
        ["There is no such card."] = "没有该卡。",
        ["The card {0} is listed twice."] = "卡 {0} 重复输入。",
        ["The card {0} is not a card of customer {1}."] = "卡 {0} 不是客户 {1} 的卡。",
        ["The card {0} is a primary card: pre-allocate to the secondary cards (or the single-user card)."] = "卡 {0} 是主卡：请预分配到副卡（或单用户卡）。",
        ["The card {0} is {1}: money goes only onto a card in use."] = "卡 {0} 的状态为 {1}：资金只能转入正常使用的卡。",
        ["Enter the amount."] = "请输入金额。",
        ["The amount is more than 0.00, with at most two decimals."] = "金额须大于 0.00，最多两位小数。",
        ["At most {0} at once."] = "一次最多 {0}。",
        ["The card {0} holds {1}: {2} more would take it above its cap of {3}."] = "卡 {0} 现有 {1}：再转入 {2} 将超过其上限 {3}。",
        ["There is no such pre-allocation template."] = "没有该预分模板。",
        ["Apply a template or list the cards, not both."] = "请使用模板或逐卡输入，不能同时进行。",
        ["A template of shares needs the total to split."] = "按比例分配的模板需要输入总金额。",
        ["The template's amounts add up to {0}; leave the total empty or apply another template."] = "模板金额合计为 {0}；请不填总金额或使用其他模板。",
        ["Enter the template's name."] = "请输入模板名称。",
        ["At most {0} characters."] = "最多 {0} 个字符。",
        ["The customer already has a template called {0}."] = "该客户已有名为 {0} 的模板。",
        ["The mode is Amount or Share."] = "分配方式为 Amount（按金额）或 Share（按比例）。",
        ["The share is more than 0, with at most two decimals."] = "比例须大于 0，最多两位小数。",
        ["There is no such pre-allocation."] = "没有该预分配记录。",
        ["There is no such load or unload."] = "没有该圈存或圈提记录。",
        ["The card {0} has a load or unload waiting for the reader: complete or void it first."] = "卡 {0} 有一笔圈存或圈提正在等待读卡器：请先完成或作废。",
        ["It is already {0}."] = "该业务已是 {0} 状态。",
        ["It was voided: the reader did not answer within {0} seconds."] = "已作废：读卡器未在 {0} 秒内应答。",
        ["Pending"] = "待写卡",
        ["Completed"] = "已完成",
        ["Voided"] = "已作废",
    };
}
