using Admin.Kernel.Csv;
using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.InvoiceTitles.Services;
using Admin.Modules.InvoiceTitles.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.InvoiceTitles.Controllers;

/// <summary>Head office's invoice title templates: list, record with history, create, correct, retire, CSV import and export.</summary>
[Route("admin/invoice-title-templates")]
[RequirePermission(InvoiceTitlesPermissions.View)]
public sealed class TemplatesController(TemplateService templates, TemplateImport import, IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, string? status, string? after, CancellationToken ct)
    {
        var result = await templates.ListAsync(search, status, after, null, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
        }

        return View(new TemplateListViewModel
        {
            Search = search, Status = status, After = after,
            Templates = result.Value?.Items ?? [], Next = result.Value?.Next,
            CanManage = await CanManageAsync(),
        });
    }

    [HttpGet("export.csv")]
    public async Task Export(string? search, string? status, CancellationToken ct)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"invoice-title-templates.csv\"";
        await Csv.WriteAsync(Response.Body, TemplateImport.Columns, Rows(), ct);

        async IAsyncEnumerable<IEnumerable<string?>> Rows()
        {
            await foreach (var t in templates.StreamAsync(search, status, ct))
            {
                yield return TemplateImport.Row(t);
            }
        }
    }

    [HttpGet("new")]
    [RequirePermission(InvoiceTitlesPermissions.ManageTemplates)]
    public IActionResult Create() => View("Form", new TitleFormViewModel { Type = "Company" });

    [HttpPost("new")]
    [RequirePermission(InvoiceTitlesPermissions.ManageTemplates)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(TitleFormViewModel form, CancellationToken ct)
    {
        var result = await templates.CreateAsync(new TemplateInput(form.ToInput(), form.Owner), ct);
        if (result.Succeeded)
        {
            this.Notify("Template {0} saved.", result.Value!.BuyerName);
            return RedirectToAction(nameof(Details), new { id = result.Value.Id });
        }

        ModelState.AddErrors(result, text);
        form.Id = null;
        form.Customer = null;
        return View("Form", form);
    }

    [HttpGet("import")]
    [RequirePermission(InvoiceTitlesPermissions.ManageTemplates)]
    public IActionResult Import() => View(new TemplateImportViewModel());

    [HttpPost("import")]
    [RequirePermission(InvoiceTitlesPermissions.ManageTemplates)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(TemplateImport.MaxBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = TemplateImport.MaxBytes + (64 * 1024))]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken ct)
    {
        OperationResult<int> result;
        if (file is null || file.Length == 0)
        {
            result = OperationResult<int>.Invalid(InvoiceTitlesErrors.ImportNoFile());
        }
        else if (file.Length > TemplateImport.MaxBytes)
        {
            result = OperationResult<int>.Invalid(InvoiceTitlesErrors.ImportTooLarge(TemplateImport.MaxRows));
        }
        else
        {
            using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
            result = await import.ImportAsync(await reader.ReadToEndAsync(ct), ct);
        }

        if (result.Succeeded)
        {
            this.Notify("{0} templates imported.", result.Value);
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddErrors(result, text);
        return View(new TemplateImportViewModel { FileName = file?.FileName });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var template = await templates.FindAsync(id, ct);
        return template is null
            ? NotFound()
            : View(new TemplateDetailsViewModel { Template = template, History = await templates.HistoryAsync(id, ct), CanManage = await CanManageAsync() });
    }

    [HttpGet("{id:guid}/edit")]
    [RequirePermission(InvoiceTitlesPermissions.ManageTemplates)]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var template = await templates.FindAsync(id, ct);
        if (template is null)
        {
            return NotFound();
        }

        var form = TitleFormViewModel.From(template.Details, template.Version);
        form.Owner = template.Owner;
        form.Id = id;
        return View("Form", form);
    }

    [HttpPost("{id:guid}/edit")]
    [RequirePermission(InvoiceTitlesPermissions.ManageTemplates)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(Guid id, TitleFormViewModel form, CancellationToken ct)
    {
        var result = await templates.UpdateAsync(id, new TemplateInput(form.ToInput(), form.Owner), null, form.Version, ct);
        if (result.Succeeded)
        {
            this.Notify("Template {0} saved.", result.Value!.BuyerName);
            return RedirectToAction(nameof(Details), new { id });
        }

        var current = await templates.FindAsync(id, ct);
        if (current is null || result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result, text);
        form.Id = id;
        form.Customer = null;
        if (result.Extensions.ContainsKey("version"))
        {
            form.Current = current.Details;
            form.CurrentOwner = current.Owner;
            form.Version = Versions.Format(current.Version);
        }

        return View("Form", form);
    }

    [HttpPost("{id:guid}/status")]
    [RequirePermission(InvoiceTitlesPermissions.ManageTemplates)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Status(Guid id, string? status, string? version, CancellationToken ct)
    {
        var result = await templates.SetStatusAsync(id, status, version, ct);
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            this.Notify(result.Value!.Status == Models.TemplateStatus.Retired ? "Template {0} retired." : "Template {0} reactivated.", result.Value.BuyerName);
        }
        else
        {
            this.NotifyError(result);
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<bool> CanManageAsync() =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(InvoiceTitlesPermissions.ManageTemplates))).Succeeded;
}
