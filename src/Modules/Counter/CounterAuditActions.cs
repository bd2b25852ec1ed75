using Admin.Kernel.Audit;

namespace Admin.Modules.Counter;

/// <summary>The audit actions this module records, named in both languages (the audit trail shows the name, not the code).</summary>
internal sealed class CounterAuditActions : ModuleAuditActions
{
    protected override string? Module => CounterModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Customer.Create", "Customer registered", "登记客户"),
        ("Customer.Update", "Customer changed", "修改客户资料"),
        ("Customer.Balance", "Customer balance changed", "客户余额变动"),
        ("FeeCollection.Create", "Fees collected", "柜面收费"),
        ("FeeItem.Create", "Fee item created", "新建收费项目"),
        ("FeeItem.Update", "Fee item changed", "修改收费项目"),
        ("PaymentMethod.Upsert", "Payment method saved", "保存收款方式"),
        ("PaymentMethod.Enable", "Payment method enabled", "启用收款方式"),
        ("PaymentMethod.Disable", "Payment method disabled", "停用收款方式"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("Customer", "客户"),
        ("FeeCollection", "收费记录"),
        ("FeeItem", "收费项目"),
        ("PaymentMethod", "收款方式"),
    ];
}
