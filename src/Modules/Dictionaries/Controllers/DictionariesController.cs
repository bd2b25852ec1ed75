using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.Dictionaries.Models;
using Admin.Modules.Dictionaries.Services;
using Admin.Modules.Dictionaries.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Dictionaries.Controllers;

/// <summary>Dictionary data (字典数据): the tables, a table's entries, add, edit names, deactivate and reactivate.</summary>
[Route("admin/dictionaries")]
[RequirePermission(DictionariesPermissions.View)]
public sealed class DictionariesController(DictionaryService dictionaries, Contracts.IDictionaries reader, IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var tables = new List<(DictionaryKind, int, int)>();
        foreach (var kind in DictionaryKind.All)
        {
            var entries = await reader.EntriesAsync(kind.Code, ct);
            tables.Add((kind, entries.Count, entries.Count(e => e.Active)));
        }

        return View(new DictionaryIndexViewModel { Tables = tables });
    }

    [HttpGet("{kind}")]
    public async Task<IActionResult> Table(string kind, CancellationToken ct)
    {
        var result = await dictionaries.ListAsync(kind, ct);
        return !result.Succeeded
            ? NotFound()
            : View(new DictionaryTableViewModel { Kind = result.Value.Kind, Entries = result.Value.Entries, CanManage = await CanManageAsync() });
    }

    [HttpGet("{kind}/new")]
    [RequirePermission(DictionariesPermissions.Manage)]
    public IActionResult Create(string kind) =>
        DictionaryKind.Find(kind) is { Fixed: false } k ? View("Form", new DictionaryEntryFormViewModel { Kind = k.Code }) : NotFound();

    [HttpPost("{kind}/new")]
    [RequirePermission(DictionariesPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromRoute] string kind, DictionaryEntryFormViewModel form, CancellationToken ct)
    {
        if (DictionaryKind.Find(kind) is not { Fixed: false } k)
        {
            return NotFound();
        }

        var result = await dictionaries.CreateAsync(k.Code, new EntryInput(form.Code, form.NameEn, form.NameZh, form.Order), ct);
        if (result.Succeeded)
        {
            this.Notify("Entry {0} added.", result.Value!.Code);
            return RedirectToAction(nameof(Table), new { kind = k.Code });
        }

        ModelState.AddErrors(result, text);
        form.Kind = k.Code;
        form.Original = null;
        return View("Form", form);
    }

    [HttpGet("{kind}/{code}/edit")]
    [RequirePermission(DictionariesPermissions.Manage)]
    public async Task<IActionResult> Edit(string kind, string code, CancellationToken ct) =>
        await dictionaries.FindAsync(kind, code, ct) is { } entry ? View("Form", FormOf(entry)) : NotFound();

    [HttpPost("{kind}/{code}/edit")]
    [RequirePermission(DictionariesPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string kind, string code, DictionaryEntryFormViewModel form, CancellationToken ct)
    {
        var result = await dictionaries.UpdateAsync(kind, code, new EntryInput(form.Code, form.NameEn, form.NameZh, form.Order), form.Version, ct);
        if (result.Succeeded)
        {
            this.Notify("Entry {0} saved.", result.Value!.Code);
            return RedirectToAction(nameof(Table), new { kind = result.Value.Kind });
        }

        if (result.Failure == FailureKind.NotFound || await dictionaries.FindAsync(kind, code, ct) is not { } current)
        {
            return NotFound();
        }

        ModelState.AddErrors(result, text);
        var shown = FormOf(current);
        shown.Code = form.Code;
        shown.NameEn = form.NameEn;
        shown.NameZh = form.NameZh;
        shown.Order = form.Order;
        // A stale edit keeps what was typed; saving again applies it over the version now saved.
        shown.Version = result.Extensions.ContainsKey("version") ? Versions.Format(current.Version) : form.Version;
        return View("Form", shown);
    }

    [HttpPost("{kind}/{code}/status")]
    [RequirePermission(DictionariesPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Status(string kind, string code, bool active, string? version, CancellationToken ct)
    {
        var result = await dictionaries.SetActiveAsync(kind, code, active, version, ct);
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            this.Notify(active ? "Entry {0} reactivated." : "Entry {0} deactivated.", result.Value!.Code);
        }
        else
        {
            this.NotifyError(result);
        }

        return RedirectToAction(nameof(Table), new { kind = DictionaryKind.Find(kind)!.Code });
    }

    private static DictionaryEntryFormViewModel FormOf(DictionaryEntry e) => new()
    {
        Kind = e.Kind, Original = e.Code, CodeFixed = e.Used, Code = e.Code, NameEn = e.NameEn, NameZh = e.NameZh, Order = e.SortOrder,
        Version = Versions.Format(e.Version),
    };

    private async Task<bool> CanManageAsync() =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(DictionariesPermissions.Manage))).Succeeded;
}
