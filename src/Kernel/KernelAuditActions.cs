using Admin.Kernel.Audit;

namespace Admin.Kernel;

/// <summary>The audit actions this module records, named in both languages (the audit trail shows the name, not the code).</summary>
internal sealed class KernelAuditActions : ModuleAuditActions
{
    protected override string? Module => null;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Module.Enable", "Module enabled", "启用模块"),
        ("Module.Disable", "Module disabled", "停用模块"),
        ("Setting.Change", "Setting changed", "修改系统设置"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("ModuleState", "模块"),
        ("Setting", "参数"),
    ];
}
