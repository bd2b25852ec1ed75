using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Services;
using Admin.Modules.Printing.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Printing.Controllers;

/// <summary>Head office's voucher layouts: the list and the visual designer (saving writes a new version).</summary>
public sealed class LayoutsController(LayoutService layouts, PrintSources sources, IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("admin/printing/layouts")]
    [RequirePermission(PrintingPermissions.ViewLayouts)]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new LayoutListViewModel { Layouts = await layouts.ListAsync(ct), CanManage = await CanManageAsync() });

    /// <summary>
    /// The form of a new layout; <c>?copyFrom=id</c> prefills it from that layout, whose fields and stationery it copies (its
    /// current version, or <c>copyVersion</c>: the designer passes the version it shows).
    /// </summary>
    [HttpGet("admin/printing/layouts/new")]
    [RequirePermission(PrintingPermissions.ManageLayouts)]
    public async Task<IActionResult> New(string? copyFrom, int? copyVersion, CancellationToken ct)
    {
        var model = new LayoutNewViewModel();
        if (!string.IsNullOrWhiteSpace(copyFrom))
        {
            if (Guid.TryParse(copyFrom, out var id) && await layouts.CopySourceAsync(id, copyVersion, ct) is { } source)
            {
                model.CopyFrom = source.Id.ToString();
                model.CopyVersion = source.ShownVersion;
                model.Source = source;
                model.Name = source.Name;
                model.Kind = source.Kind;
                model.PaperWidth = source.PaperWidth;
                model.PaperHeight = source.PaperHeight;
            }
            else
            {
                ModelState.AddModelError(nameof(LayoutNewViewModel.CopyFrom), text.Message(PrintingErrors.CopySource()));
            }
        }

        return View(model);
    }

    [HttpPost("admin/printing/layouts/new")]
    [RequirePermission(PrintingPermissions.ManageLayouts)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(VoucherLayout.ImageMaxBytes + 100_000)]
    public async Task<IActionResult> Create(LayoutNewViewModel form, IFormFile? image, CancellationToken ct)
    {
        // Model binding's own messages (a number that is not one) would be English only: the service names every bad field.
        ModelState.Clear();
        Guid? copyFrom = string.IsNullOrWhiteSpace(form.CopyFrom) ? null : Guid.TryParse(form.CopyFrom, out var id) ? id : Guid.Empty;
        byte[]? bytes = null;
        if (image is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            if (image.Length <= VoucherLayout.ImageMaxBytes)
            {
                await image.CopyToAsync(buffer, ct);
            }

            bytes = buffer.ToArray();
        }

        var input = new LayoutInput(form.Code, form.Name, form.Kind, form.PaperWidth, form.PaperHeight, null, form.IsActive);
        var result = await layouts.CreateAsync(input, copyFrom, copyFrom is null ? null : form.CopyVersion, bytes, ct);
        if (result.Succeeded)
        {
            this.Notify("Layout {0} created as version 1; arrange its fields and activate it when it prints right.", result.Value!.Code);
            return Redirect(Url.Content($"~/admin/printing/layouts/{result.Value.Id}"));
        }

        ModelState.AddErrors(result, text);
        form.Source = copyFrom is { } sourceId ? await layouts.CopySourceAsync(sourceId, form.CopyVersion, ct) : null;
        return View("New", form);
    }

    [HttpGet("admin/printing/layouts/{id:guid}")]
    [RequirePermission(PrintingPermissions.ViewLayouts)]
    public async Task<IActionResult> Designer(Guid id, int? version, CancellationToken ct)
    {
        if (await layouts.FindAsync(id, version, ct) is not { } layout)
        {
            return NotFound();
        }

        var model = new LayoutDesignerViewModel
        {
            Name = layout.Name, PaperWidth = layout.PaperWidth, PaperHeight = layout.PaperHeight, IsActive = layout.IsActive, Version = Admin.Kernel.Data.Versions.Format(layout.Version),
            Fields = layout.Fields.Select(f => new FieldForm { Value = f.Value, X = f.X, Y = f.Y, Width = f.Width, FontSize = f.FontSize, Align = f.Align }).ToList(),
        };
        return View(await FillAsync(model, layout, ct));
    }

    [HttpPost("admin/printing/layouts/{id:guid}")]
    [RequirePermission(PrintingPermissions.ManageLayouts)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(Guid id, LayoutDesignerViewModel form, CancellationToken ct)
    {
        var fields = form.Fields.Select(f => new LayoutField(f.Value ?? "", f.X ?? -1, f.Y ?? -1, f.Width ?? 0, f.FontSize ?? 0, f.Align)).ToList();
        var result = await layouts.SaveAsync(id, new LayoutInput(null, form.Name, null, form.PaperWidth, form.PaperHeight, fields, form.IsActive), form.Version, ct);
        if (result.Succeeded)
        {
            this.Notify("Layout {0} saved as version {1}.", result.Value!.Code, result.Value.CurrentVersion);
            return Redirect(Url.Content($"~/admin/printing/layouts/{id}"));
        }

        if (result.Failure == FailureKind.NotFound || await layouts.FindAsync(id, null, ct) is not { } layout)
        {
            return NotFound();
        }

        ModelState.AddErrors(result, text);
        if (result.Failure == FailureKind.Conflict)
        {
            form.Version = Admin.Kernel.Data.Versions.Format(layout.Version);
        }

        return View("Designer", await FillAsync(form, layout, ct));
    }

    /// <summary>The designer's live preview of the unsaved form (nothing is stored): the PDF, or a 400 problem naming the fields.</summary>
    [HttpPost("admin/printing/layouts/{id:guid}/preview")]
    [RequirePermission(PrintingPermissions.ManageLayouts)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Preview(Guid id, LayoutDesignerViewModel form, [FromServices] VoucherPrinting printing, [FromServices] Admin.Kernel.Api.AdminProblems problems, CancellationToken ct)
    {
        var fields = form.Fields.Select(f => new LayoutField(f.Value ?? "", f.X ?? -1, f.Y ?? -1, f.Width ?? 0, f.FontSize ?? 0, f.Align)).ToList();
        var result = await printing.PreviewAsync(id, null, new LayoutInput(null, null, null, form.PaperWidth, form.PaperHeight, fields), ct);
        return result.Succeeded ? File(result.Value!.Content, "application/pdf") : problems.From(result);
    }

    [HttpPost("admin/printing/layouts/{id:guid}/image")]
    [RequirePermission(PrintingPermissions.ManageLayouts)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(VoucherLayout.ImageMaxBytes + 100_000)]
    public async Task<IActionResult> Image(Guid id, IFormFile? image, string? version, bool remove, CancellationToken ct)
    {
        byte[]? bytes = null;
        if (!remove)
        {
            using var buffer = new MemoryStream();
            if (image is not null && image.Length <= VoucherLayout.ImageMaxBytes)
            {
                await image.CopyToAsync(buffer, ct);
            }

            bytes = buffer.ToArray();
        }

        var result = await layouts.SetImageAsync(id, bytes, null, version, ct);
        if (result.Succeeded)
        {
            this.Notify("The scanned stationery of {0} was updated.", result.Value!.Code);
        }
        else if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }
        else
        {
            this.NotifyError(result);
        }

        return Redirect(Url.Content($"~/admin/printing/layouts/{id}"));
    }

    [HttpGet("admin/printing/layouts/{id:guid}/image")]
    [RequirePermission(PrintingPermissions.ViewLayouts)]
    public async Task<IActionResult> ImageFile(Guid id, CancellationToken ct) =>
        await layouts.ImageAsync(id, ct) is { } image ? File(image.Image, image.ContentType) : NotFound();

    private async Task<LayoutDesignerViewModel> FillAsync(LayoutDesignerViewModel model, LayoutView layout, CancellationToken ct)
    {
        model.Layout = layout;
        model.Versions = await layouts.VersionsAsync(layout.Id, ct);
        model.CanCreate = await CanManageAsync();
        model.CanManage = model.CanCreate && layout.ShownVersion == layout.CurrentVersion;
        var kind = sources.FindKind(layout.Kind);
        model.Values = kind is null ? Contracts.VoucherValues.Common : PrintSources.ValuesOf(kind);
        model.ValueLabels = model.Values.ToDictionary(v => v, v => VoucherValueLabels.Of(kind, v));
        return model;
    }

    private async Task<bool> CanManageAsync() =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(PrintingPermissions.ManageLayouts))).Succeeded;
}
