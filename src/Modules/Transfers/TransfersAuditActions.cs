using Admin.Kernel.Audit;

namespace Admin.Modules.Transfers;

/// <summary>The audit actions this module records, named in both languages.</summary>
internal sealed class TransfersAuditActions : ModuleAuditActions
{
    protected override string? Module => TransfersModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Transfer.Make", "Manual transfer made", "手工转账"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("ManualTransfer", "手工转账"),
    ];
}
