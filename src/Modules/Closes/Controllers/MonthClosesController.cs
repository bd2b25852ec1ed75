using System.Globalization;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Modules.Closes.Models;
using Admin.Modules.Closes.Services;
using Admin.Modules.Closes.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Closes.Controllers;

/// <summary>The monthly close (网点月结), the month report, and head office's reviewed reopening of a closed day or month.</summary>
public sealed class MonthClosesController(MonthCloses months, MonthReports reports, PeriodReopenings reopenings, Kernel.Data.AdminDbContext db, OutletScope scope, AdminText text)
    : Controller
{
    [HttpGet("closes/month")]
    [RequirePermission(ClosesPermissions.Month)]
    public async Task<IActionResult> Month(string? month, CancellationToken ct)
    {
        var status = await months.StatusAsync(MonthCloses.ParseMonth(month), ct);
        return View(new MonthCloseFormViewModel { Status = status, Month = status?.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture) });
    }

    [HttpPost("closes/month")]
    [RequirePermission(ClosesPermissions.Month)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Month(MonthCloseFormViewModel form, CancellationToken ct)
    {
        var result = await months.CloseAsync(form.Month, ct);
        if (result.Succeeded)
        {
            this.Notify("Month {0} closed.", result.Value!.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            return Redirect($"~/closes/months/{result.Value.Id}");
        }

        ModelState.AddErrors(result, text);
        form.Status = await months.StatusAsync(MonthCloses.ParseMonth(form.Month), ct);
        return View(form);
    }

    [HttpGet("closes/months/{id:guid}")]
    [RequirePermission(ClosesPermissions.View)]
    public async Task<IActionResult> MonthReport(Guid id, CancellationToken ct)
    {
        if (await scope.Apply(db.Set<MonthClose>().AsNoTracking()).FirstOrDefaultAsync(m => m.Id == id, ct) is not { } close)
        {
            return NotFound();
        }

        return View(new MonthCloseViewModel { Close = close, Report = await reports.ReportAsync(close.OutletId, close.OutletCode, close.Month, ct) });
    }

    [HttpGet("closes/reopen")]
    [RequirePermission(ClosesPermissions.Reopen)]
    public async Task<IActionResult> Reopen(CancellationToken ct) =>
        View(new ReopenFormViewModel { Kind = nameof(PeriodKind.Day), Recent = await reopenings.RecentAsync(scope, 20, ct) });

    [HttpPost("closes/reopen")]
    [RequirePermission(ClosesPermissions.Reopen)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reopen(ReopenFormViewModel form, CancellationToken ct)
    {
        var result = await reopenings.ReopenAsync(new ReopenInput(form.Outlet, form.Kind, form.Period, form.Reason, form.Review.ToCredentials()), ct);
        if (result.Succeeded)
        {
            this.Notify("Reopened: {0} {1}.", result.Value!.OutletCode, form.Period ?? "");
            return Redirect("~/closes/reopen");
        }

        form.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
        if (form.ReviewDialog is null)
        {
            ModelState.AddErrors(result, text);
        }

        form.Review = new ReviewInput { LoginName = form.Review.LoginName };
        form.Recent = await reopenings.RecentAsync(scope, 20, ct);
        return View(form);
    }
}
