using Admin.Kernel.Audit;

namespace Admin.Modules.InvoiceTitles;

/// <summary>The audit actions this module records, named in both languages (the audit trail shows the name, not the code).</summary>
internal sealed class InvoiceTitlesAuditActions : ModuleAuditActions
{
    protected override string? Module => InvoiceTitlesModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Title.Create", "Invoice title created", "新建发票抬头"),
        ("Title.FromTemplate", "Invoice title created from a template", "按模板新建发票抬头"),
        ("Title.Update", "Invoice title changed", "修改发票抬头"),
        ("Title.Detach", "Invoice title detached from its template", "发票抬头脱离模板"),
        ("Title.FollowTemplate", "Invoice title follows its template", "发票抬头随模板更新"),
        ("Title.Archive", "Invoice title archived", "归档发票抬头"),
        ("Title.Delete", "Invoice title deleted", "删除发票抬头"),
        ("Title.MakeDefault", "Default invoice title set", "设为默认发票抬头"),
        ("Title.Undefault", "Default invoice title unset", "取消默认发票抬头"),
        ("Template.Create", "Invoice title template created", "新建发票抬头模板"),
        ("Template.Update", "Invoice title template changed", "修改发票抬头模板"),
        ("Template.Import", "Invoice title template imported", "导入发票抬头模板"),
        ("Template.Retire", "Invoice title template retired", "停用发票抬头模板"),
        ("Template.Reactivate", "Invoice title template reactivated", "重新启用发票抬头模板"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("InvoiceTitle", "发票抬头"),
        ("InvoiceTitleTemplate", "发票抬头模板"),
        ("Its template was corrected", "所依模板已更正"),
        ("Imported from a CSV file", "从 CSV 文件导入"),
    ];
}
