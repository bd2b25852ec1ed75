using System.Globalization;
using Admin.Modules.Cheques.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Outlets.Contracts;
using Admin.Modules.Printing.Models;

namespace Admin.Modules.Printing.Services;

/// <summary>The counter tasks that print: a fee collection (its fee receipt) and a cheque receipt (its slip).</summary>
public enum PrintTask
{
    FeeCollection,
    ChequeReceipt,
}

/// <summary>One item line of a task as printed.</summary>
public sealed record PrintItem(string NameEn, string NameZh, int Quantity, decimal Schedule, decimal Collected);

/// <summary>Everything a form or voucher prints about one task, read through the owning modules' contracts (outlet-scoped).</summary>
public sealed record PrintData(
    PrintTask Task, Guid TaskId, Guid OutletId, string OutletCode, string OutletName, string Receipt, DateTime AtUtc, DateOnly LocalDate,
    string CustomerCode, string CustomerName, string CustomerIdType, string CustomerIdMasked, string? InvoiceTitle, string? TaxpayerNumber,
    IReadOnlyList<PrintItem> Items, string PaymentMethodEn, string PaymentMethodZh, decimal Total, string? Maker, string? Reviewer,
    string? ChequeNumber = null, string? Drawer = null, string? DrawerBank = null, DateOnly? ChequeDate = null, TimeSpan Offset = default)
{
    /// <summary>The task's time in the network's local time, as printed (the document names the offset once).</summary>
    public DateTime LocalAt => Kernel.Time.LocalTimes.ToLocal(AtUtc, Offset);

    /// <summary>Only the last four characters of an ID document stay readable (the rest as *).</summary>
    public static string Mask(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "";
        }

        return id.Length <= 4 ? id : new string('*', id.Length - 4) + id[^4..];
    }

    /// <summary>The text a voucher field of this value prints (items: one line per item).</summary>
    public string Value(string value, bool chinese) => value switch
    {
        VoucherValues.Date or VoucherValues.Year or VoucherValues.Month or VoucherValues.Day => Models.LayoutGeometry.DatePart(value, LocalDate),
        VoucherValues.Receipt => Receipt,
        VoucherValues.Outlet => $"{OutletName} ({OutletCode})",
        VoucherValues.CustomerName => CustomerName,
        VoucherValues.CustomerCode => CustomerCode,
        VoucherValues.AmountFigures => "¥" + Total.ToString("#,##0.00", CultureInfo.InvariantCulture),
        VoucherValues.AmountCapitals => Admin.Kernel.Money.ChineseAmount.ToCapitals(Total),
        VoucherValues.Operator => Maker ?? "",
        VoucherValues.Reviewer => Reviewer ?? "",
        VoucherValues.InvoiceTitle => InvoiceTitle ?? "",
        VoucherValues.TaxpayerNumber => TaxpayerNumber ?? "",
        VoucherValues.Items => string.Join("\n", Items.Select(i => $"{(chinese ? i.NameZh : i.NameEn)} ×{i.Quantity}  {i.Collected.ToString("0.00", CultureInfo.InvariantCulture)}")),
        VoucherValues.PaymentMethod => chinese ? PaymentMethodZh : PaymentMethodEn,
        VoucherValues.ChequeNumber => ChequeNumber ?? "",
        VoucherValues.Drawer => Drawer ?? "",
        VoucherValues.DrawerBank => DrawerBank ?? "",
        VoucherValues.ChequeDate => ChequeDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        _ => "",
    };

    /// <summary>Sample data for the designer's preview and the benchmark.</summary>
    public static PrintData Sample(VoucherKind kind) => new(
        kind == VoucherKind.FeeReceipt ? PrintTask.FeeCollection : PrintTask.ChequeReceipt, Guid.Empty, Guid.Empty, "44010001", "广州天河营业厅",
        kind == VoucherKind.FeeReceipt ? "44010001-000123" : "44010001-C000045", new DateTime(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc), new DateOnly(2026, 12, 1),
        "C0001234", "王芳", "ResidentId", Mask("440106199001011234"), "广州市天河区示例科技有限公司", "91440101MA5CXXXX1X",
        [new("Card fee", "工本费", 1, 20.00m, 20.00m), new("Deposit", "押金", 2, 60.00m, 60.00m), new("Service fee", "服务费", 1, 1154.50m, 1154.50m)],
        "Cash", "现金", 1234.50m, "op01", "op02",
        kind == VoucherKind.ChequeReceipt ? "12345678901" : null, kind == VoucherKind.ChequeReceipt ? "林华贸易有限公司" : null,
        kind == VoucherKind.ChequeReceipt ? "工商银行广州天河支行" : null, kind == VoucherKind.ChequeReceipt ? new DateOnly(2026, 11, 28) : null);
}

/// <summary>Reads a task's print data through the Counter, Cheques and Outlets contracts; another outlet's task is null (404).</summary>
public sealed class PrintSources(IFeeCollectionReader collections, IChequeReader cheques, ICustomerDirectory customers, IOutletDirectory outlets, Kernel.Time.LocalClock clock)
{
    /// <summary>Parses a task type as URLs write it (<c>fee-collection</c>, <c>cheque-receipt</c>, or the enum name).</summary>
    public static PrintTask? ParseTask(string? text) => Normalise(text) switch
    {
        "feecollection" => PrintTask.FeeCollection,
        "chequereceipt" or "cheque" => PrintTask.ChequeReceipt,
        _ => null,
    };

    /// <summary>Parses a voucher kind as URLs write it (<c>fee-receipt</c>, <c>cheque-receipt</c>, or the enum name).</summary>
    public static VoucherKind? ParseKind(string? text) => Normalise(text) switch
    {
        "feereceipt" => VoucherKind.FeeReceipt,
        "chequereceipt" => VoucherKind.ChequeReceipt,
        _ => null,
    };

    /// <summary>The URL form of a voucher kind.</summary>
    public static string Slug(VoucherKind kind) => kind == VoucherKind.FeeReceipt ? "fee-receipt" : "cheque-receipt";

    /// <summary>The URL form of a task type.</summary>
    public static string Slug(PrintTask task) => task == PrintTask.FeeCollection ? "fee-collection" : "cheque-receipt";

    public static PrintTask TaskOf(VoucherKind kind) => kind == VoucherKind.FeeReceipt ? PrintTask.FeeCollection : PrintTask.ChequeReceipt;

    private static string Normalise(string? text) => string.Concat((text ?? "").Where(char.IsAsciiLetter)).ToLowerInvariant();

    /// <summary>The task's data, or null when it does not exist or belongs to an outlet the caller may not see.</summary>
    public async Task<PrintData?> LoadAsync(PrintTask task, Guid id, CancellationToken ct = default)
    {
        if (task == PrintTask.FeeCollection)
        {
            if (await collections.FindAsync(id, ct) is not { } c)
            {
                return null;
            }

            var customer = await customers.FindAsync(c.CustomerId, ct);
            var outlet = await outlets.FindAsync(c.OutletId, ct);
            var offset = await clock.OffsetAsync(ct);
            var local = DateOnly.FromDateTime(Kernel.Time.LocalTimes.ToLocal(c.At, offset));
            return new PrintData(
                PrintTask.FeeCollection, c.Id, c.OutletId, c.OutletCode, outlet?.Name ?? c.OutletCode, c.Receipt, c.At, local, c.CustomerCode, c.CustomerName,
                customer?.IdType ?? "", PrintData.Mask(customer?.IdNumber), c.InvoiceTitle?.BuyerName, c.InvoiceTitle?.TaxpayerNumber,
                c.Lines.Select(l => new PrintItem(l.NameEn, l.NameZh, l.Quantity, l.Schedule, l.Collected)).ToList(),
                c.PaymentMethodEn, c.PaymentMethodZh, c.Total, c.OperatorLogin, c.ReviewerLogin, Offset: offset);
        }

        if (await cheques.FindAsync(id, ct) is not { } q)
        {
            return null;
        }

        var holder = await customers.FindAsync(q.CustomerId, ct);
        var branch = await outlets.FindAsync(q.OutletId, ct);
        return new PrintData(
            PrintTask.ChequeReceipt, q.Id, q.OutletId, q.OutletCode, branch?.Name ?? q.OutletCode, q.Receipt, q.ReceivedAt, q.ReceivedOn, q.CustomerCode, q.CustomerName,
            holder?.IdType ?? "", PrintData.Mask(holder?.IdNumber), null, null,
            [new PrintItem("Account top-up by cheque", "支票充值", 1, q.Amount, q.Amount)], "Cheque", "支票", q.Amount, q.ReceivedBy, q.ReviewerLogin,
            q.Number, q.DrawerName, q.DrawerBank, q.ChequeDate, await clock.OffsetAsync(ct));
    }
}
