using Admin.Kernel.Api;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Riok.Mapperly.Abstractions;

namespace Admin.Modules.Printing.Api;

/// <summary>One field of a layout: <c>value</c> from the kind's list, x/y/width in mm from the paper's top-left, font size in pt, align Left/Center/Right.</summary>
public sealed record LayoutFieldDto(string? Value, decimal? X, decimal? Y, decimal? Width, decimal? FontSize, string? Align);

/// <summary>
/// A new layout (<c>kind</c>: FeeReceipt or ChequeReceipt; paper in mm; <c>isActive</c> defaults to true). Its fields: <c>fields</c>;
/// or, with <c>copyFrom</c> (a layout of the same kind), that layout's fields (of its current version, or of <c>copyVersion</c>) and
/// scanned stationery; without either, the kind's starting fields (receipt number, date, customer name, amounts, operator).
/// </summary>
public sealed record LayoutCreateRequest(string? Code, string? Name, string? Kind, decimal? PaperWidth, decimal? PaperHeight, List<LayoutFieldDto?>? Fields, bool? IsActive, Guid? CopyFrom = null, int? CopyVersion = null);

/// <summary>A layout's new version: the whole field list, with the layout's <c>version</c> read.</summary>
public sealed record LayoutSaveRequest(string? Name, decimal? PaperWidth, decimal? PaperHeight, List<LayoutFieldDto?>? Fields, bool? IsActive, string? Version);

/// <summary>Unsaved paper and fields for the designer's live preview.</summary>
public sealed record LayoutPreviewRequest(decimal? PaperWidth, decimal? PaperHeight, List<LayoutFieldDto?>? Fields);

/// <summary>A layout with one of its versions.</summary>
public sealed record LayoutDto(
    Guid Id, string Code, string Name, string Kind, bool IsActive, int CurrentVersion, int ShownVersion, decimal PaperWidth, decimal PaperHeight,
    IReadOnlyList<LayoutField> Fields, bool HasImage, DateTime VersionCreatedAt, string? VersionCreatedBy, string Version);

/// <summary>The outlet's offsets for a layout (mm; positive moves right/down).</summary>
public sealed record CalibrationRequest(decimal? OffsetX, decimal? OffsetY, string? Version);

/// <summary>The reviewer's credentials for a reprint (sent after a 428).</summary>
public sealed record ReprintRequest(ReviewBody? Review);

/// <summary>A reviewer's login name and password.</summary>
public sealed record ReviewBody(string? LoginName, string? Password);

/// <summary>View → DTO mappings of the Printing API, generated at compile time by Mapperly (a DTO member left unfilled is a build error).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class LayoutMapping
{
    [MapProperty(nameof(LayoutView.Version), nameof(LayoutDto.Version), Use = nameof(Version))]
    public static partial LayoutDto ToDto(LayoutView view);

    [UserMapping(Default = false)]
    private static string Version(long version) => Versions.Format(version);

    /// <summary>Fields as sent; an unreadable alignment or a missing number is left for the model's checks to name.</summary>
    [UserMapping(Ignore = true)]
    public static List<LayoutField>? Fields(List<LayoutFieldDto?>? fields) =>
        fields?.Select(f => f is null ? null! : new LayoutField(f.Value ?? "", f.X ?? -1, f.Y ?? -1, f.Width ?? 0, f.FontSize ?? 0,
            Enum.TryParse<FieldAlign>(f.Align ?? "Left", true, out var a) && Enum.IsDefined(a) ? a : (FieldAlign)(-1))).ToList();
}

[Route("api/printing/layouts")]
[CookieCallsNeedAntiforgery]
public sealed class LayoutsApiController(LayoutService layouts, VoucherPrinting printing) : AdminApiController
{
    /// <summary>Every voucher layout with its current version. Permission: Printing.ViewLayouts.</summary>
    [HttpGet("")]
    [RequirePermission(PrintingPermissions.ViewLayouts)]
    [ProducesResponseType<Page<LayoutDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(CancellationToken ct) =>
        Ok(new Page<LayoutDto>((await layouts.ListAsync(ct)).Select(LayoutMapping.ToDto).ToList(), null));

    /// <summary>One layout with its current version, or <c>?version=n</c> (old versions stay readable). Permission: Printing.ViewLayouts.</summary>
    [HttpGet("{id:guid}")]
    [RequirePermission(PrintingPermissions.ViewLayouts)]
    [ProducesResponseType<LayoutDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, int? version, CancellationToken ct) =>
        await layouts.FindAsync(id, version, ct) is { } v ? Ok(LayoutMapping.ToDto(v))
            : Problem(OperationResult.NotFound(version is null ? PrintingErrors.LayoutNotFound() : PrintingErrors.VersionNotFound()));

    /// <summary>The layout's saved versions, newest first. Permission: Printing.ViewLayouts.</summary>
    [HttpGet("{id:guid}/versions")]
    [RequirePermission(PrintingPermissions.ViewLayouts)]
    [ProducesResponseType<LayoutVersionView[]>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Versions(Guid id, CancellationToken ct) =>
        await layouts.FindAsync(id, null, ct) is null ? Problem(OperationResult.NotFound(PrintingErrors.LayoutNotFound())) : Ok(await layouts.VersionsAsync(id, ct));

    /// <summary>
    /// Creates a layout (version 1) with the fields sent, or copied from <c>copyFrom</c> (its current version, or <c>copyVersion</c>; they must fit the paper:
    /// <c>printing.copiedFieldsOutside</c>), or the kind's starting fields. Head office only; audited. Permission: Printing.ManageLayouts.
    /// </summary>
    [HttpPost("")]
    [RequirePermission(PrintingPermissions.ManageLayouts)]
    [ProducesResponseType<LayoutDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(LayoutCreateRequest request, CancellationToken ct)
    {
        var result = await layouts.CreateAsync(
            new LayoutInput(request.Code, request.Name, request.Kind, request.PaperWidth, request.PaperHeight, LayoutMapping.Fields(request.Fields), request.IsActive), request.CopyFrom, request.CopyVersion, null, ct);
        return result.Succeeded ? Created(Url.Content($"~/api/printing/layouts/{result.Value!.Id}"), LayoutMapping.ToDto(result.Value)) : Problem(result);
    }

    /// <summary>Saves name, paper and fields as a new version; a stale <c>version</c> is 409. Head office only; audited. Permission: Printing.ManageLayouts.</summary>
    [HttpPut("{id:guid}")]
    [RequirePermission(PrintingPermissions.ManageLayouts)]
    [ProducesResponseType<LayoutDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Save(Guid id, LayoutSaveRequest request, CancellationToken ct)
    {
        var result = await layouts.SaveAsync(id, new LayoutInput(null, request.Name, null, request.PaperWidth, request.PaperHeight, LayoutMapping.Fields(request.Fields), request.IsActive), request.Version, ct);
        return result.Succeeded ? Ok(LayoutMapping.ToDto(result.Value!)) : Problem(result);
    }

    /// <summary>
    /// Sets the scanned blank stationery: the body is the PNG or JPEG itself (at most 4 MB), <c>?version=</c> the layout's version.
    /// Used for design and preview only, never printed. Head office only; audited. Permission: Printing.ManageLayouts.
    /// </summary>
    [HttpPut("{id:guid}/image")]
    [RequirePermission(PrintingPermissions.ManageLayouts)]
    [ProducesResponseType<LayoutDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> SetImage(Guid id, string? version, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var limit = Models.VoucherLayout.ImageMaxBytes + 1;
        var chunk = new byte[81920];
        int read;
        while ((read = await Request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                break;
            }
        }

        var result = await layouts.SetImageAsync(id, buffer.ToArray(), Request.ContentType, version, ct);
        return result.Succeeded ? Ok(LayoutMapping.ToDto(result.Value!)) : Problem(result);
    }

    /// <summary>A saved version (<c>?version=n</c>, default the current) with sample data over the scanned stationery, as a PDF. Permission: Printing.ViewLayouts.</summary>
    [HttpGet("{id:guid}/preview.pdf")]
    [RequirePermission(PrintingPermissions.ViewLayouts)]
    [Produces("application/pdf")]
    public async Task<IActionResult> Preview(Guid id, int? version, CancellationToken ct)
    {
        var result = await printing.PreviewAsync(id, version, null, ct);
        return result.Succeeded ? File(result.Value!.Content, "application/pdf") : Problem(result);
    }

    /// <summary>The designer's live preview of unsaved paper and fields (nothing is stored). Permission: Printing.ManageLayouts.</summary>
    [HttpPost("{id:guid}/preview.pdf")]
    [RequirePermission(PrintingPermissions.ManageLayouts)]
    [Produces("application/pdf")]
    public async Task<IActionResult> PreviewUnsaved(Guid id, LayoutPreviewRequest request, CancellationToken ct)
    {
        var result = await printing.PreviewAsync(id, null, new LayoutInput(null, null, null, request.PaperWidth, request.PaperHeight, LayoutMapping.Fields(request.Fields)), ct);
        return result.Succeeded ? File(result.Value!.Content, "application/pdf") : Problem(result);
    }
}

[Route("api/printing/calibrations")]
[CookieCallsNeedAntiforgery]
public sealed class CalibrationsApiController(CalibrationService calibration) : AdminApiController
{
    /// <summary>The caller's outlet's offsets for every layout (0, 0 and version "0" until set). Permission: Printing.Calibrate.</summary>
    [HttpGet("")]
    [RequirePermission(PrintingPermissions.Calibrate)]
    [ProducesResponseType<Page<CalibrationView>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(CancellationToken ct) => Ok(new Page<CalibrationView>(await calibration.ListAsync(ct), null));

    /// <summary>Sets the caller's outlet's offsets (±20 mm, 0.1 mm steps) for a layout; audited. Permission: Printing.Calibrate.</summary>
    [HttpPut("{layoutId:guid}")]
    [RequirePermission(PrintingPermissions.Calibrate)]
    [ProducesResponseType<CalibrationView>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Set(Guid layoutId, CalibrationRequest request, CancellationToken ct)
    {
        var result = await calibration.SetAsync(layoutId, request.OffsetX, request.OffsetY, request.Version, ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>The test page (crosshairs and rulers at known positions) with the caller's outlet's offsets. Permission: Printing.Calibrate.</summary>
    [HttpGet("{layoutId:guid}/test-page.pdf")]
    [RequirePermission(PrintingPermissions.Calibrate)]
    [Produces("application/pdf")]
    public async Task<IActionResult> TestPage(Guid layoutId, CancellationToken ct)
    {
        var result = await calibration.TestPageAsync(layoutId, ct);
        return result.Succeeded ? File(result.Value!.Content, "application/pdf", result.Value.FileName) : Problem(result);
    }
}

[Route("api/vouchers")]
[CookieCallsNeedAntiforgery]
public sealed class VouchersApiController(VoucherPrinting printing) : AdminApiController
{
    /// <summary>
    /// Prints the voucher of a task (<c>kind</c>: fee-receipt or cheque-receipt) with the active layout and the outlet's calibration.
    /// The first print answers the PDF; a reprint answers 428 <c>review.required</c>: repeat it as POST with <c>review</c>.
    /// Another outlet's task is 404. Permission: Printing.Print.
    /// </summary>
    [HttpGet("{kind}/{taskId:guid}.pdf")]
    [RequirePermission(PrintingPermissions.Print)]
    [Produces("application/pdf")]
    public Task<IActionResult> Print(string kind, Guid taskId, CancellationToken ct) => PrintCoreAsync(kind, taskId, null, ct);

    /// <summary>Prints (or, with a colleague's <c>review</c>, reprints) the voucher of a task; the reprint is marked and audited. Permission: Printing.Print.</summary>
    [HttpPost("{kind}/{taskId:guid}.pdf")]
    [RequirePermission(PrintingPermissions.Print)]
    [Produces("application/pdf")]
    public Task<IActionResult> Reprint(string kind, Guid taskId, ReprintRequest? request, CancellationToken ct) =>
        PrintCoreAsync(kind, taskId, request?.Review is { } r ? new ReviewCredentials(r.LoginName, r.Password) : null, ct);

    /// <summary>The prints of a task's voucher (original and reprints, with the layout version and reviewer). Permission: Printing.Print.</summary>
    [HttpGet("{kind}/{taskId:guid}/prints")]
    [RequirePermission(PrintingPermissions.Print)]
    [ProducesResponseType<VoucherPrintView[]>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Prints(string kind, Guid taskId, [FromServices] PrintSources sources, CancellationToken ct)
    {
        if (PrintSources.ParseKind(kind) is not { } k)
        {
            return Problem(OperationResult.NotFound(PrintingErrors.KindUnknown()));
        }

        if (await sources.LoadAsync(PrintSources.TaskOf(k), taskId, ct) is null)
        {
            return Problem(OperationResult.NotFound(PrintingErrors.TaskNotFound()));
        }

        return Ok(await printing.HistoryAsync(k, taskId, ct));
    }

    private async Task<IActionResult> PrintCoreAsync(string kind, Guid taskId, ReviewCredentials? review, CancellationToken ct)
    {
        var result = await printing.PrintAsync(kind, taskId, review, ct);
        return result.Succeeded ? File(result.Value!.Content, "application/pdf", result.Value.FileName) : Problem(result);
    }
}
