using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Printing.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Printing.Services;

/// <summary>A layout as typed or sent: fields are complete (the whole list is saved as a new version).</summary>
public sealed record LayoutInput(string? Code, string? Name, string? Kind, decimal? PaperWidth, decimal? PaperHeight, IReadOnlyList<LayoutField>? Fields, bool? IsActive = null);

/// <summary>A layout with one of its versions (the current one unless asked otherwise).</summary>
public sealed record LayoutView(
    Guid Id, string Code, string Name, VoucherKind Kind, bool IsActive, int CurrentVersion, bool HasImage, long Version,
    int ShownVersion, decimal PaperWidth, decimal PaperHeight, IReadOnlyList<LayoutField> Fields, DateTime VersionCreatedAt, string? VersionCreatedBy);

/// <summary>One saved version in a layout's history.</summary>
public sealed record LayoutVersionView(int Number, decimal PaperWidth, decimal PaperHeight, int FieldCount, DateTime CreatedAt, string? CreatedBy);

/// <summary>
/// Voucher overprint layouts (凭证套打维护): head office creates and changes them (audited); every save writes a new
/// version and older versions stay readable; printed vouchers record the version they used.
/// </summary>
public sealed class LayoutService(AdminDbContext db, IAuditTrail audit, OutletScope scope, ICurrentOperator current, TimeProvider clock)
{
    public async Task<IReadOnlyList<LayoutView>> ListAsync(CancellationToken ct = default)
    {
        var layouts = await db.Set<VoucherLayout>().AsNoTracking().ToListAsync(ct);
        var result = new List<LayoutView>();
        foreach (var l in layouts.OrderBy(l => l.Kind).ThenBy(l => l.Code, StringComparer.Ordinal))
        {
            result.Add(View(l, await VersionAsync(l.Id, l.CurrentVersion, ct) ?? throw new InvalidOperationException("A layout without its version.")));
        }

        return result;
    }

    /// <summary>The layout with its current version, or the version <paramref name="number"/>; null when either does not exist.</summary>
    public async Task<LayoutView?> FindAsync(Guid id, int? number = null, CancellationToken ct = default)
    {
        var layout = await db.Set<VoucherLayout>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (layout is null)
        {
            return null;
        }

        var version = await VersionAsync(id, number ?? layout.CurrentVersion, ct);
        return version is null ? null : View(layout, version);
    }

    /// <summary>The active layout of a kind that prints now (the first by code), or null.</summary>
    public async Task<LayoutView?> ActiveAsync(VoucherKind kind, CancellationToken ct = default)
    {
        var layout = (await db.Set<VoucherLayout>().AsNoTracking().Where(l => l.Kind == kind && l.IsActive).ToListAsync(ct))
            .OrderBy(l => l.Code, StringComparer.Ordinal).FirstOrDefault();
        return layout is null ? null : View(layout, (await VersionAsync(layout.Id, layout.CurrentVersion, ct))!);
    }

    public async Task<IReadOnlyList<LayoutVersionView>> VersionsAsync(Guid id, CancellationToken ct = default) =>
        (await db.Set<LayoutVersion>().AsNoTracking().Where(v => v.LayoutId == id).ToListAsync(ct))
            .OrderByDescending(v => v.Number).Select(v => new LayoutVersionView(v.Number, v.PaperWidthMm, v.PaperHeightMm, v.Fields.Count, v.CreatedAt, v.CreatedBy)).ToList();

    public async Task<(byte[] Image, string ContentType)?> ImageAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<VoucherLayout>().AsNoTracking().Where(l => l.Id == id && l.Image != null)
            .Select(l => new { l.Image, l.ImageContentType }).FirstOrDefaultAsync(ct) is { } row ? (row.Image!, row.ImageContentType ?? "image/png") : null;

    /// <summary>Creates a layout with its version 1. Head office only.</summary>
    public async Task<OperationResult<LayoutView>> CreateAsync(LayoutInput input, CancellationToken ct = default)
    {
        if (!scope.SeesAllOutlets)
        {
            return OperationResult<LayoutView>.Fail(FailureKind.Forbidden, PrintingErrors.HeadOfficeOnly());
        }

        return await CreateCoreAsync(input, ct);
    }

    /// <summary>Saves the layout's name, paper and fields as a new version (the stale version of the layout is a 409). Head office only.</summary>
    public async Task<OperationResult<LayoutView>> SaveAsync(Guid id, LayoutInput input, string? version, CancellationToken ct = default)
    {
        var layout = await db.Set<VoucherLayout>().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (layout is null)
        {
            return OperationResult<LayoutView>.NotFound(PrintingErrors.LayoutNotFound());
        }

        if (!scope.SeesAllOutlets)
        {
            return OperationResult<LayoutView>.Fail(FailureKind.Forbidden, PrintingErrors.HeadOfficeOnly());
        }

        if (Check(input, layout.Kind, requireCode: false) is { } invalid)
        {
            return OperationResult<LayoutView>.From(invalid);
        }

        if (Versions.Expect(db, layout, version) is { } stale)
        {
            return OperationResult<LayoutView>.From(stale);
        }

        var before = await VersionAsync(id, layout.CurrentVersion, ct);
        var next = AddVersion(layout, input);
        var wasName = layout.Name;
        layout.Name = input.Name!.Trim();
        layout.IsActive = input.IsActive ?? layout.IsActive;
        audit.Record(new AuditRecord(PrintingModule.ModuleId, "Layout.Save", nameof(VoucherLayout), layout.Code,
            new { Name = wasName, Version = before?.Number, before?.PaperWidthMm, before?.PaperHeightMm, Fields = before?.Fields },
            new { layout.Name, Version = next.Number, next.PaperWidthMm, next.PaperHeightMm, Fields = next.Fields, layout.IsActive }));
        if (await Versions.SaveAsync(db, layout, ct) is { } conflict)
        {
            return OperationResult<LayoutView>.From(conflict);
        }

        return OperationResult<LayoutView>.Success(View(layout, next));
    }

    /// <summary>Sets or removes the scanned blank stationery (PNG or JPEG, design and preview only). Head office only.</summary>
    public async Task<OperationResult<LayoutView>> SetImageAsync(Guid id, byte[]? image, string? contentType, string? version, CancellationToken ct = default)
    {
        var layout = await db.Set<VoucherLayout>().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (layout is null)
        {
            return OperationResult<LayoutView>.NotFound(PrintingErrors.LayoutNotFound());
        }

        if (!scope.SeesAllOutlets)
        {
            return OperationResult<LayoutView>.Fail(FailureKind.Forbidden, PrintingErrors.HeadOfficeOnly());
        }

        if (image is not null && (image.Length == 0 || image.Length > VoucherLayout.ImageMaxBytes || SniffImage(image) is null))
        {
            return OperationResult<LayoutView>.Invalid(PrintingErrors.ImageInvalid(VoucherLayout.ImageMaxBytes / 1024 / 1024));
        }

        if (Versions.Expect(db, layout, version) is { } stale)
        {
            return OperationResult<LayoutView>.From(stale);
        }

        layout.Image = image;
        layout.ImageContentType = image is null ? null : SniffImage(image);
        audit.Record(new AuditRecord(PrintingModule.ModuleId, image is null ? "Layout.RemoveImage" : "Layout.SetImage", nameof(VoucherLayout), layout.Code,
            null, new { Bytes = image?.Length, layout.ImageContentType }));
        if (await Versions.SaveAsync(db, layout, ct) is { } conflict)
        {
            return OperationResult<LayoutView>.From(conflict);
        }

        return OperationResult<LayoutView>.Success(View(layout, (await VersionAsync(id, layout.CurrentVersion, ct))!));
    }

    /// <summary>For recipes: creates a layout by code, or saves a new version when its paper or fields differ. Not scoped.</summary>
    public async Task<OperationResult> UpsertAsync(LayoutInput input, CancellationToken ct = default)
    {
        var code = input.Code?.Trim() ?? "";
        var layout = await db.Set<VoucherLayout>().FirstOrDefaultAsync(l => l.Code == code, ct);
        if (layout is null)
        {
            var created = await CreateCoreAsync(input, ct);
            return created.Succeeded ? OperationResult.Success() : created;
        }

        if (Check(input, layout.Kind, requireCode: false) is { } invalid)
        {
            return invalid;
        }

        var currentVersion = await VersionAsync(layout.Id, layout.CurrentVersion, ct);
        var same = currentVersion is not null && currentVersion.PaperWidthMm == input.PaperWidth && currentVersion.PaperHeightMm == input.PaperHeight
            && currentVersion.FieldsJson == LayoutVersion.Serialize(input.Fields!) && layout.Name == input.Name!.Trim();
        if (same)
        {
            return OperationResult.Success();
        }

        var next = AddVersion(layout, input);
        layout.Name = input.Name!.Trim();
        audit.Record(new AuditRecord(PrintingModule.ModuleId, "Layout.Save", nameof(VoucherLayout), layout.Code, null, new { layout.Name, Version = next.Number }));
        await db.SaveChangesAsync(ct);
        return OperationResult.Success();
    }

    private async Task<OperationResult<LayoutView>> CreateCoreAsync(LayoutInput input, CancellationToken ct)
    {
        VoucherKind? kind = Enum.TryParse<VoucherKind>(input.Kind?.Trim(), true, out var k) && Enum.IsDefined(k) ? k : PrintSources.ParseKind(input.Kind);
        if (kind is null)
        {
            var errors = new List<OperationError> { PrintingErrors.KindUnknown() };
            if (Check(input, VoucherKind.FeeReceipt, requireCode: true) is { } more)
            {
                errors.AddRange(more.Errors.Where(e => e.Code != "printing.fieldValue"));
            }

            return OperationResult<LayoutView>.Invalid(errors.ToArray());
        }

        if (Check(input, kind.Value, requireCode: true) is { } invalid)
        {
            return OperationResult<LayoutView>.From(invalid);
        }

        var code = input.Code!.Trim();
        if (await db.Set<VoucherLayout>().AnyAsync(l => l.Code == code, ct))
        {
            return OperationResult<LayoutView>.Conflict(PrintingErrors.CodeTaken(code));
        }

        var layout = new VoucherLayout { Id = Guid.NewGuid(), Code = code, Name = input.Name!.Trim(), Kind = kind.Value, IsActive = input.IsActive ?? true };
        db.Add(layout);
        var version = AddVersion(layout, input);
        audit.Record(new AuditRecord(PrintingModule.ModuleId, "Layout.Create", nameof(VoucherLayout), code, null,
            new { layout.Code, layout.Name, Kind = layout.Kind.ToString(), version.PaperWidthMm, version.PaperHeightMm, Fields = version.Fields }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return OperationResult<LayoutView>.Conflict(PrintingErrors.CodeTaken(code));
        }

        return OperationResult<LayoutView>.Success(View(layout, version));
    }

    private LayoutVersion AddVersion(VoucherLayout layout, LayoutInput input)
    {
        layout.CurrentVersion++;
        var version = new LayoutVersion
        {
            Id = Guid.NewGuid(), LayoutId = layout.Id, Number = layout.CurrentVersion, PaperWidthMm = input.PaperWidth!.Value, PaperHeightMm = input.PaperHeight!.Value,
            FieldsJson = LayoutVersion.Serialize(input.Fields!), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = current.LoginName,
        };
        db.Add(version);
        return version;
    }

    private static OperationResult? Check(LayoutInput input, VoucherKind kind, bool requireCode)
    {
        var errors = new List<OperationError>();
        var code = input.Code?.Trim() ?? "";
        if (requireCode && (code.Length == 0 || code.Length > VoucherLayout.CodeMax || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            errors.Add(PrintingErrors.CodeInvalid(VoucherLayout.CodeMax));
        }

        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > VoucherLayout.NameMax || name.Any(char.IsControl))
        {
            errors.Add(PrintingErrors.NameRequired(VoucherLayout.NameMax));
        }

        errors.AddRange(LayoutVersion.Check(kind, input.PaperWidth ?? 0, input.PaperHeight ?? 0, input.Fields ?? []));
        return errors.Count == 0 ? null : OperationResult.Invalid(errors.ToArray());
    }

    private Task<LayoutVersion?> VersionAsync(Guid id, int number, CancellationToken ct) =>
        db.Set<LayoutVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.LayoutId == id && v.Number == number, ct);

    private static LayoutView View(VoucherLayout l, LayoutVersion v) =>
        new(l.Id, l.Code, l.Name, l.Kind, l.IsActive, l.CurrentVersion, l.Image is not null, l.Version, v.Number, v.PaperWidthMm, v.PaperHeightMm, v.Fields, v.CreatedAt, v.CreatedBy);

    /// <summary>PNG or JPEG by their signatures, else null.</summary>
    public static string? SniffImage(byte[] bytes) =>
        bytes.Length > 8 && bytes[0] == 0x89 && bytes[1] == 0x50 && bytes[2] == 0x4E && bytes[3] == 0x47 ? "image/png"
        : bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF ? "image/jpeg"
        : null;
}
