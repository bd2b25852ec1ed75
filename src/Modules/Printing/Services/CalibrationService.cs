using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Pdf;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Printing.Services;

/// <summary>The outlet's printer offsets for one layout (0, 0 until set).</summary>
public sealed record CalibrationView(Guid LayoutId, string LayoutCode, string LayoutName, string Kind, decimal OffsetX, decimal OffsetY, string Version, DateTime? ChangedAt, string? ChangedBy);

/// <summary>Per-outlet printer calibration (打印机校准): each outlet's x/y offsets per layout, and the test page to measure them.</summary>
public sealed class CalibrationService(AdminDbContext db, IAuditTrail audit, ICurrentOperator current, LayoutService layouts, PdfFonts fonts, TimeProvider clock)
{
    /// <summary>The caller's outlet's calibration of every layout.</summary>
    public async Task<IReadOnlyList<CalibrationView>> ListAsync(CancellationToken ct = default)
    {
        var outlet = current.OutletId;
        var rows = outlet is null ? [] : await db.Set<PrinterCalibration>().AsNoTracking().Where(c => c.OutletId == outlet).ToListAsync(ct);
        return (await layouts.ListAsync(ct)).Select(l => View(l, rows.FirstOrDefault(r => r.LayoutId == l.Id))).ToList();
    }

    public async Task<CalibrationView?> FindAsync(Guid layoutId, CancellationToken ct = default)
    {
        if (await layouts.FindAsync(layoutId, null, ct) is not { } layout)
        {
            return null;
        }

        var outlet = current.OutletId;
        var row = outlet is null ? null : await db.Set<PrinterCalibration>().AsNoTracking().FirstOrDefaultAsync(c => c.OutletId == outlet && c.LayoutId == layoutId, ct);
        return View(layout, row);
    }

    /// <summary>The offsets (mm) the caller's outlet prints this layout with.</summary>
    public async Task<(decimal X, decimal Y)> OffsetsAsync(Guid layoutId, CancellationToken ct = default)
    {
        var outlet = current.OutletId;
        var row = outlet is null ? null : await db.Set<PrinterCalibration>().AsNoTracking().FirstOrDefaultAsync(c => c.OutletId == outlet && c.LayoutId == layoutId, ct);
        return row is null ? (0m, 0m) : (row.OffsetXMm, row.OffsetYMm);
    }

    /// <summary>Sets the caller's outlet's offsets for a layout (audited). The version is "0" before the first setting.</summary>
    public async Task<OperationResult<CalibrationView>> SetAsync(Guid layoutId, decimal? x, decimal? y, string? version, CancellationToken ct = default)
    {
        if (current.OutletId is not { } outlet)
        {
            return OperationResult<CalibrationView>.Fail(FailureKind.Forbidden, PrintingErrors.OutletOnly());
        }

        if (await layouts.FindAsync(layoutId, null, ct) is not { } layout)
        {
            return OperationResult<CalibrationView>.NotFound(PrintingErrors.LayoutNotFound());
        }

        var errors = PrinterCalibration.Check(x ?? 0, y ?? 0);
        if (errors.Count > 0)
        {
            return OperationResult<CalibrationView>.Invalid(errors.ToArray());
        }

        var row = await db.Set<PrinterCalibration>().FirstOrDefaultAsync(c => c.OutletId == outlet && c.LayoutId == layoutId, ct);
        object? before = null;
        if (row is null)
        {
            if (version is not ("0" or null or ""))
            {
                return OperationResult<CalibrationView>.From(OperationResult.Conflict(PrintingErrors.Stale("0")).With("version", "0"));
            }

            row = new PrinterCalibration { Id = Guid.NewGuid(), OutletId = outlet, LayoutId = layoutId };
            db.Add(row);
        }
        else
        {
            if (Versions.Expect(db, row, version) is { } stale)
            {
                return OperationResult<CalibrationView>.From(stale);
            }

            before = new { X = row.OffsetXMm, Y = row.OffsetYMm };
        }

        row.OffsetXMm = x ?? 0;
        row.OffsetYMm = y ?? 0;
        row.ChangedAt = clock.GetUtcNow().UtcDateTime;
        row.ChangedBy = current.LoginName;
        audit.Record(new AuditRecord(PrintingModule.ModuleId, "Calibration.Set", nameof(PrinterCalibration), $"{current.OutletCode}/{layout.Code}", before, new { X = row.OffsetXMm, Y = row.OffsetYMm }));
        try
        {
            if (await Versions.SaveAsync(db, row, ct) is { } conflict)
            {
                return OperationResult<CalibrationView>.From(conflict);
            }
        }
        catch (DbUpdateException)
        {
            // Two first settings at once: the unique (outlet, layout) index lets one win.
            db.ChangeTracker.Clear();
            return OperationResult<CalibrationView>.From(OperationResult.Conflict(PrintingErrors.Stale("1")).With("version", "1"));
        }

        return OperationResult<CalibrationView>.Success(View(layout, row));
    }

    /// <summary>The test page of a layout with the caller's outlet's offsets.</summary>
    public async Task<OperationResult<PdfFile>> TestPageAsync(Guid layoutId, CancellationToken ct = default)
    {
        if (await layouts.FindAsync(layoutId, null, ct) is not { } layout)
        {
            return OperationResult<PdfFile>.NotFound(PrintingErrors.LayoutNotFound());
        }

        if (!fonts.EnsureReady())
        {
            return OperationResult<PdfFile>.Fail(FailureKind.Unavailable, PrintingErrors.FontMissing());
        }

        var (x, y) = await OffsetsAsync(layoutId, ct);
        var bytes = VoucherPdf.TestPage(layout, x, y, new PdfProperties($"打印机校准测试页 Calibration test page {layout.Code}", current.OutletCode ?? "", current.LoginName ?? ""));
        return OperationResult<PdfFile>.Success(new PdfFile(bytes, $"calibration-{layout.Code}.pdf"));
    }

    private static CalibrationView View(LayoutView l, PrinterCalibration? c) =>
        new(l.Id, l.Code, l.Name, l.Kind, c?.OffsetXMm ?? 0, c?.OffsetYMm ?? 0, c is null ? "0" : Versions.Format(c.Version), c?.ChangedAt, c?.ChangedBy);
}
