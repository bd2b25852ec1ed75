using Admin.Kernel.Localization;

namespace Admin.Modules.Dictionaries;

/// <summary>Simplified Chinese for the Dictionaries module.</summary>
internal sealed class DictionariesTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        // Module, permissions, menu.
        ["Dictionaries"] = "字典数据",
        ["Code tables kept by head office with names in English and Chinese: ID document types, cheque bounce reasons, oil products, refund reasons (字典数据)."] = "字典数据：省中心维护的代码表（中英文名称），包括证件类型、支票退票原因、油品、退款原因。",
        ["View the code tables (dictionary data)"] = "查看代码表（字典数据）",
        ["Add dictionary entries, change their names, deactivate and reactivate them"] = "新增字典项、修改名称、停用和启用字典项",
        ["Dictionary data"] = "字典数据",

        // Screens.
        ["Accounting"] = "帐务管理",
        ["Head office keeps these code tables; the forms of the console offer their active entries, in the reader's language."] = "代码表由省中心维护；系统各表单按使用者的语言列出其中启用的字典项。",
        ["Table"] = "代码表",
        ["Codes"] = "代码",
        ["Entry count"] = "字典项数",
        ["Active"] = "正常",
        ["Deactivated"] = "已停用",
        ["Fixed by the console"] = "系统固定",
        ["Kept by head office"] = "省中心维护",
        ["New entry"] = "新增字典项",
        ["Edit entry"] = "修改字典项",
        ["This table has no entries yet. Add the first one with New entry."] = "此代码表还没有字典项。点击“新增字典项”添加第一项。",
        ["Code"] = "代码",
        ["Name (English)"] = "英文名称",
        ["Name (Chinese)"] = "中文名称",
        ["Order"] = "顺序",
        ["Status"] = "状态",
        ["Actions"] = "操作",
        ["in use"] = "已使用",
        ["Edit"] = "修改",
        ["Deactivate"] = "停用",
        ["Reactivate"] = "恢复使用",
        ["Save"] = "保存",
        ["Cancel"] = "取消",
        ["In use by records: the code can no longer change."] = "已有记录使用：代码不能再修改。",
        ["Entry {0} added."] = "字典项 {0} 已新增。",
        ["Entry {0} saved."] = "字典项 {0} 已保存。",
        ["Entry {0} reactivated."] = "字典项 {0} 已恢复使用。",
        ["Entry {0} deactivated."] = "字典项 {0} 已停用。",

        // Messages.
        ["There is no such code table."] = "没有这个代码表。",
        ["The codes of this table are fixed by the console; only their names and whether they are offered can change."] = "此代码表的代码由系统固定，只能修改名称以及是否启用。",
        ["There is no such dictionary entry."] = "没有这个字典项。",
        ["Enter the code."] = "请输入代码。",
        ["A code holds letters, digits, - and _ only."] = "代码只能包含字母、数字、- 和 _。",
        ["This table already has the code {0}."] = "此代码表已有代码 {0}。",
        ["The code {0} is in use by records and can no longer change."] = "代码 {0} 已被记录使用，不能再修改。",
        ["Enter the name."] = "请输入名称。",
        ["At most {0} characters."] = "最多 {0} 个字符。",
        ["Remove the control characters (tabs, line breaks) from this field."] = "请删除该字段中的控制字符（制表符、换行等）。",
        ["The order is a whole number from 0 to 9999."] = "顺序是 0 到 9999 之间的整数。",
        ["This entry is already active."] = "此字典项已是启用状态。",
        ["This entry is already deactivated."] = "此字典项已停用。",
        ["{0} is not an entry of this list; choose one of the list."] = "{0} 不在列表中，请从列表中选择。",
        ["{0} has been deactivated by head office; choose another entry."] = "{0} 已被省中心停用，请选择其他项。",
    };
}
