using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.InvoiceTitles.Models;
using Admin.Modules.InvoiceTitles.Services;
using Admin.Modules.InvoiceTitles.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.InvoiceTitles.Controllers;

/// <summary>A customer's invoice titles (客户发票抬头维护): the list inside the customer's record, add, edit, default, remove, apply a template.</summary>
[Route("counter/customers/{customerId:guid}/invoice-titles")]
[RequirePermission(InvoiceTitlesPermissions.View)]
public sealed class CustomerTitlesController(TitleService titles, TitleQuery query, TemplateService templates, IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid customerId, CancellationToken ct)
    {
        var customer = await query.CustomerAsync(customerId, ct);
        var list = await query.ListAsync(customerId, includeArchived: true, ct);
        return customer is null || !list.Succeeded
            ? NotFound()
            : View(new CustomerTitlesViewModel { Customer = customer, Titles = list.Value!, CanManage = await CanManageAsync() });
    }

    [HttpGet("new")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    public async Task<IActionResult> Create(Guid customerId, CancellationToken ct)
    {
        var customer = await query.CustomerAsync(customerId, ct);
        return customer is null ? NotFound() : View("Form", new TitleFormViewModel { Customer = customer, Type = customer.Type == "Company" ? "Company" : "Individual", BuyerName = customer.Name });
    }

    [HttpPost("new")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(Guid customerId, TitleFormViewModel form, CancellationToken ct)
    {
        var result = await titles.CreateAsync(customerId, form.ToInput(), form.MakeDefault, ct);
        if (result.Succeeded)
        {
            this.Notify("Invoice title {0} saved.", result.Value!.BuyerName);
            return RedirectToAction(nameof(Index), new { customerId });
        }

        var customer = await query.CustomerAsync(customerId, ct);
        if (customer is null)
        {
            return NotFound();
        }

        ModelState.AddErrors(result, text);
        form.Customer = customer;
        form.Id = null;
        return View("Form", form);
    }

    [HttpGet("from-template")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    public async Task<IActionResult> FromTemplate(Guid customerId, string? search, CancellationToken ct)
    {
        var customer = await query.CustomerAsync(customerId, ct);
        if (customer is null)
        {
            return NotFound();
        }

        var found = string.IsNullOrWhiteSpace(search) ? null : await templates.ListAsync(search, nameof(TemplateStatus.Active), null, 20, ct);
        if (found is { Succeeded: false })
        {
            ModelState.AddErrors(found, text);
        }

        return View(new ApplyTemplateViewModel { Customer = customer, Search = search, Templates = found?.Value?.Items ?? [] });
    }

    [HttpPost("from-template/{templateId:guid}")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> FromTemplate(Guid customerId, Guid templateId, bool makeDefault, CancellationToken ct)
    {
        var result = await titles.FromTemplateAsync(customerId, templateId, makeDefault, ct);
        if (result.Failure == FailureKind.NotFound && await query.CustomerAsync(customerId, ct) is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            this.Notify("Invoice title {0} saved.", result.Value!.BuyerName);
        }
        else
        {
            this.NotifyError(result);
        }

        return RedirectToAction(nameof(Index), new { customerId });
    }

    [HttpGet("{titleId:guid}")]
    public async Task<IActionResult> Details(Guid customerId, Guid titleId, CancellationToken ct)
    {
        var customer = await query.CustomerAsync(customerId, ct);
        var title = customer is null ? null : await query.FindAsync(customerId, titleId, ct);
        if (customer is null || title is null)
        {
            return NotFound();
        }

        return View(new TitleDetailsViewModel
        {
            Customer = customer, Title = title,
            Template = title.TemplateId is { } templateId ? await templates.FindAsync(templateId, ct) : null,
            History = await query.HistoryAsync(titleId, ct),
            CanManage = await CanManageAsync(),
        });
    }

    [HttpGet("{titleId:guid}/edit")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    public async Task<IActionResult> Edit(Guid customerId, Guid titleId, CancellationToken ct)
    {
        var customer = await query.CustomerAsync(customerId, ct);
        var title = customer is null ? null : await query.FindAsync(customerId, titleId, ct);
        if (customer is null || title is null || title.Status == InvoiceTitleStatus.Archived)
        {
            return NotFound();
        }

        var form = TitleFormViewModel.From(title.Details, title.Version);
        form.Id = titleId;
        form.Customer = customer;
        form.FollowsTemplate = title.TemplateId is not null && !title.Detached;
        return View("Form", form);
    }

    [HttpPost("{titleId:guid}/edit")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(Guid customerId, Guid titleId, TitleFormViewModel form, CancellationToken ct)
    {
        var result = await titles.UpdateAsync(customerId, titleId, form.ToInput(), form.Version, ct);
        if (result.Succeeded)
        {
            this.Notify("Invoice title {0} saved.", result.Value!.BuyerName);
            return RedirectToAction(nameof(Details), new { customerId, titleId });
        }

        var customer = await query.CustomerAsync(customerId, ct);
        var current = customer is null ? null : await query.FindAsync(customerId, titleId, ct);
        if (customer is null || current is null || result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result, text);
        form.Id = titleId;
        form.Customer = customer;
        form.FollowsTemplate = current.TemplateId is not null && !current.Detached;
        if (result.Extensions.ContainsKey("version"))
        {
            form.Current = current.Details;
            form.Version = Versions.Format(current.Version);
        }

        return View("Form", form);
    }

    [HttpPost("{titleId:guid}/default")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> MakeDefault(Guid customerId, Guid titleId, string? version, CancellationToken ct) =>
        Done(customerId, await titles.MakeDefaultAsync(customerId, titleId, version, ct), "{0} is now the default invoice title.");

    [HttpPost("{titleId:guid}/detach")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Detach(Guid customerId, Guid titleId, string? version, CancellationToken ct) =>
        Done(customerId, await titles.DetachAsync(customerId, titleId, version, ct), "{0} no longer follows its template.");

    [HttpGet("{titleId:guid}/remove")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    public async Task<IActionResult> Remove(Guid customerId, Guid titleId, CancellationToken ct)
    {
        var model = await RemoveModelAsync(customerId, titleId, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{titleId:guid}/remove")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove(Guid customerId, Guid titleId, TitleRemoveViewModel form, CancellationToken ct)
    {
        var result = await titles.DeleteAsync(customerId, titleId, form.NewDefault, form.Version, ct);
        if (result.Succeeded)
        {
            this.Notify(result.Value!.Status == InvoiceTitleStatus.Archived
                ? "Invoice title {0} archived: it was printed on a receipt, so it is kept."
                : "Invoice title {0} removed.", result.Value.BuyerName);
            return RedirectToAction(nameof(Index), new { customerId });
        }

        var model = await RemoveModelAsync(customerId, titleId, ct);
        if (model is null || result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result, text);
        model.NewDefault = form.NewDefault;
        return View(model);
    }

    private async Task<TitleRemoveViewModel?> RemoveModelAsync(Guid customerId, Guid titleId, CancellationToken ct)
    {
        var customer = await query.CustomerAsync(customerId, ct);
        var title = customer is null ? null : await query.FindAsync(customerId, titleId, ct);
        if (customer is null || title is null || title.Status == InvoiceTitleStatus.Archived)
        {
            return null;
        }

        var all = await query.ListAsync(customerId, includeArchived: false, ct);
        return new TitleRemoveViewModel
        {
            Customer = customer, Title = title, Version = Versions.Format(title.Version),
            Others = all.Value?.Where(t => t.Id != titleId).ToList() ?? [],
        };
    }

    private IActionResult Done(Guid customerId, OperationResult<InvoiceTitle> result, string notice)
    {
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            this.Notify(notice, result.Value!.BuyerName);
        }
        else
        {
            this.NotifyError(result);
        }

        return RedirectToAction(nameof(Index), new { customerId });
    }

    private async Task<bool> CanManageAsync() =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(InvoiceTitlesPermissions.Manage))).Succeeded;
}
