using Admin.Kernel.Api;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Printing.Api;

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
