using Admin.Kernel.Audit;

namespace Admin.Modules.CustomerAccounts;

/// <summary>The audit actions this module records, named in both languages.</summary>
internal sealed class CustomerAccountsAuditActions : ModuleAuditActions
{
    protected override string? Module => CustomerAccountsModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Customer.Close", "Customer closed with refund", "客户清户退款"),
        ("Refund.Special", "Special refund", "特殊退款"),
        ("Refund.Small", "Small refund", "小额退款"),
        ("Refund.Deposit", "Deposit returned", "退押金"),
        ("Refund.Pay", "Transfer refund paid", "退款转账已付"),
        ("Arrival.Record", "Customer arrival recorded", "客户到账登记"),
        ("Arrival.Match", "Customer arrival matched", "客户到账匹配"),
        ("Customer.Rate", "Customer credit rating set", "客户信誉度维护"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("Refund", "退款"),
        ("Arrival", "到账"),
        ("Customer", "客户"),
    ];
}
