using System.Globalization;
using Admin.Modules.Cheques.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Printing.Contracts;

namespace Admin.Modules.Cheques.Services;

/// <summary>The customer application form and the cheque receipt slip (支票收款回单) of a received cheque, for Printing.</summary>
public sealed class ChequePrintSource(IChequeReader cheques, ICustomerDirectory customers) : IPrintSource
{
    public const string TaskType = "cheque-receipt";
    public const string ChequeNumber = "ChequeNumber";
    public const string Drawer = "Drawer";
    public const string DrawerBank = "DrawerBank";
    public const string ChequeDate = "ChequeDate";

    /// <summary>The cheque receipt slip: stored layouts name it <c>ChequeReceipt</c> (the name the voucher kinds' enum had).</summary>
    public static readonly VoucherKindInfo ChequeReceipt = new("ChequeReceipt", TaskType, "Cheque receipt slip",
        [new(ChequeNumber, "Cheque number", Starting: true), new(Drawer, "Drawer"), new(DrawerBank, "Drawer's bank"), new(ChequeDate, "Cheque date")],
        Model(Guid.Empty, "44010001", "44010001-C000045", new DateTime(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc), new DateOnly(2026, 12, 1), "C0001234", "王芳",
            "ResidentId", PrintModel.Mask("440106199001011234"), 1234.50m, "op01", "op02", "12345678901", "林华贸易有限公司", "工商银行广州天河支行", new DateOnly(2026, 11, 28)));

    public IReadOnlyList<string> TaskTypes { get; } = [TaskType];

    public string Permission => ChequesPermissions.View;

    public IReadOnlyList<VoucherKindInfo> VoucherKinds { get; } = [ChequeReceipt];

    public async Task<PrintModel?> LoadAsync(string taskType, Guid taskId, CancellationToken ct = default)
    {
        if (taskType != TaskType || await cheques.FindAsync(taskId, ct) is not { } q)
        {
            return null;
        }

        var holder = await customers.FindAsync(q.CustomerId, ct);
        return Model(q.OutletId, q.OutletCode, q.Receipt, q.ReceivedAt, q.ReceivedOn, q.CustomerCode, q.CustomerName, holder?.IdType ?? "",
            PrintModel.Mask(holder?.IdNumber), q.Amount, q.ReceivedBy, q.ReviewerLogin, q.Number, q.DrawerName, q.DrawerBank, q.ChequeDate);
    }

    private static PrintModel Model(
        Guid outletId, string outletCode, string receipt, DateTime at, DateOnly on, string customerCode, string customerName, string idType, string idMasked,
        decimal amount, string? maker, string? reviewer, string number, string drawer, string bank, DateOnly chequeDate)
    {
        var date = chequeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new PrintModel(
            "支票收款", "Cheque receipt", outletId, outletCode, receipt, at, customerCode, customerName, idType, idMasked,
            [new("支票号码", "Cheque No.", number), new("出票人", "Drawer", drawer), new("付款行", "Drawer's bank", bank), new("出票日期", "Cheque date", date)],
            [new PrintItem("Account top-up by cheque", "支票充值", 1, amount, amount)], "Cheque", "支票", amount, maker, reviewer,
            new Dictionary<string, string> { [ChequeNumber] = number, [Drawer] = drawer, [DrawerBank] = bank, [ChequeDate] = date },
            LocalDate: on);
    }
}
