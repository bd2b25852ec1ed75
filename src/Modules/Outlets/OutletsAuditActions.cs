using Admin.Kernel.Audit;

namespace Admin.Modules.Outlets;

/// <summary>The audit actions this module records, named in both languages (the audit trail shows the name, not the code).</summary>
internal sealed class OutletsAuditActions : ModuleAuditActions
{
    protected override string? Module => OutletsModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Outlet.Create", "Outlet created", "新建网点"),
        ("Outlet.Import", "Outlet imported", "导入网点"),
        ("Outlet.Update", "Outlet changed", "修改网点"),
        ("Outlet.Suspend", "Outlet suspended", "暂停网点"),
        ("Outlet.Reopen", "Outlet reopened", "恢复网点"),
        ("Outlet.Close", "Outlet closed", "撤销网点"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("Outlet", "网点"),
    ];
}
