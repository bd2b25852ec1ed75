using Admin.Kernel.Localization;

namespace Admin.Modules.BatchTopUps;

/// <summary>Simplified Chinese for the BatchTopUps module.</summary>
internal sealed class BatchTopUpsTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        // Module, permissions, settings, review point, menu.
        ["Batch top-ups"] = "批量充值",
        ["Batch top-up lists: a company customer's cards and amounts, entered or uploaded as CSV, submitted by one operator, reviewed by another and executed once from the customer's account onto the cards; withdrawn or voided before that."] =
            "批量充值清单：单位客户的卡号和金额，录入或以 CSV 上传，由一名操作员提交、另一名操作员复核，从客户账户一次性充入各卡；复核前可取回或作废。",
        ["Enter, submit, withdraw and void batch top-up lists"] = "录入、提交、取回和作废批量充值清单",
        ["Review batch top-up lists, which executes them"] = "复核批量充值清单（复核即执行）",
        ["View batch top-up lists"] = "查看批量充值清单",
        ["Batch job threshold"] = "批量作业阈值",
        ["Lists with at least this many lines are executed by a background job with progress"] = "行数达到此值的清单由后台作业执行并显示进度",
        ["Most lines per list"] = "每份清单最多行数",
        ["The most lines a batch top-up list may have"] = "一份批量充值清单最多可有的行数",
        ["A batch top-up list is executed"] = "执行批量充值清单",
        ["New batch top-up list"] = "新建批量充值清单",
        ["Batch top-up lists"] = "批量充值清单",
        ["Batch top-up list"] = "批量充值清单",

        // Review reason and subject.
        ["list {0} of {1} ({2}): {3} cards, {4} in total; content hash {5}"] = "{1}（{2}）的清单 {0}：{3} 张卡，合计 {4}；内容哈希 {5}",
        ["the execution of batch top-up list {0}: {1} cards, {2} from the account of {3}"] = "执行批量充值清单 {0}：{1} 张卡，从 {3} 的客户账户转出 {2}",

        // Statuses.
        ["Submitted"] = "已提交",
        ["Withdrawn by the maker"] = "已取回",
        ["Voided"] = "已作废",
        ["Executing"] = "执行中",
        ["Executed"] = "已执行",
        ["Scheduled"] = "已排队",
        ["Running"] = "运行中",
        ["Succeeded"] = "已完成",
        ["Failed"] = "失败",
        ["The list is {0}: only a list whose job failed is run again."] = "清单状态为 {0}：只有执行任务失败的清单才能重新执行。",
        ["Run again"] = "重新执行",
        ["Batch top-up list {0} is running again: only the lines not yet posted are posted."] = "批量充值清单 {0} 已重新执行：只入账尚未入账的明细。",
        ["Run the lines not yet posted again (the reason is shown above)"] = "重新执行尚未入账的明细（失败原因见上）",

        // Screens.
        ["No list matches these filters."] = "没有符合筛选条件的清单。",
        ["No batch top-up list has been submitted yet: enter a company's cards and amounts, or upload them as CSV."] = "还没有提交过批量充值清单：请录入单位客户的卡号和金额，或以 CSV 上传。",
        ["List"] = "清单",
        ["Submitted at"] = "提交时间",
        ["Line count"] = "行数",
        ["Submitted by"] = "提交人",
        ["Reviewed by"] = "复核人",
        ["Company customer code"] = "单位客户编号",
        ["Note"] = "备注",
        ["Cards and amounts, one per line: card number, amount"] = "卡号和金额，每行一条：卡号,金额",
        ["For example 8800000000000001,500.00. A first line such as card,amount is a header and skipped. The list is checked whole: nothing is saved while a line is wrong."] =
            "例如 8800000000000001,500.00。首行如为 card,amount 之类的表头则跳过。清单整体校验：只要有一行有误就不保存。",
        ["Or upload a CSV file"] = "或上传 CSV 文件",
        ["Submit for review"] = "提交复核",
        ["The file is larger than {0} MB."] = "文件大于 {0} MB。",
        ["Withdraw"] = "取回",
        ["Print the list"] = "打印清单",
        ["Void"] = "作废",
        ["Content hash (SHA-256)"] = "内容哈希（SHA-256）",
        ["Reviewed"] = "已复核",
        ["Last refusal"] = "最近一次拒绝",
        ["Execution job"] = "执行作业",
        ["A colleague of this outlet reviews the list; the review executes it, every line or none, from the customer's account onto the cards."] =
            "由本网点另一名操作员复核；复核即执行：从客户账户充入各卡，全部成功或全部不执行。",
        ["Review and execute"] = "复核并执行",
        ["Line"] = "行",

        // Notices.
        ["Batch top-up list {0} submitted: {1} lines, content hash {2}."] = "批量充值清单 {0} 已提交：{1} 行，内容哈希 {2}。",
        ["Batch top-up list {0} reviewed: it is being executed; the progress is shown below."] = "批量充值清单 {0} 已复核，正在执行；进度见下方。",
        ["Batch top-up list {0} executed: {1} lines."] = "批量充值清单 {0} 已执行：{1} 行。",
        ["Batch top-up list {0} withdrawn."] = "批量充值清单 {0} 已取回。",
        ["Batch top-up list {0} voided."] = "批量充值清单 {0} 已作废。",

        // Messages.
        ["Batch top-up lists are made at an outlet; sign in at the outlet."] = "批量充值清单在网点办理，请在网点登录。",
        ["Choose the company customer."] = "请选择单位客户。",
        ["There is no such customer."] = "没有该客户。",
        ["The customer {0} is not a company: batch lists are for company customers."] = "客户 {0} 不是单位客户：批量充值清单仅适用于单位客户。",
        ["The customer {0} is not active."] = "客户 {0} 不是正常状态。",
        ["Enter at least one card and amount."] = "请至少输入一张卡和金额。",
        ["A list has at most {0} lines."] = "一份清单最多 {0} 行。",
        ["The CSV text cannot be read at line {0} (a quote is not closed)."] = "CSV 内容第 {0} 行无法读取（引号未闭合）。",
        ["Line {0}: a line has a card number and an amount, separated by a comma."] = "第 {0} 行：每行应为卡号和金额，用逗号分隔。",
        ["Line {0}: enter the card number."] = "第 {0} 行：请输入卡号。",
        ["Line {0}: there is no card {1}."] = "第 {0} 行：没有卡 {1}。",
        ["Line {0}: the card {1} is not the customer's."] = "第 {0} 行：卡 {1} 不属于该客户。",
        ["Line {0}: the card {1} is {2}, not in use."] = "第 {0} 行：卡 {1} 状态为 {2}，不在使用中。",
        ["Line {0}: the amount is more than zero, with at most two decimals."] = "第 {0} 行：金额须大于零，最多两位小数。",
        ["Line {0}: the amount is too large."] = "第 {0} 行：金额过大。",
        ["Line {0}: the card {1} is already on line {2}."] = "第 {0} 行：卡 {1} 已在第 {2} 行。",
        ["Line {0}: the card {1} would hold {2}, above its product's cap of {3}."] = "第 {0} 行：卡 {1} 充值后余额为 {2}，超过该卡产品的上限 {3}。",
        ["At most {0} characters."] = "最多 {0} 个字符。",
        ["There is no such batch top-up list."] = "没有该批量充值清单。",
        ["The list is {0}: only a submitted list can be withdrawn."] = "清单状态为 {0}：只有已提交的清单可以取回。",
        ["Only the operator who submitted the list can withdraw it."] = "只有提交清单的操作员可以取回。",
        ["The list is {0}: only a submitted or withdrawn list can be voided."] = "清单状态为 {0}：只有已提交或已取回的清单可以作废。",
        ["The list is {0}: only a submitted list can be reviewed."] = "清单状态为 {0}：只有已提交的清单可以复核。",
        ["The operator who submitted the list cannot review it."] = "提交清单的操作员不能复核该清单。",
        ["The list's lines were changed after submission (content hash {0}, now {1}): it cannot be executed. Void it."] =
            "清单提交后其明细被改动（内容哈希 {0}，现为 {1}）：不能执行，请作废。",
        ["Line {0}: the card {1} is {2} now, not in use: the list cannot be executed."] = "第 {0} 行：卡 {1} 现为 {2} 状态，不在使用中：清单不能执行。",
        ["The status is one of Submitted, Withdrawn, Voided, Executing, Executed, Failed."] = "状态须为 Submitted、Withdrawn、Voided、Executing、Executed、Failed 之一。",
    };
}
