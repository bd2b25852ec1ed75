using Admin.Kernel.Localization;

namespace Admin.Modules.Counter;

/// <summary>Simplified Chinese for the Counter module.</summary>
internal sealed class CounterTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        // Module, permissions, menu, review point.
        ["Counter"] = "柜面业务",
        ["Customers, the fee schedule, payment methods and fee collection at the counter, with same-level review of overridden fees."] = "客户、服务费信息、收款方式及柜面收费；实收金额与标准不符时须同级复核授权。",
        ["View, search and export customers"] = "查看、查询和导出客户",
        ["Create and change customers"] = "新增和修改客户",
        ["View the fee schedule and payment methods"] = "查看服务费信息和收款方式",
        ["Maintain the fee schedule and payment methods (head office)"] = "维护服务费信息和收款方式（省中心）",
        ["Collect fees at the counter"] = "柜面收费",
        ["View fee collections and receipts"] = "查看收费记录和收据",
        ["Collect fees"] = "柜面收费",
        ["Fee collections"] = "收费记录",
        ["Customers"] = "客户",
        ["Fee schedule"] = "服务费信息维护",
        ["Payment methods"] = "收款方式维护",
        ["A collected fee differs from the fee schedule (reduced, waived or more)"] = "实收费用与服务费标准不符（减收、免收或多收）",
        ["collected {0}, schedule {1}: {2}"] = "实收 {0}，标准 {1}：{2}",

        // Errors.
        ["There is no such customer."] = "没有该客户。",
        ["Choose Individual or Company."] = "请选择个人或单位。",
        ["Enter the customer's name."] = "请输入客户名称。",
        ["At most {0} characters."] = "最多 {0} 个字符。",
        ["Choose the ID document type."] = "请选择证件类型。",
        ["Enter the ID document number."] = "请输入证件号码。",
        ["A resident ID number has 18 characters."] = "居民身份证号码应为 18 位。",
        ["A resident ID number is 17 digits followed by a digit or X."] = "居民身份证号码应为 17 位数字加 1 位数字或 X。",
        ["Characters 7 to 14 of a resident ID number are the birth date (yyyyMMdd); this one is not a date."] = "居民身份证号码第 7 至 14 位是出生日期（yyyyMMdd），此号码中不是有效日期。",
        ["The last character of this resident ID number should be {0}: check the number for a typing error."] = "此居民身份证号码的校验位（最后一位）应为 {0}，请检查号码是否输错。",
        ["A phone number holds digits, spaces, + and - only."] = "电话号码只能包含数字、空格、+ 和 -。",
        ["There is no outlet {0}."] = "网点 {0} 不存在。",
        ["Choose the customer's outlet of record."] = "请选择客户的归属网点。",
        ["You may register customers of your own outlet only."] = "只能登记本网点的客户。",
        ["The status is Active, Suspended or Closed."] = "状态应为 Active（正常）、Suspended（暂停）或 Closed（注销）。",
        ["Customer {0} is not active."] = "客户 {0} 不是正常状态。",
        ["Give the reason for the balance change."] = "请填写余额变动原因。",
        ["A balance change is a non-zero amount with at most two decimals."] = "余额变动金额不能为零，且最多两位小数。",
        ["The amount cannot be negative."] = "金额不能为负数。",
        ["Amounts have at most two decimals (fen)."] = "金额最多两位小数（精确到分）。",
        ["The amount is too large."] = "金额过大。",
        ["Enter the amount."] = "请输入金额。",
        ["Enter an amount such as 20.00."] = "请输入金额，例如 20.00。",
        ["A fee code is 1 to 20 letters, digits, - or _."] = "费用代码为 1 至 20 位字母、数字、- 或 _。",
        ["The fee code {0} is already used."] = "费用代码 {0} 已被使用。",
        ["Enter the fee's name in English and in Chinese."] = "请输入费用的英文和中文名称。",
        ["There is no fee item {0}."] = "没有费用项目 {0}。",
        ["Enter the date from which the amount applies as yyyy-MM-dd."] = "请按 yyyy-MM-dd 格式输入生效日期。",
        ["A new amount applies from today or later; past collections keep the amount they were made with."] = "新标准只能从今天或以后生效；已收费用保持当时的标准。",
        ["Only head office maintains the fee schedule and payment methods."] = "只有省中心可以维护服务费信息和收款方式。",
        ["There is no payment method {0}."] = "没有收款方式 {0}。",
        ["There is no such fee collection."] = "没有该收费记录。",
        ["Choose the customer."] = "请选择客户。",
        ["Add at least one fee item."] = "请至少添加一个费用项目。",
        ["At most {0} fee items in one collection."] = "一次收费最多 {0} 个费用项目。",
        ["There is no fee item {0} in the schedule today."] = "今天的服务费标准中没有费用项目 {0}。",
        ["Choose the fee item."] = "请选择费用项目。",
        ["The fee item {0} is listed twice; enter the quantity once."] = "费用项目 {0} 重复，请合并填写数量。",
        ["The quantity is a whole number from 1 to 999."] = "数量应为 1 至 999 的整数。",
        ["Choose how the customer pays."] = "请选择收款方式。",
        ["The payment method {0} is not accepted."] = "收款方式 {0} 已停用。",
        ["Fees are collected at an outlet's counter; sign in at the outlet."] = "收费须在网点柜面办理，请以网点操作员身份登录。",
    };
}
