using Admin.Kernel.Audit;

namespace Admin.Modules.Issuing;

/// <summary>The audit actions this module records, named in both languages.</summary>
internal sealed class IssuingAuditActions : ModuleAuditActions
{
    protected override string? Module => IssuingModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Card.Issue", "Account opened and card issued", "开户发卡"),
        ("Card.IssueSecondary", "Secondary cards issued", "发副卡"),
        ("Card.SellAnonymous", "Anonymous cards sold", "销售不记名卡"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("IssueRecord", "发卡凭证"),
    ];
}
