using System.Globalization;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Services;
using Admin.Modules.Operators.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Controllers;

/// <summary>Operators (操作员信息维护): list, record, create, edit, change login ID (更改登录ID).</summary>
[Route("admin/operators")]
public sealed class OperatorsController(OperatorQueries queries, OperatorAuthority authority, RoleMaintenance roles, OperatorMaintenance maintenance, ICurrentOperator current, IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("")]
    [RequirePermission(OperatorsPermissions.View)]
    public async Task<IActionResult> Index(string? search, string? outlet, string? status, string? role, string? after, CancellationToken ct)
    {
        var model = new OperatorsIndexViewModel
        {
            Search = search, Outlet = outlet, Status = status, Role = role, IsFirstPage = after is null,
            Roles = await queries.RoleNamesAsync(ct),
            CanCreate = await MayAsync(OperatorsPermissions.Manage),
        };
        var result = await queries.ListAsync(new OperatorFilter(search, outlet, status, role, after), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(model);
        }

        model.Rows = result.Value!.Items;
        model.Next = result.Value.Next;
        return View(model);
    }

    [HttpGet("export.csv")]
    [RequirePermission(OperatorsPermissions.View)]
    public async Task<IActionResult> Export(string? search, string? outlet, string? status, string? role, CancellationToken ct)
    {
        var result = await queries.ExportAsync(new OperatorFilter(search, outlet, status, role), ct);
        if (!result.Succeeded)
        {
            this.NotifyError(result);
            return RedirectToAction(nameof(Index), new { search, outlet, status, role });
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=operators-{DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}.csv";
        await OperatorsCsv.WriteAsync(Response.Body, result.Value!, await Kernel.Time.LocalTimes.OffsetAsync(HttpContext), ct);
        return new EmptyResult();
    }

    [HttpGet("{id:guid}")]
    [RequirePermission(OperatorsPermissions.View)]
    public async Task<IActionResult> Show(Guid id, string? historyAfter, CancellationToken ct)
    {
        var details = await queries.FindAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        var history = await queries.HistoryAsync(id, historyAfter, null, ct);
        var mayManage = await authority.MayManageAsync(id, ct);
        return View(new OperatorRecordViewModel
        {
            Details = details,
            History = history.Value?.Items ?? [],
            HistoryNext = history.Value?.Next,
            HistoryIsFirstPage = historyAfter is null || !history.Succeeded,
            CanManage = mayManage && await MayAsync(OperatorsPermissions.Manage),
            CanManagePasswords = mayManage && await MayAsync(OperatorsPermissions.ManagePasswords),
            IsSelf = current.OperatorId == id,
        });
    }

    [HttpGet("new")]
    [RequirePermission(OperatorsPermissions.Manage)]
    public async Task<IActionResult> Create([FromServices] Outlets.Contracts.IOutletDirectory outlets, CancellationToken ct) =>
        View(new OperatorFormModel
        {
            OutletCode = current.SeesAllOutlets ? null : current.OutletCode, RoleChoices = await roles.RoleChoicesAsync(ct), OutletChoices = await OutletChoicesAsync(outlets, ct),
        });

    /// <summary>On success the temporary password is rendered in this response, once: never put in TempData or a redirect.</summary>
    [HttpPost("new")]
    [RequirePermission(OperatorsPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(OperatorFormModel input, [FromServices] Outlets.Contracts.IOutletDirectory outlets, CancellationToken ct)
    {
        var result = await maintenance.AddOperatorAsync(new NewOperator(input.OutletCode, input.LoginName, input.DisplayName, input.EmployeeNumber, input.Phone, input.Roles), ct);
        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddErrors(result, text);
            input.RoleChoices = await roles.RoleChoicesAsync(ct);
            input.OutletChoices = await OutletChoicesAsync(outlets, ct);
            return View(input);
        }

        Response.Headers.CacheControl = "no-store";
        return View("TemporaryPassword", new TemporaryPasswordViewModel { Result = result.Value!, Created = true });
    }

    [HttpGet("{id:guid}/edit")]
    [RequirePermission(OperatorsPermissions.Manage)]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var details = await queries.FindAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        var op = details.Operator;
        return View(new OperatorFormModel
        {
            Id = op.Id, OutletCode = op.OutletCode, LoginName = op.LoginName, DisplayName = op.DisplayName, EmployeeNumber = op.EmployeeNumber,
            Phone = op.PhoneNumber, Roles = [.. details.Roles], Version = Kernel.Data.Versions.Format(op.Version),
            RoleChoices = await roles.RoleChoicesAsync(ct),
        });
    }

    /// <summary>A stale edit shows the current values beside what was typed, with the current version, so one more save reapplies it.</summary>
    [HttpPost("{id:guid}/edit")]
    [RequirePermission(OperatorsPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(Guid id, OperatorFormModel input, CancellationToken ct)
    {
        var result = await maintenance.UpdateAsync(id, new OperatorChanges(input.DisplayName, input.EmployeeNumber, input.Phone, input.Roles, input.Version), ct);
        if (result.Succeeded)
        {
            this.Notify("Operator {0} saved.", result.Value!.LoginName);
            return RedirectToAction(nameof(Show), new { id });
        }

        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        var details = await queries.FindAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        ModelState.AddErrors(result, text);
        input.Id = id;
        input.OutletCode = details.Operator.OutletCode;
        input.LoginName = details.Operator.LoginName;
        input.RoleChoices = await roles.RoleChoicesAsync(ct);
        if (result.Failure == FailureKind.Conflict && result.Extensions.ContainsKey("version"))
        {
            input.Current = details;
            input.Version = Kernel.Data.Versions.Format(details.Operator.Version);
        }

        return View(input);
    }

    [HttpGet("{id:guid}/login-name")]
    [RequirePermission(OperatorsPermissions.Manage)]
    public async Task<IActionResult> LoginName(Guid id, CancellationToken ct)
    {
        var details = await queries.FindAsync(id, ct);
        return details is null
            ? NotFound()
            : View(new LoginNameFormModel { Details = details, Version = Kernel.Data.Versions.Format(details.Operator.Version) });
    }

    [HttpPost("{id:guid}/login-name")]
    [RequirePermission(OperatorsPermissions.Manage)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> LoginName(Guid id, LoginNameFormModel input, CancellationToken ct)
    {
        var result = await maintenance.ChangeLoginNameAsync(id, input.LoginName, input.Version, ct);
        if (result.Succeeded)
        {
            this.Notify("The login name is now {0}. The operator's sessions have ended; they sign in with the new name.", result.Value!.LoginName);
            return RedirectToAction(nameof(Show), new { id });
        }

        var details = await queries.FindAsync(id, ct);
        if (details is null || result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        ModelState.Clear();
        ModelState.AddErrors(result, text);
        input.Details = details;
        input.Version = Kernel.Data.Versions.Format(details.Operator.Version);
        return View(input);
    }

    private async Task<bool> MayAsync(string permission) =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(permission))).Succeeded;

    private static async Task<IReadOnlyList<KeyValuePair<string, string>>> OutletChoicesAsync(Outlets.Contracts.IOutletDirectory outlets, CancellationToken ct) =>
        (await outlets.VisibleOpenAsync(ct)).Select(o => KeyValuePair.Create(o.Code, o.LocalName)).ToList();
}

/// <summary>Writes operators as CSV (the screen's and the API's export).</summary>
internal static class OperatorsCsv
{
    private static readonly string[] Header =
        ["outletCode", "loginName", "displayName", "employeeNumber", "phone", "status", "locked", "mustChangePassword", "roles", "lastSignInAt"];

    /// <remarks>Instants are local time with the offset (ISO 8601).</remarks>
    public static Task WriteAsync(Stream body, IAsyncEnumerable<OperatorRow> rows, TimeSpan offset, CancellationToken ct) =>
        Kernel.Csv.Csv.WriteAsync(body, Header, rows.Select(r => (IEnumerable<string?>)
        [
            r.OutletCode, r.LoginName, r.DisplayName, r.EmployeeNumber, r.Phone, r.Status.ToString(),
            r.IsLocked ? "true" : "false", r.MustChangePassword ? "true" : "false", string.Join("; ", r.Roles),
            r.LastSignInAt is { } at ? Kernel.Time.LocalTimes.Iso(at, offset) : null,
        ]), ct);

}
