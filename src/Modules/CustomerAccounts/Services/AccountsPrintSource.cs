using System.Globalization;
using System.Text.Json;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.Printing.Contracts;

namespace Admin.Modules.CustomerAccounts.Services;

/// <summary>
/// Printing's forms and vouchers of this module: a refund (<c>refund</c>: closing, special, small or deposit return; its
/// method and bank details, for a closing the cards closed and what came back from each) and a customer arrival
/// (<c>customer-arrival</c>: the bank transfer received and, once matched, the customer credited). Read through the caller's
/// outlet scope (<see cref="AccountsQuery"/>).
/// </summary>
public sealed class AccountsPrintSource(AccountsQuery query, Dictionaries.Contracts.IDictionaries dictionaries) : IPrintSource
{
    public const string RefundTask = "refund";
    public const string ArrivalTask = "customer-arrival";
    public const string CardNumber = "CardNumber";
    public const string BankAccount = "BankAccount";
    public const string Reason = "Reason";
    public const string RefundKindValue = "RefundKind";
    public const string BankReference = "BankReference";
    public const string Payer = "Payer";
    public const string ReceivedOn = "ReceivedOn";

    private static readonly DateTime SampleAt = new(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc);

    /// <summary>The refund voucher (退款凭证).</summary>
    public static readonly VoucherKindInfo RefundVoucher = new("RefundVoucher", RefundTask, "Refund voucher",
        [new(RefundKindValue, "Kind of refund", Starting: true), new(CardNumber, "Card number"), new(BankAccount, "Bank account paid to"), new(Reason, "Reason"),
            new(VoucherValues.PaymentMethod, "Payment method")],
        RefundModel(new Refund
        {
            Kind = RefundKind.Special, OutletCode = "44010001", Number = 12, CustomerCode = "C0001234", CustomerName = "王芳", Amount = 320m, Method = "Transfer",
            BankName = "工商银行广州天河支行", BankAccount = "6222020200001234567", AccountName = "王芳", Reason = "多收退回", At = SampleAt, OperatorLogin = "op01", ReviewerLogin = "op02",
        }, new Admin.Kernel.Localization.LocalName("Paid in excess", "多缴款")));

    /// <summary>The customer arrival voucher (客户到账凭证).</summary>
    public static readonly VoucherKindInfo ArrivalVoucher = new("ArrivalVoucher", ArrivalTask, "Customer arrival voucher",
        [new(BankReference, "Bank reference", Starting: true), new(Payer, "Payer", Starting: true), new(ReceivedOn, "Received on")],
        ArrivalModel(new Arrival
        {
            OutletCode = "44010001", Number = 7, Amount = 20000m, BankReference = "BK20261201001", Payer = "林华贸易有限公司", ReceivedOn = new DateOnly(2026, 12, 1),
            Status = ArrivalStatus.Matched, RecordedAt = SampleAt, RecordedBy = "op01", CustomerCode = "C0001234", CustomerName = "林华贸易有限公司", MatchedAt = SampleAt, MatchedBy = "op01",
        }));

    public IReadOnlyList<string> TaskTypes { get; } = [RefundTask, ArrivalTask];

    public string Permission => CustomerAccountsPermissions.View;

    public IReadOnlyList<VoucherKindInfo> VoucherKinds { get; } = [RefundVoucher, ArrivalVoucher];

    public async Task<PrintModel?> LoadAsync(string taskType, Guid taskId, CancellationToken ct = default) => taskType switch
    {
        RefundTask => await query.RefundAsync(taskId, ct) is { } refund
            ? RefundModel(refund, refund.ReasonCode is { } code ? await dictionaries.NameAsync(Dictionaries.Contracts.DictionaryKinds.RefundReasons, code, ct) : null)
            : null,
        ArrivalTask => await query.ArrivalAsync(taskId, ct) is { } arrival ? ArrivalModel(arrival) : null,
        _ => null,
    };

    /// <summary>A refund kind in both languages.</summary>
    public static (string Zh, string En) KindName(RefundKind kind) => kind switch
    {
        RefundKind.Closing => ("清户退款", "Closing refund"),
        RefundKind.Special => ("特殊退款", "Special refund"),
        RefundKind.Small => ("小额退款", "Small refund"),
        _ => ("退押金", "Deposit return"),
    };

    private static PrintModel RefundModel(Refund r, Admin.Kernel.Localization.LocalName? reasonName)
    {
        // Printed forms carry both languages: the reason's Chinese and English names, then the note.
        var reason = RefundReasonText.Of(reasonName is null ? null : new Admin.Kernel.Localization.LocalName($"{reasonName.Zh} {reasonName.En}", $"{reasonName.Zh} {reasonName.En}"), r.Reason)?.Zh;
        var (zh, en) = KindName(r.Kind);
        var bank = r.BankAccount is null ? "" : $"{r.BankName} {r.BankAccount} {r.AccountName}".Trim();
        var rows = new List<PrintRow> { new("业务", "Task", $"{zh} {en}") };
        if (r.CardNumber is not null)
        {
            rows.Add(new("卡号", "Card No.", r.CardNumber));
        }

        if (bank.Length > 0)
        {
            rows.Add(new("收款账户", "Paid to", bank));
        }

        if (reason is not null)
        {
            rows.Add(new("原因", "Reason", reason));
        }

        rows.Add(new("状态", "Status", r.Status == RefundStatus.Paid ? "已支付 Paid" : "待支付 Payable"));
        var table = r.Kind == RefundKind.Closing && r.Details is { } details ? ClosedCards(details) : null;
        var (methodZh, methodEn) = r.Method == "Cash" ? ("现金", "Cash") : ("转账", "Transfer");
        return new PrintModel(zh, en, r.OutletId, r.OutletCode, r.Receipt, r.At, r.CustomerCode, r.CustomerName, null, null, rows,
            [new PrintItem(en, zh, 1, r.Amount, r.Amount)], methodEn, methodZh, r.Amount, r.OperatorLogin, r.ReviewerLogin,
            new Dictionary<string, string> { [RefundKindValue] = zh, [CardNumber] = r.CardNumber ?? "", [BankAccount] = bank, [Reason] = reason ?? "" }, table);
    }

    private static PrintModel ArrivalModel(Arrival a)
    {
        var on = a.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = new List<PrintRow>
        {
            new("银行流水号", "Bank reference", a.BankReference), new("付款人", "Payer", a.Payer), new("到账日期", "Received on", on),
            new("状态", "Status", a.Status == ArrivalStatus.Matched ? $"已匹配 Matched · {a.MatchedBy}" : "待匹配 Unmatched (待查款项 suspense)"),
        };
        if (a.Note is not null)
        {
            rows.Add(new("备注", "Note", a.Note));
        }

        return new PrintModel("客户到账", "Customer arrival", a.OutletId, a.OutletCode, a.Reference, a.RecordedAt, a.CustomerCode, a.CustomerName, null, null, rows,
            [new PrintItem("Bank transfer received", "银行转账到账", 1, a.Amount, a.Amount)], "Transfer", "转账", a.Amount, a.RecordedBy, null,
            new Dictionary<string, string> { [BankReference] = a.BankReference, [Payer] = a.Payer, [ReceivedOn] = on }, LocalDate: a.ReceivedOn);
    }

    private static PrintTable? ClosedCards(string details)
    {
        try
        {
            var cards = JsonSerializer.Deserialize<List<ClosedCard>>(details, new JsonSerializerOptions(JsonSerializerDefaults.Web));
            return cards is not { Count: > 0 } ? null : new PrintTable("销卡", "Cards closed", ["序号 No.", "卡号 Card No.", "退回客户账户 Back to the account", "押金 Deposit held"],
                cards.Select((c, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), c.Number, Amount(c.Balance), Amount(c.Deposit)]).ToList());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Amount(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private sealed record ClosedCard(string Number, decimal Balance, decimal Deposit);
}
