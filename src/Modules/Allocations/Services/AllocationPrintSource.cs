using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Admin.Modules.Allocations.Models;
using Admin.Modules.Printing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Allocations.Services;

/// <summary>
/// Printing's forms and vouchers of this module's tasks: a pre-allocation (<c>pre-allocation</c>: its cards and amounts, the
/// template applied) and a completed load or unload (<c>purse-transfer</c>; a pending or voided one moved no money, so it has
/// nothing to print: 404). Read through the caller's outlet scope, like the task's own page.
/// </summary>
public sealed class AllocationPrintSource(AdminDbContext db, OutletScope scope) : IPrintSource
{
    public const string PreAllocationTask = "pre-allocation";
    public const string PurseTransferTask = "purse-transfer";
    public const string Cards = "Cards";
    public const string Template = "Template";
    public const string CardNumber = "CardNumber";
    public const string Direction = "Direction";

    private static readonly DateTime SampleAt = new(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc);

    /// <summary>The pre-allocation voucher (预分配凭证).</summary>
    public static readonly VoucherKindInfo PreAllocationVoucher = new("PreAllocation", PreAllocationTask, "Pre-allocation voucher",
        [new(Cards, "Cards and amounts", Starting: true), new(Template, "Template"), new(VoucherValues.Items, "Items")],
        PreAllocationModel(new Allocation
        {
            OutletCode = "44010001", CustomerCode = "C0001234", CustomerName = "林华贸易有限公司", TemplateName = "月度分配", Total = 3000m, At = SampleAt,
            OperatorLogin = "op01", LedgerEntryId = 1,
            Lines = [new() { LineNo = 1, CardNumber = "9101000000000002", Amount = 1000m }, new() { LineNo = 2, CardNumber = "9101000000000003", Amount = 2000m }],
        }));

    /// <summary>The load/unload voucher (圈存圈提凭证).</summary>
    public static readonly VoucherKindInfo PurseTransferVoucher = new("PurseTransfer", PurseTransferTask, "Load/unload voucher",
        [new(CardNumber, "Card number", Starting: true), new(Direction, "Load or unload", Starting: true)],
        TransferModel(new PurseTransfer
        {
            Kind = PurseTransferKind.Load, Status = PurseTransferStatus.Completed, OutletCode = "44010001", CardNumber = "9101000000000002", Amount = 500m,
            StartedAt = SampleAt, SettledAt = SampleAt, OperatorLogin = "op01",
        }));

    public IReadOnlyList<string> TaskTypes { get; } = [PreAllocationTask, PurseTransferTask];

    public string Permission => AllocationsPermissions.View;

    public IReadOnlyList<VoucherKindInfo> VoucherKinds { get; } = [PreAllocationVoucher, PurseTransferVoucher];

    public async Task<PrintModel?> LoadAsync(string taskType, Guid taskId, CancellationToken ct = default)
    {
        if (taskType == PreAllocationTask)
        {
            var allocation = await scope.Apply(db.Set<Allocation>().AsNoTracking()).Include(a => a.Lines).FirstOrDefaultAsync(a => a.Id == taskId, ct);
            return allocation is null ? null : PreAllocationModel(allocation);
        }

        if (taskType == PurseTransferTask)
        {
            var transfer = await scope.Apply(db.Set<PurseTransfer>().AsNoTracking())
                .FirstOrDefaultAsync(t => t.Id == taskId && t.Status == PurseTransferStatus.Completed, ct);
            return transfer is null ? null : TransferModel(transfer);
        }

        return null;
    }

    private static PrintModel PreAllocationModel(Allocation a)
    {
        var lines = a.Lines.OrderBy(l => l.LineNo).ToList();
        var rows = new List<PrintRow> { new("卡数", "Cards", lines.Count.ToString(CultureInfo.InvariantCulture)) };
        if (a.PrimaryCardNumber is not null)
        {
            rows.Add(new("主卡", "Primary card", a.PrimaryCardNumber));
        }

        if (a.TemplateName is not null)
        {
            rows.Add(new("预分模板", "Template", a.TemplateName));
        }

        var table = new PrintTable("预分配", "Pre-allocation", ["序号 No.", "卡号 Card No.", "金额 Amount"],
            lines.Select((l, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), l.CardNumber, Amount(l.Amount)]).ToList());
        return new PrintModel("预分配", "Pre-allocation", a.OutletId, a.OutletCode, Receipt(a.OutletCode, "P", a.LedgerEntryId), a.At, a.CustomerCode, a.CustomerName,
            null, null, rows, [new PrintItem($"From the customer account onto {lines.Count} card(s)", $"从客户账户分配到 {lines.Count} 张卡", 1, a.Total, a.Total)],
            "Customer account", "客户账户", a.Total, a.OperatorLogin, null,
            new Dictionary<string, string>
            {
                [Cards] = string.Join("\n", lines.Select(l => $"{l.CardNumber}  {Amount(l.Amount)}")), [Template] = a.TemplateName ?? "",
            }, table);
    }

    private static PrintModel TransferModel(PurseTransfer t)
    {
        var (zh, en) = t.Kind == PurseTransferKind.Load ? ("圈存", "Load") : ("圈提", "Unload");
        var (from, to) = t.Kind == PurseTransferKind.Load ? ("卡账户 Card account", "电子钱包 Purse") : ("电子钱包 Purse", "卡账户 Card account");
        return new PrintModel(zh, en, t.OutletId, t.OutletCode, Receipt(t.OutletCode, t.Kind == PurseTransferKind.Load ? "L" : "U", t.StartEntryId), t.SettledAt ?? t.StartedAt,
            null, null, null, null,
            [new("卡号", "Card No.", t.CardNumber), new("从", "From", from), new("到", "To", to)],
            [new PrintItem($"{en} {t.CardNumber}", $"{zh} {t.CardNumber}", 1, t.Amount, t.Amount)],
            $"{en}", zh, t.Amount, t.OperatorLogin, null,
            new Dictionary<string, string> { [CardNumber] = t.CardNumber, [Direction] = $"{zh} {en}" });
    }

    // These tasks keep no receipt sequence of their own: the printed number is the outlet's code and the ledger entry's number.
    private static string Receipt(string outlet, string letter, long entry) => string.Create(CultureInfo.InvariantCulture, $"{outlet}-{letter}{entry:D6}");

    private static string Amount(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
