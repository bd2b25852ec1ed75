using Admin.Kernel.Audit;

namespace Admin.Modules.Printing;

/// <summary>The audit actions this module records, named in both languages (the audit trail shows the name, not the code).</summary>
internal sealed class PrintingAuditActions : ModuleAuditActions
{
    protected override string? Module => PrintingModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Layout.Create", "Voucher layout created", "新建凭证版式"),
        ("Layout.Save", "Voucher layout saved as a new version", "保存凭证版式新版本"),
        ("Layout.SetImage", "Stationery scan set", "设置凭证底图"),
        ("Layout.RemoveImage", "Stationery scan removed", "删除凭证底图"),
        ("Calibration.Set", "Printer calibrated", "校准打印机"),
        ("Voucher.Print", "Voucher printed", "打印凭证"),
        ("Voucher.Reprint", "Voucher reprinted", "补打凭证"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("VoucherLayout", "凭证版式"),
        ("VoucherPrint", "凭证打印"),
        ("PrinterCalibration", "打印机校准"),
    ];
}
