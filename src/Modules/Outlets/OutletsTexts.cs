using Admin.Kernel.Localization;

namespace Admin.Modules.Outlets;

/// <summary>Simplified Chinese for the Outlets module.</summary>
internal sealed class OutletsTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        ["Outlets"] = "网点",
        ["Issuing outlets: head office, branches and outlets with their 8-digit codes (发卡网点信息维护)."] = "发卡网点信息维护：省中心、分公司及网点（8 位网点号）。",
        ["View outlets"] = "查看网点",
        ["Create and change outlets, suspend, close and reopen them, import and export"] = "新增、修改、暂停、撤销、恢复网点，导入导出",
        ["An outlet code is exactly 8 digits."] = "网点号必须是 8 位数字。",
        ["The outlet code {0} is already used (codes are never reused)."] = "网点号 {0} 已被使用（网点号不可重复使用）。",
        ["Enter the outlet's name."] = "请输入网点名称。",
        ["Choose the parent: a branch belongs to head office, an outlet to a branch or head office."] = "请选择上级：分公司隶属省中心，网点隶属分公司或省中心。",
        ["There is no outlet {0} to be the parent."] = "上级网点 {0} 不存在。",
        ["A branch belongs to head office; an outlet belongs to a branch or head office."] = "分公司隶属省中心；网点隶属分公司或省中心。",
        ["There is already a head office."] = "省中心已存在。",
        ["Head office has no parent."] = "省中心没有上级。",
        ["Give the reason for the change."] = "请填写变更原因。",
        ["The outlet is already {0}."] = "网点已经是{0}状态。",
        ["Head office cannot be suspended or closed."] = "省中心不能暂停或撤销。",
        ["There is no outlet {0}."] = "网点 {0} 不存在。",
        ["A phone number holds digits, spaces, + and - only."] = "电话号码只能包含数字、空格、+ 和 -。",
        ["Choose the outlet type."] = "请选择网点类型。",
        ["At most {0} characters."] = "最多 {0} 个字符。",
        ["HeadOffice"] = "省中心",
        ["Branch"] = "分公司",
        ["Outlet"] = "网点",
        ["Active"] = "正常",
        ["Suspended"] = "暂停",
        ["Closed"] = "撤销",
    };
}
