using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Localization;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Kernel.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Kernel.Controllers;

[Route("admin/audit")]
[RequirePermission(KernelPermissions.ViewAuditTrail)]
public sealed class AuditController(AuditQuery query, ModuleCatalog catalog, AdminText text, Time.LocalClock local, RecordNames names) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? module, string? @operator, string? outlet, DateOnly? from, DateOnly? to, string? after, CancellationToken ct)
    {
        var model = new AuditIndexViewModel
        {
            Module = module, Operator = @operator, Outlet = outlet, From = from, To = to, IsFirstPage = after is null,
            Modules = catalog.Modules.Select(m => m.Id).ToList(),
        };
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await query.ListAsync(new AuditFilter(module, @operator, outlet, from, to, after, null), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(model);
        }

        model.Events = result.Value!.Items;
        model.Next = result.Value.Next;
        model.Names = await names.NameAsync(model.Events.Select(e => (e.EntityType, e.EntityId)), ct);
        return View(model);
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(string? module, string? @operator, string? outlet, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=audit-{DateTime.UtcNow:yyyyMMddHHmmss}.csv";
        await AuditCsv.WriteAsync(Response.Body, query.StreamAsync(new AuditFilter(module, @operator, outlet, from, to, null, null), ct), await local.OffsetAsync(ct), ct);
        return new EmptyResult();
    }
}

/// <summary>Writes audit events as CSV.</summary>
internal static class AuditCsv
{
    private static readonly string[] Header = ["id", "occurredAt", "operator", "outlet", "module", "action", "entityType", "entityId", "clientIp", "before", "after", "summary"];

    /// <remarks>Times are the network's local time with its offset (ISO 8601), as a person reading the file expects.</remarks>
    public static Task WriteAsync(Stream body, IAsyncEnumerable<AuditEvent> events, TimeSpan offset, CancellationToken ct) =>
        Csv.Csv.WriteAsync(body, Header, events.Select(e => (IEnumerable<string?>)
        [
            e.Id.ToString(CultureInfo.InvariantCulture),
            Time.LocalTimes.Iso(e.OccurredAt, offset),
            e.OperatorLogin, e.OutletCode, e.Module, e.Action, e.EntityType, e.EntityId, e.ClientIp, e.Before, e.After, e.Summary,
        ]), ct);
}
