using Admin.Modules.Counter.Contracts;
using Admin.Modules.Printing.Contracts;
using Admin.Modules.TopUps.Models;

namespace Admin.Modules.TopUps.Services;

/// <summary>
/// Printing's form and voucher of a top-up or receipt (<c>top-up</c>): the customer application form and the top-up receipt
/// voucher (充值收款凭证), read through the receipts the caller sees (the serving outlet's). The customer's ID number is
/// printed masked; another outlet's customer is printed as far as the task showed it (name, code).
/// </summary>
public sealed class TopUpPrintSource(ReceiptQuery receipts, IPaymentMethodDirectory methods) : IPrintSource
{
    public const string TaskType = "top-up";
    public const string CardNumber = "CardNumber";
    public const string Reference = "Reference";
    public const string Kind = "Kind";

    /// <summary>The top-up receipt voucher.</summary>
    public static readonly VoucherKindInfo TopUpReceipt = new("TopUpReceipt", TaskType, "Top-up receipt voucher",
        [new(CardNumber, "Card number", Starting: true), new(Kind, "Kind of top-up", Starting: true), new(Reference, "Payer's reference"), new(VoucherValues.PaymentMethod, "Payment method")],
        Model(new TopUpReceipt
        {
            Kind = TopUpKind.CustomerTopUp, OutletCode = "44010001", ReceiptNumber = 123, CustomerCode = "C0001234", CustomerName = "林华贸易有限公司",
            CardNumber = "9101000000000001", Amount = 5000m, At = new DateTime(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc), OperatorLogin = "op01", Reference = "BK20261201001",
        }, "Transfer", "转账"));

    public IReadOnlyList<string> TaskTypes { get; } = [TaskType];

    public string Permission => TopUpsPermissions.View;

    public IReadOnlyList<VoucherKindInfo> VoucherKinds { get; } = [TopUpReceipt];

    public async Task<PrintModel?> LoadAsync(string taskType, Guid taskId, CancellationToken ct = default)
    {
        if (taskType != TaskType || await receipts.FindAsync(taskId, ct) is not { } r)
        {
            return null;
        }

        var method = await methods.NameAsync(r.PaymentMethod, ct);
        return Model(r, method?.En ?? r.PaymentMethod, method?.Zh ?? r.PaymentMethod);
    }

    /// <summary>The kind of a receipt in both languages (the titles of the form).</summary>
    public static (string Zh, string En) KindName(TopUpKind kind) => kind switch
    {
        TopUpKind.CustomerTopUp => ("客户充值", "Customer top-up"),
        TopUpKind.CustomerReceipt => ("客户收款", "Customer receipt"),
        TopUpKind.CardTopUp => ("单用户卡充值", "Card top-up"),
        _ => ("内部卡充值", "Internal card top-up"),
    };

    private static PrintModel Model(TopUpReceipt r, string methodEn, string methodZh)
    {
        var (zh, en) = KindName(r.Kind);
        var rows = new List<PrintRow> { new("业务", "Task", $"{zh} {en}") };
        if (r.CardNumber is not null)
        {
            rows.Add(new("卡号", "Card No.", r.CardNumber));
        }

        if (r.Reference is not null)
        {
            rows.Add(new("付款凭证号", "Payer's reference", r.Reference));
        }

        if (r.PayerName is not null)
        {
            rows.Add(new("付款人", "Payer", $"{r.PayerName} {PrintModel.Mask(r.PayerIdNumber)}".Trim()));
        }

        if (r.Status != ReceiptStatus.Posted)
        {
            rows.Add(new("状态", "Status", r.Status == ReceiptStatus.Cancelled ? "已撤单 Cancelled" : "已冲销 Reversed"));
        }

        var item = r.OntoCustomerAccount ? ("Onto the customer account", "存入客户账户") : ($"Onto card {r.CardNumber}", $"存入卡账户 {r.CardNumber}");
        return new PrintModel(zh, en, r.OutletId, r.OutletCode, r.Receipt, r.At, r.CustomerCode, r.CustomerName, null, null, rows,
            [new PrintItem(item.Item1, item.Item2, 1, r.Amount, r.Amount)], methodEn, methodZh, r.Amount, r.OperatorLogin, null,
            new Dictionary<string, string> { [CardNumber] = r.CardNumber ?? "", [Reference] = r.Reference ?? "", [Kind] = zh });
    }
}
