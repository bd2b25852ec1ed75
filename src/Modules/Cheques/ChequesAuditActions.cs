using Admin.Kernel.Audit;

namespace Admin.Modules.Cheques;

/// <summary>The audit actions this module records, named in both languages (the audit trail shows the name, not the code).</summary>
internal sealed class ChequesAuditActions : ModuleAuditActions
{
    protected override string? Module => ChequesModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Cheque.Receive", "Cheque received", "收取支票"),
        ("Cheque.Clear", "Cheque cleared", "支票到账"),
        ("Cheque.Bounce", "Cheque bounced", "支票退票"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("Cheque", "支票"),
    ];
}
