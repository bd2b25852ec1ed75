using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Printing.Contracts;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Pdf;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Printing.Services;

/// <summary>One printed voucher as the history shows it.</summary>
public sealed record VoucherPrintView(int PrintNumber, bool IsReprint, string LayoutCode, int LayoutVersion, DateTime At, string? Operator, string? Reviewer);

/// <summary>
/// Prints vouchers of counter tasks with the active layout of their kind and the outlet's calibration. A voucher prints once;
/// every further print is a reprint, which goes through the review gate (<see cref="PrintingReviewPoints.Reprint"/>), is marked
/// as a reprint on the voucher, and is recorded with its reviewer in the audit trail. Each print records the layout version used.
/// </summary>
public sealed class VoucherPrinting(
    AdminDbContext db, ICurrentOperator current, PrintSources sources, LayoutService layouts, CalibrationService calibration,
    PdfFonts fonts, CounterTask task, TimeProvider clock)
{
    public const string ReprintTask = "Printing.Reprint";

    /// <summary>The prints of a task's voucher so far, first first (another outlet's task: empty).</summary>
    public async Task<IReadOnlyList<VoucherPrintView>> HistoryAsync(VoucherKindInfo kind, Guid taskId, CancellationToken ct = default)
    {
        var rows = await db.Set<VoucherPrint>().AsNoTracking().Where(p => p.Kind == kind.Name && p.TaskId == taskId).ToListAsync(ct);
        var codes = await db.Set<VoucherLayout>().AsNoTracking().Select(l => new { l.Id, l.Code }).ToDictionaryAsync(l => l.Id, l => l.Code, ct);
        return rows.OrderBy(p => p.PrintNumber)
            .Select(p => new VoucherPrintView(p.PrintNumber, p.IsReprint, codes.GetValueOrDefault(p.LayoutId, "?"), p.LayoutVersion, p.At, p.OperatorLogin, p.ReviewerLogin)).ToList();
    }

    /// <summary>
    /// Prints the voucher of a task: the first time at once; a reprint answers 428 <c>review.required</c> until a colleague's
    /// credentials come with the request (a refusal is 403 naming the rule).
    /// </summary>
    public async Task<OperationResult<PdfFile>> PrintAsync(string? kindText, Guid taskId, ReviewCredentials? review, CancellationToken ct = default)
    {
        if (sources.FindKind(kindText) is not { } kind)
        {
            return OperationResult<PdfFile>.NotFound(PrintingErrors.KindUnknown());
        }

        if (!fonts.EnsureReady())
        {
            return OperationResult<PdfFile>.Fail(FailureKind.Unavailable, PrintingErrors.FontMissing());
        }

        if (await sources.LoadAsync(kind, taskId, ct) is not { } data)
        {
            return OperationResult<PdfFile>.NotFound(PrintingErrors.TaskNotFound());
        }

        if (await layouts.ActiveAsync(kind.Name, ct) is not { } layout)
        {
            return OperationResult<PdfFile>.Conflict(PrintingErrors.NoLayout());
        }

        var printed = await db.Set<VoucherPrint>().CountAsync(p => p.Kind == kind.Name && p.TaskId == taskId, ct);
        var number = printed + 1;
        ReviewGrant? grant = null;
        if (printed > 0)
        {
            var summary = CanonicalJson.Object(s => s
                .Text("kind", kind.Name).Number("printNumber", number).Text("receipt", data.Receipt).Text("taskId", taskId.ToString()));
            var reasons = new[] { new ReviewReason(PrintingReviewPoints.Reprint, "voucher {0} already printed {1} time(s)", data.Receipt, printed) };
            var reprint = await task.ReviewAsync(new ReviewRequest(ReprintTask, current.OutletId ?? data.OutletId, reasons, summary, review),
                new ReviewText("the reprint of voucher {0} ({1}, {2})", data.Receipt, data.CustomerName, Money.Format(data.Total)), ct);
            if (!reprint.Succeeded)
            {
                return OperationResult<PdfFile>.From(reprint);
            }

            grant = reprint.Value;
        }

        var (x, y) = await calibration.OffsetsAsync(layout.Id, ct);
        var print = new VoucherPrint
        {
            Id = Guid.NewGuid(), OutletId = data.OutletId, Kind = kind.Name, TaskId = taskId, Receipt = data.Receipt, LayoutId = layout.Id,
            LayoutVersion = layout.ShownVersion, PrintNumber = number, At = clock.GetUtcNow().UtcDateTime, OperatorLogin = current.LoginName,
            ReviewerLogin = grant?.ReviewerLogin,
        };
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Add(print);
            await task.RecordAsync(new AuditRecord(PrintingModule.ModuleId, number > 1 ? "Voucher.Reprint" : "Voucher.Print", nameof(VoucherPrint), data.Receipt, null,
                new { Kind = kind.Name, data.Receipt, PrintNumber = number, Layout = layout.Code, LayoutVersion = layout.ShownVersion, OffsetX = x, OffsetY = y },
                grant is null ? null : $"reprint reviewed by {grant.ReviewerLogin}"), grant, print.Id.ToString(), ct);

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                // Someone printed this voucher at the same moment: theirs is the print, this one would be a reprint.
                db.ChangeTracker.Clear();
                return OperationResult<PdfFile>.Conflict(PrintingErrors.PrintedMeanwhile());
            }

            await tx.CommitAsync(ct);
        }

        var keywords = string.Create(CultureInfo.InvariantCulture, $"{data.Receipt}; layout {layout.Code} v{layout.ShownVersion}; print {number}{(number > 1 ? " (reprint)" : "")}");
        var bytes = VoucherPdf.Render(layout, data, x, y,
            new PdfProperties($"{(number > 1 ? "重打 " : "")}凭证 Voucher {data.Receipt}", $"{data.OutletName} ({data.OutletCode})", current.LoginName ?? "", keywords), number);
        return OperationResult<PdfFile>.Success(new PdfFile(bytes, $"voucher-{data.Receipt}{(number > 1 ? $"-reprint{number - 1}" : "")}.pdf"));
    }

    /// <summary>The designer's preview: a layout (a saved version or unsaved fields) with sample data over the scanned stationery.</summary>
    public async Task<OperationResult<PdfFile>> PreviewAsync(Guid layoutId, int? version, LayoutInput? unsaved, CancellationToken ct = default)
    {
        if (await layouts.FindAsync(layoutId, version, ct) is not { } layout)
        {
            return OperationResult<PdfFile>.NotFound(version is null ? PrintingErrors.LayoutNotFound() : PrintingErrors.VersionNotFound());
        }

        if (unsaved is not null)
        {
            if (sources.FindKind(layout.Kind) is not { } unsavedKind)
            {
                return OperationResult<PdfFile>.NotFound(PrintingErrors.KindUnknown());
            }

            var errors = LayoutVersion.Check(unsavedKind, unsaved.PaperWidth ?? 0, unsaved.PaperHeight ?? 0, unsaved.Fields ?? []);
            if (errors.Count > 0)
            {
                return OperationResult<PdfFile>.Invalid(errors.ToArray());
            }

            layout = layout with { PaperWidth = unsaved.PaperWidth!.Value, PaperHeight = unsaved.PaperHeight!.Value, Fields = unsaved.Fields ?? [] };
        }

        if (!fonts.EnsureReady())
        {
            return OperationResult<PdfFile>.Fail(FailureKind.Unavailable, PrintingErrors.FontMissing());
        }

        var image = await layouts.ImageAsync(layoutId, ct);
        var bytes = VoucherPdf.Render(layout, PrintData.Sample(sources.FindKind(layout.Kind)), 0, 0,
            new PdfProperties(unsaved is null
                ? $"预览 Preview {layout.Code} v{layout.ShownVersion}"
                : $"预览 Preview {layout.Code} 未保存的修改 unsaved changes (v{layout.ShownVersion} + edits)", current.OutletCode ?? "", current.LoginName ?? ""), 1, image);
        return OperationResult<PdfFile>.Success(new PdfFile(bytes, $"preview-{layout.Code}.pdf"));
    }
}
