using System.Globalization;
using Admin.Kernel.Data;
using Admin.Modules.BatchTopUps.Models;
using Admin.Modules.Printing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.BatchTopUps.Services;

/// <summary>
/// Printing's form of a batch top-up list (<c>batch-topup-list</c>): the list as submitted — customer, status, content hash,
/// maker and reviewer — and every line (card and amount), which run onto further pages with their headings.
/// </summary>
public sealed class BatchTopUpPrintSource(BatchTopUpQuery lists, AdminDbContext db) : IPrintSource
{
    public const string TaskType = "batch-topup-list";

    public IReadOnlyList<string> TaskTypes { get; } = [TaskType];

    public string Permission => BatchTopUpsPermissions.View;

    public IReadOnlyList<VoucherKindInfo> VoucherKinds { get; } = [];

    public string FormLinkText(string taskType) => "Print the list";

    public async Task<PrintModel?> LoadAsync(string taskType, Guid taskId, CancellationToken ct = default)
    {
        if (taskType != TaskType || await lists.FindAsync(taskId, ct) is not { } l)
        {
            return null;
        }

        var lines = await db.Set<BatchTopUpLine>().AsNoTracking().Where(x => x.ListId == l.Id).OrderBy(x => x.LineNo)
            .Select(x => new { x.LineNo, x.CardNumber, x.Amount }).ToListAsync(ct);
        var rows = new List<PrintRow>
        {
            new("状态", "Status", Status(l.Status)),
            new("行数", "Lines", l.LineCount.ToString(CultureInfo.InvariantCulture)),
            new("内容摘要 (SHA-256)", "Content hash", l.ContentHash),
        };
        if (l.Note is not null)
        {
            rows.Add(new("备注", "Note", l.Note));
        }

        var table = new PrintTable("充值明细", "Lines", ["序号 No.", "卡号 Card No.", "金额 Amount"],
            lines.Select(x => (IReadOnlyList<string>)[x.LineNo.ToString(CultureInfo.InvariantCulture), x.CardNumber, x.Amount.ToString("#,##0.00", CultureInfo.InvariantCulture)]).ToList());
        return new PrintModel("批量充值清单", "Batch top-up list", l.OutletId, l.OutletCode, l.Number, l.SubmittedAt, l.CustomerCode, l.CustomerName, null, null, rows,
            [new PrintItem($"From the customer account onto {l.LineCount} card(s)", $"从客户账户充值到 {l.LineCount} 张卡", 1, l.Total, l.Total)], "Customer account", "客户账户", l.Total,
            l.MakerLogin, l.ReviewerLogin, Table: table);
    }

    private static string Status(BatchTopUpStatus status) => status switch
    {
        BatchTopUpStatus.Submitted => "已提交 Submitted",
        BatchTopUpStatus.Withdrawn => "已取回 Withdrawn by the maker",
        BatchTopUpStatus.Voided => "已作废 Voided",
        BatchTopUpStatus.Executing => "执行中 Executing",
        _ => "已执行 Executed",
    };
}
