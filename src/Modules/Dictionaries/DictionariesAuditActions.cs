using Admin.Kernel.Audit;

namespace Admin.Modules.Dictionaries;

/// <summary>The audit actions this module records, named in both languages.</summary>
internal sealed class DictionariesAuditActions : ModuleAuditActions
{
    protected override string? Module => DictionariesModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Entry.Create", "Dictionary entry added", "新增字典项"),
        ("Entry.Update", "Dictionary entry changed", "修改字典项"),
        ("Entry.Deactivate", "Dictionary entry deactivated", "停用字典项"),
        ("Entry.Reactivate", "Dictionary entry reactivated", "启用字典项"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("DictionaryEntry", "字典项"),
    ];
}
