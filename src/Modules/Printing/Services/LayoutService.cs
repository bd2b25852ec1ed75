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
    Guid Id, string Code, string Name, string Kind, bool IsActive, int CurrentVersion, bool HasImage, long Version,
    int ShownVersion, decimal PaperWidth, decimal PaperHeight, IReadOnlyList<LayoutField> Fields, DateTime VersionCreatedAt, string? VersionCreatedBy);

/// <summary>One saved version in a layout's history.</summary>
public sealed record LayoutVersionView(int Number, decimal PaperWidth, decimal PaperHeight, int FieldCount, DateTime CreatedAt, string? CreatedBy);

/// <summary>
/// Voucher overprint layouts (凭证套打维护): head office creates and changes them (audited); every save writes a new
/// version and older versions stay readable; printed vouchers record the version they used.
/// </summary>
public sealed class LayoutService(AdminDbContext db, IAuditTrail audit, OutletScope scope, ICurrentOperator current, TimeProvider clock, PrintSources sources)
{
    public async Task<IReadOnlyList<LayoutView>> ListAsync(CancellationToken ct = default)
    {
        var layouts = await db.Set<VoucherLayout>().AsNoTracking().ToListAsync(ct);
        var result = new List<LayoutView>();
        foreach (var l in layouts.OrderBy(l => l.Kind, StringComparer.Ordinal).ThenBy(l => l.Code, StringComparer.Ordinal))
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
    public async Task<LayoutView?> ActiveAsync(string kind, CancellationToken ct = default)
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

    /// <summary>Creates a layout with its version 1 (without fields: the kind's starting fields). Head office only.</summary>
    public Task<OperationResult<LayoutView>> CreateAsync(LayoutInput input, CancellationToken ct = default) => CreateAsync(input, null, null, null, ct);

    /// <summary>
    /// Creates a layout with its version 1. Head office only; audited. Its fields are, in this order: those of
    /// <paramref name="input"/>; else the current fields of the layout <paramref name="copyFieldsFrom"/> (same kind; they must
    /// fit the new paper; <paramref name="copyVersion"/> picks one of its versions), whose scanned stationery it also reuses
    /// unless <paramref name="image"/> is given; else the kind's starting fields (<see cref="LayoutVersion.StartingFields"/>).
    /// <paramref name="image"/>: PNG or JPEG, as for <see cref="SetImageAsync"/>.
    /// </summary>
    public async Task<OperationResult<LayoutView>> CreateAsync(LayoutInput input, Guid? copyFieldsFrom, int? copyVersion, byte[]? image, CancellationToken ct = default)
    {
        if (!scope.SeesAllOutlets)
        {
            return OperationResult<LayoutView>.Fail(FailureKind.Forbidden, PrintingErrors.HeadOfficeOnly());
        }

        return await CreateCoreAsync(input, copyFieldsFrom, copyVersion, image, ct);
    }

    /// <summary>A version of a layout (null: its current one) to copy into a new one (the screen prefills its form from it), or null.</summary>
    public Task<LayoutView?> CopySourceAsync(Guid id, int? version, CancellationToken ct = default) => FindAsync(id, version, ct);

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

        // A save without a field list keeps the current fields (never a silent wipe, never a 500).
        input = input.Fields is null ? input with { Fields = (await VersionAsync(id, layout.CurrentVersion, ct))?.Fields ?? [] } : input;
        if (Check(input, sources.FindKind(layout.Kind) ?? AnyKind, requireCode: false) is { } invalid)
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
            var created = await CreateCoreAsync(input with { Fields = input.Fields ?? [] }, null, null, null, ct);
            return created.Succeeded ? OperationResult.Success() : created;
        }

        if (Check(input, sources.FindKind(layout.Kind) ?? AnyKind, requireCode: false) is { } invalid)
        {
            return invalid;
        }

        var currentVersion = await VersionAsync(layout.Id, layout.CurrentVersion, ct);
        var same = currentVersion is not null && currentVersion.PaperWidthMm == input.PaperWidth && currentVersion.PaperHeightMm == input.PaperHeight
            && currentVersion.FieldsJson == LayoutVersion.Serialize(input.Fields ?? []) && layout.Name == input.Name!.Trim();
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

    private async Task<OperationResult<LayoutView>> CreateCoreAsync(LayoutInput input, Guid? copyFieldsFrom, int? copyVersion, byte[]? image, CancellationToken ct)
    {
        var kind = sources.FindKind(input.Kind);
        var errors = new List<OperationError>();
        VoucherLayout? source = null;
        LayoutVersion? sourceVersion = null;
        if (copyFieldsFrom is { } sourceId)
        {
            source = await db.Set<VoucherLayout>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == sourceId, ct);
            sourceVersion = source is null ? null : await VersionAsync(source.Id, copyVersion ?? source.CurrentVersion, ct);
            if (sourceVersion is null || (kind is not null && source!.Kind != kind.Name))
            {
                errors.Add(PrintingErrors.CopySource());
                source = null;
                sourceVersion = null;
            }
            else if (input.Fields is not null)
            {
                errors.Add(PrintingErrors.CopyWithFields());
            }
        }

        if (image is not null && (image.Length == 0 || image.Length > VoucherLayout.ImageMaxBytes || SniffImage(image) is null))
        {
            errors.Add(PrintingErrors.ImageInvalid(VoucherLayout.ImageMaxBytes / 1024 / 1024));
        }

        var copied = sourceVersion is not null && input.Fields is null;
        var paperOk = LayoutVersion.Check(kind ?? AnyKind, input.PaperWidth ?? 0, input.PaperHeight ?? 0, []).Count == 0;
        input = input with
        {
            Fields = input.Fields
                ?? (copied ? sourceVersion!.Fields : kind is not null && paperOk ? LayoutVersion.StartingFields(kind, input.PaperWidth!.Value, input.PaperHeight!.Value) : []),
        };

        if (kind is null)
        {
            errors.Insert(0, PrintingErrors.KindUnknown());
            if (Check(input, AnyKind, requireCode: true) is { } more)
            {
                var rest = more.Errors.Where(e => e.Code != "printing.fieldValue").ToList();
                errors.AddRange(copied ? CopiedOutside(rest, source!.Code, input) : rest);
            }

            return OperationResult<LayoutView>.Invalid(errors.ToArray());
        }

        if (Check(input, kind, requireCode: true) is { } invalid)
        {
            // Copied fields are not on the form: one error on the paper says how large it must be instead of one per field.
            errors.AddRange(copied ? CopiedOutside(invalid.Errors, source!.Code, input) : invalid.Errors);
        }

        if (errors.Count > 0)
        {
            return OperationResult<LayoutView>.Invalid(errors.ToArray());
        }

        var code = input.Code!.Trim();
        if (await db.Set<VoucherLayout>().AnyAsync(l => l.Code == code, ct))
        {
            return OperationResult<LayoutView>.Conflict(PrintingErrors.CodeTaken(code));
        }

        var layout = new VoucherLayout { Id = Guid.NewGuid(), Code = code, Name = input.Name!.Trim(), Kind = kind.Name, IsActive = input.IsActive ?? true };
        if (image is not null)
        {
            layout.Image = image;
            layout.ImageContentType = SniffImage(image);
        }
        else if (copied && source!.Image is not null)
        {
            layout.Image = source.Image;
            layout.ImageContentType = source.ImageContentType;
        }

        db.Add(layout);
        var version = AddVersion(layout, input);
        audit.Record(new AuditRecord(PrintingModule.ModuleId, "Layout.Create", nameof(VoucherLayout), code, null,
            new
            {
                layout.Code, layout.Name, layout.Kind, version.PaperWidthMm, version.PaperHeightMm, Fields = version.Fields, layout.IsActive,
                CopiedFrom = copied ? source!.Code : null, ImageBytes = layout.Image?.Length, layout.ImageContentType,
            }));
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
            FieldsJson = LayoutVersion.Serialize(input.Fields ?? []), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = current.LoginName,
        };
        db.Add(version);
        return version;
    }

    // The copied fields that leave the new paper become one error on the paper, naming the size they need.
    private static IEnumerable<OperationError> CopiedOutside(IReadOnlyList<OperationError> errors, string sourceCode, LayoutInput input)
    {
        var outside = errors.Where(e => e.Code == "printing.fieldOutside").ToList();
        foreach (var e in errors.Except(outside))
        {
            yield return e;
        }

        var fields = input.Fields!;
        if (outside.Count > 0 && fields.Count > 0)
        {
            var needWidth = Math.Max(LayoutVersion.PaperMin, fields.Max(f => f.X + f.Width));
            var needHeight = Math.Max(LayoutVersion.PaperMin, fields.Max(f => f.Y));
            yield return PrintingErrors.CopiedFieldsOutside(needWidth > (input.PaperWidth ?? 0) ? "paperWidth" : "paperHeight", sourceCode, needWidth, needHeight);
        }
    }

    // Checks the rest of a layout whose kind is unknown (its kind's own values are then "printing.fieldValue", left out).
    private static readonly Contracts.VoucherKindInfo AnyKind = new("", "", "", []);

    private static OperationResult? Check(LayoutInput input, Contracts.VoucherKindInfo kind, bool requireCode)
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
