using Admin.Modules.Counter.Contracts;
using Admin.Modules.Printing.Contracts;

namespace Admin.Modules.Counter.Services;

/// <summary>The customer application form and the fee receipt (收费收据) of a fee collection, for Printing.</summary>
public sealed class FeeCollectionPrintSource(IFeeCollectionReader collections, ICustomerDirectory customers) : IPrintSource
{
    public const string TaskType = "fee-collection";
    public const string InvoiceTitle = "InvoiceTitle";
    public const string TaxpayerNumber = "TaxpayerNumber";

    /// <summary>The fee receipt: stored layouts name it <c>FeeReceipt</c> (the name the voucher kinds' enum had).</summary>
    public static readonly VoucherKindInfo FeeReceipt = new("FeeReceipt", TaskType, "Fee receipt",
    [
        new(InvoiceTitle, "Invoice title"), new(TaxpayerNumber, "Taxpayer number"),
        new(VoucherValues.Items, "Items"), new(VoucherValues.PaymentMethod, "Payment method"),
    ],
    new PrintModel("缴费", "Fee collection", Guid.Empty, "44010001", "44010001-000123", new DateTime(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc),
        "C0001234", "王芳", "ResidentId", PrintModel.Mask("440106199001011234"), [new("发票抬头", "Invoice title", "广州市天河区示例科技有限公司  91440101MA5CXXXX1X")],
        [new("Card fee", "工本费", 1, 20.00m, 20.00m), new("Deposit", "押金", 2, 60.00m, 60.00m), new("Service fee", "服务费", 1, 1154.50m, 1154.50m)],
        "Cash", "现金", 1234.50m, "op01", "op02",
        new Dictionary<string, string> { [InvoiceTitle] = "广州市天河区示例科技有限公司", [TaxpayerNumber] = "91440101MA5CXXXX1X" }));

    public IReadOnlyList<string> TaskTypes { get; } = [TaskType];

    public string Permission => CounterPermissions.ViewCollections;

    public IReadOnlyList<VoucherKindInfo> VoucherKinds { get; } = [FeeReceipt];

    public async Task<PrintModel?> LoadAsync(string taskType, Guid taskId, CancellationToken ct = default)
    {
        if (taskType != TaskType || await collections.FindAsync(taskId, ct) is not { } c)
        {
            return null;
        }

        var customer = await customers.FindAsync(c.CustomerId, ct);
        var title = c.InvoiceTitle?.BuyerName;
        var taxpayer = c.InvoiceTitle?.TaxpayerNumber;
        return new PrintModel(
            "缴费", "Fee collection", c.OutletId, c.OutletCode, c.Receipt, c.At, c.CustomerCode, c.CustomerName,
            customer?.IdType ?? "", PrintModel.Mask(customer?.IdNumber),
            [new PrintRow("发票抬头", "Invoice title", title is null ? "—" : taxpayer is null ? title : $"{title}  {taxpayer}")],
            c.Lines.Select(l => new PrintItem(l.NameEn, l.NameZh, l.Quantity, l.Schedule, l.Collected)).ToList(),
            c.PaymentMethodEn, c.PaymentMethodZh, c.Total, c.OperatorLogin, c.ReviewerLogin,
            new Dictionary<string, string> { [InvoiceTitle] = title ?? "", [TaxpayerNumber] = taxpayer ?? "" });
    }
}
