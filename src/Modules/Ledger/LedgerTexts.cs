using Admin.Kernel.Localization;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.Ledger;

/// <summary>Simplified Chinese for the Ledger module.</summary>
internal sealed class LedgerTexts : ITextProvider
{
    /// <summary>The English name of an account kind (translated through these texts).</summary>
    public static string KindName(AccountKind kind) => kind switch
    {
        AccountKind.Customer => "Customer account",
        AccountKind.Card => "Card account",
        AccountKind.Purse => "Card purse",
        AccountKind.Deposit => "Deposit held",
        AccountKind.Till => "Operator till",
        AccountKind.ChequesInClearing => "Cheques in clearing",
        AccountKind.FeeIncome => "Fee income",
        AccountKind.RefundsPayable => "Refunds payable",
        AccountKind.HeadOfficeSettlement => "Head-office settlement",
        AccountKind.Suspense => "Suspense",
        AccountKind.SalesClearing => "Sales clearing",
        AccountKind.Receivable => "Receivable",
        AccountKind.OverShort => "Cash over and short",
        AccountKind.CustomerDeposit => "Deposit held for a customer",
        AccountKind.PurseInTransit => "Purse transfer in transit",
        AccountKind.Handover => "Held for handover",
        _ => kind.ToString(),
    };

    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        // Module, permission, menu.
        ["Ledger"] = "总账",
        ["The double-entry ledger: accounts, balanced entries that are never changed, verification and the trial balance."] = "复式记账总账：账户、借贷平衡且不可更改的分录、核验与试算平衡。",
        ["Read the ledger: accounts, lines, trial balance and verification"] = "查看总账：账户、分录明细、试算平衡与核验",

        // Kinds and sides.
        ["Customer account"] = "客户账户",
        ["Card account"] = "卡账户",
        ["Card purse"] = "电子钱包",
        ["Deposit held"] = "押金",
        ["Operator till"] = "操作员款项",
        ["Cheques in clearing"] = "在途支票",
        ["Fee income"] = "手续费收入",
        ["Refunds payable"] = "应付退款",
        ["Head-office settlement"] = "上缴往来",
        ["Suspense"] = "待查款项",
        ["Sales clearing"] = "销售清算",
        ["Receivable"] = "应收款",
        ["Cash over and short"] = "长短款",
        ["Deposit held for a customer"] = "客户押金（未发卡）",
        ["Purse transfer in transit"] = "圈存圈提在途",
        ["Held for handover"] = "待缴款项",
        ["Debit"] = "借方",
        ["Credit"] = "贷方",
        ["BankCard"] = "银行卡",
        ["Transfer"] = "转账",
        ["never below zero"] = "不得为负",

        // Screens.
        ["Verify the ledger"] = "核验总账",
        ["Accounts"] = "账户",
        ["The ledger is intact: every balance equals its lines, every entry balances, no account that must not is below zero."] = "总账完整：每个余额均等于其明细合计，每笔分录借贷平衡，不得为负的账户均未为负。",
        ["The ledger has findings ({0}): look at them before anything else."] = "总账核验发现 {0} 个问题，请首先处理。",
        ["Verified at {0} (local time): {1} accounts, {2} entries, {3} lines."] = "核验时间 {0}（当地时间）：{1} 个账户，{2} 笔分录，{3} 条明细。",
        ["Trial balance"] = "试算平衡表",
        ["Per kind of account: the debits and credits of its lines, their net (debit positive) and the sum of its accounts' balances on their own side. As of {0} (local time)."] = "按账户类别：明细的借方与贷方合计、净额（借方为正）以及各账户按其余额方向的余额合计。截至 {0}（当地时间）。",
        ["Account kind"] = "账户类别",
        ["Side"] = "余额方向",
        ["Debits"] = "借方合计",
        ["Credits"] = "贷方合计",
        ["Net"] = "净额",
        ["Balanced"] = "借贷平衡",
        ["Not balanced"] = "借贷不平衡",
        ["Ledger accounts"] = "总账账户",
        ["Owner (id)"] = "所属对象（ID）",
        ["Account owner"] = "所属对象",
        ["No account matches these filters. Accounts appear when a task first posts to them."] = "没有符合条件的账户。账户在业务首次记账时建立。",
        ["Ledger account"] = "总账账户明细",
        ["Opened"] = "开立时间",
        ["Lines"] = "明细",
        ["No lines on this page."] = "本页没有明细。",
        ["Time (local)"] = "时间（当地）",
        ["Entry"] = "分录",
        ["Memo"] = "摘要",
        ["corrects #{0}"] = "更正 #{0}",

        // Verification findings.
        ["Account {0} ({1}): cached balance {2}, its lines give {3}."] = "账户 {0}（{1}）：记录的余额为 {2}，按明细计算为 {3}。",
        ["Entry {0} does not balance: its lines sum to {1}."] = "分录 {0} 借贷不平衡：明细合计为 {1}。",
        ["Entry {0} has fewer than two lines."] = "分录 {0} 的明细少于两条。",
        ["Account {0} ({1}) is below zero: {2}."] = "账户 {0}（{1}）余额为负：{2}。",
        ["Account {0} ({1}) is marked as allowed below zero, which its kind never is."] = "账户 {0}（{1}）被标记为允许为负，但该类别账户不得为负。",

        // Messages.
        ["Name the task (type and id, at most 64 characters each) the entry belongs to."] = "请注明分录所属的业务（类型和编号，各不超过64个字符）。",
        ["The memo is 1 to 200 characters."] = "摘要为1至200个字符。",
        ["The reference is at most {0} characters."] = "单据号最多{0}个字符。",
        ["Name the outlet where the entry happens."] = "请注明发生该分录的网点。",
        ["An entry has 2 to {0} lines."] = "一笔分录有2至{0}条明细。",
        ["Line {0}: the amount is zero."] = "第 {0} 行：金额为零。",
        ["Line {0}: an amount has at most two decimals and at most {1}."] = "第 {0} 行：金额最多两位小数，且不超过 {1}。",
        ["The lines do not balance: debits {0}, credits {1}."] = "明细借贷不平衡：借方 {0}，贷方 {1}。",
        ["Line {0}: a {1} account needs its owner."] = "第 {0} 行：{1} 账户须注明所属对象。",
        ["Line {0}: a {1} account belongs to the outlet and has no owner."] = "第 {0} 行：{1} 账户属于网点，没有所属对象。",
        ["Line {0}: a till is kept per payment method ({1})."] = "第 {0} 行：操作员款项按收款方式分户（{1}）。",
        ["Line {0}: only tills are kept per payment method."] = "第 {0} 行：只有操作员款项按收款方式分户。",
        ["Line {0}: name the outlet the account belongs to."] = "第 {0} 行：请注明账户所属网点。",
        ["There is no such kind of account."] = "没有该账户类别。",
        ["The owner is an id such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301."] = "所属对象为形如 3f2504e0-4f89-11d3-9a0c-0305e82c3301 的编号。",
        ["There is no outlet with this code."] = "没有该代码的网点。",
        ["There is no ledger entry {0}."] = "没有编号为 {0} 的分录。",
        ["There is no such ledger account."] = "没有该总账账户。",
        ["The day {0} is closed at outlet {1}: no task is dated in it any more."] = "网点 {1} 的 {0} 已日结：不能再办理日期为该日的业务。",
        ["The {0} account of {1} cannot go below zero: its balance is {2} and this entry takes {3}."] = "{1} 的 {0} 账户不得为负：余额为 {2}，本笔分录需扣减 {3}。",
    };
}
