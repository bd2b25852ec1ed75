using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.Outlets.Services;
using Admin.Modules.Outlets.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Outlets.Controllers;

/// <summary>The outlet screens (发卡网点信息维护): list, tree, record, create, edit, suspend/close/reopen, CSV import and export.</summary>
[Route("admin/outlets")]
[RequirePermission(OutletsPermissions.View)]
public sealed class OutletsController(OutletQuery query, OutletService outlets, OutletImport import, IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, string? status, string? parent, string? type, string? after, CancellationToken ct)
    {
        var model = new OutletListViewModel
        {
            Search = search, Status = status, Parent = parent, Type = type, IsFirstPage = after is null,
            Parents = await query.ParentsAsync(ct), CanManage = await CanManageAsync(),
        };
        var result = await query.ListAsync(new OutletFilter(search, status, parent, type, after), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(model);
        }

        model.Outlets = result.Value!.Items;
        model.Next = result.Value.Next;
        return View(model);
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(string? search, string? status, string? parent, string? type, CancellationToken ct)
    {
        var rows = query.Stream(new OutletFilter(search, status, parent, type));
        if (!rows.Succeeded)
        {
            this.NotifyError(rows);
            return RedirectToAction(nameof(Index));
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=outlets-{DateTime.UtcNow:yyyyMMddHHmmss}.csv";
        await OutletCsv.WriteAsync(Response.Body, rows.Value!, ct);
        return new EmptyResult();
    }

    [HttpGet("tree")]
    public async Task<IActionResult> Tree(CancellationToken ct) =>
        View(new OutletTreeViewModel { Roots = await query.TreeAsync(ct), CanManage = await CanManageAsync() });

    [HttpGet("new")]
    [RequirePermission(OutletsPermissions.Manage)]
    public async Task<IActionResult> Create(string? parent, CancellationToken ct) =>
        View("Form", new OutletFormViewModel { Parent = parent, Type = "Outlet", Parents = await query.ParentsAsync(ct) });

    [HttpPost("new")]
    [RequirePermission(OutletsPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(OutletFormViewModel form, CancellationToken ct)
    {
        var result = await outlets.CreateAsync(form.ToFields(), ct);
        if (result.Succeeded)
        {
            this.Notify("Outlet {0} created.", result.Value!.Code);
            return RedirectToAction(nameof(Details), new { code = result.Value.Code });
        }

        ModelState.AddErrors(result, text);
        form.Parents = await query.ParentsAsync(ct);
        return View("Form", form);
    }

    [HttpGet("import")]
    [RequirePermission(OutletsPermissions.Manage)]
    public IActionResult Import() => View(new OutletImportViewModel());

    [HttpPost("import")]
    [RequirePermission(OutletsPermissions.Manage)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(OutletImport.MaxBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = OutletImport.MaxBytes + (64 * 1024))]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken ct)
    {
        var csv = await OutletImport.ReadAsync(file, ct);
        var result = csv.Succeeded ? await import.ImportAsync(csv.Value!, ct) : OutletImport.Failed(csv);
        if (result.Succeeded)
        {
            this.Notify("{0} outlets imported.", result.Created);
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddModelError("", text["Nothing was imported. Correct the rows below and import the whole file again."]);
        return View(new OutletImportViewModel { Problems = result.Problems, FileName = file?.FileName });
    }

    [HttpGet("import/template.csv")]
    [RequirePermission(OutletsPermissions.Manage)]
    public async Task<IActionResult> Template(CancellationToken ct)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=outlets-template.csv";
        await OutletCsv.WriteTemplateAsync(Response.Body, ct);
        return new EmptyResult();
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> Details(string code, CancellationToken ct)
    {
        var outlet = await query.FindAsync(code, ct);
        if (outlet is null)
        {
            return NotFound();
        }

        return View(new OutletDetailsViewModel
        {
            Outlet = outlet,
            Children = await query.CountChildrenAsync(outlet.Id, ct),
            History = (await query.HistoryAsync(outlet.Code, ct)).Select(OutletHistoryEntry.From).ToList(),
            CanManage = await CanManageAsync(),
        });
    }

    [HttpGet("{code}/edit")]
    [RequirePermission(OutletsPermissions.Manage)]
    public async Task<IActionResult> Edit(string code, CancellationToken ct)
    {
        var outlet = await query.FindAsync(code, ct);
        if (outlet is null)
        {
            return NotFound();
        }

        var form = OutletFormViewModel.From(outlet);
        form.Parents = await query.ParentsAsync(ct);
        return View("Form", form);
    }

    [HttpPost("{code}/edit")]
    [RequirePermission(OutletsPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromRoute] string code, OutletFormViewModel form, CancellationToken ct)
    {
        var result = await outlets.UpdateAsync(code, form.ToFields(), form.Version, ct);
        if (result.Succeeded)
        {
            this.Notify("Outlet {0} saved.", code);
            return RedirectToAction(nameof(Details), new { code });
        }

        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        var current = await query.FindAsync(code, ct);
        if (current is null)
        {
            return NotFound();
        }

        ModelState.AddErrors(result, text);
        form.Code = current.Code;
        form.IsEdit = true;
        form.CurrentType = current.Type;
        form.Parents = await query.ParentsAsync(ct);
        if (result.Extensions.ContainsKey("version"))
        {
            // Stale: show what was saved meanwhile; the form now carries the current version, so Save reapplies the user's values.
            form.Current = current;
            form.Version = Versions.Format(current.Version);
        }

        return View("Form", form);
    }

    [HttpGet("{code}/status/{verb}")]
    [RequirePermission(OutletsPermissions.Manage)]
    public async Task<IActionResult> Status(string code, string verb, CancellationToken ct)
    {
        var outlet = await query.FindAsync(code, ct);
        if (outlet is null || OutletLabels.FromVerb(verb) is not { } target || !outlet.AllowedTransitions.Contains(target))
        {
            return NotFound();
        }

        return View(new OutletStatusViewModel { Outlet = outlet, Target = target, Version = Versions.Format(outlet.Version) });
    }

    [HttpPost("{code}/status/{verb}")]
    [RequirePermission(OutletsPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Status(string code, string verb, OutletStatusViewModel form, CancellationToken ct)
    {
        if (OutletLabels.FromVerb(verb) is not { } target)
        {
            return NotFound();
        }

        var result = await outlets.ChangeStatusAsync(code, target.ToString(), form.Reason, form.Version, ct);
        if (result.Succeeded)
        {
            this.Notify(target switch
            {
                Models.OutletStatus.Active => "Outlet {0} reopened.",
                Models.OutletStatus.Suspended => "Outlet {0} suspended.",
                _ => "Outlet {0} closed.",
            }, code);
            return RedirectToAction(nameof(Details), new { code });
        }

        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (result.Failure == FailureKind.Conflict)
        {
            // Stale or no longer allowed: the record page shows the outlet as it is now, with the reason.
            this.NotifyError(result);
            return RedirectToAction(nameof(Details), new { code });
        }

        ModelState.AddErrors(result, text);
        form.Outlet = await query.FindAsync(code, ct);
        form.Target = target;
        return form.Outlet is null ? NotFound() : View(form);
    }

    private async Task<bool> CanManageAsync() =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(OutletsPermissions.Manage))).Succeeded;
}
