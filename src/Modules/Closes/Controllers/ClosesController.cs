using System.Globalization;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Permissions;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Modules.Closes.Services;
using Admin.Modules.Closes.ViewModels;
using Admin.Modules.Ledger.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Closes.Controllers;

/// <summary>
/// The close screens (帐务管理): shift close (the till counted, the review dialog over the unchanged form on a difference),
/// the shift report, daily close (open shifts, the day so far, the handover), the day report with its hash and verification.
/// </summary>
public sealed class ClosesController(ShiftCloses shifts, DayCloses days, DayReports reports, ClosesQuery query, AdminText text) : Controller
{
    [HttpGet("closes")]
    [RequirePermission(ClosesPermissions.View)]
    public async Task<IActionResult> Index(bool verify, string? after, CancellationToken ct)
    {
        var model = new ClosesIndexViewModel();
        var dayPage = await query.DaysAsync(after, null, ct);
        if (dayPage.Succeeded)
        {
            model.Days = dayPage.Value!;
        }
        else
        {
            ModelState.AddErrors(dayPage, text);
        }

        model.Shifts = (await query.ShiftsAsync(null, 20, ct)).Value ?? model.Shifts;
        model.Verified = verify ? await reports.VerifyAllAsync(null, null, null, ct) : null;
        return View(model);
    }

    [HttpGet("closes/shift")]
    [CounterTaskScreen(CounterTaskPick.None, "shift-form")]
    [RequirePermission(ClosesPermissions.Shift)]
    public async Task<IActionResult> Shift(CancellationToken ct) => View(new ShiftCloseFormViewModel { Shift = await shifts.CurrentAsync(ct) });

    [HttpPost("closes/shift")]
    [RequirePermission(ClosesPermissions.Shift)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Shift(ShiftCloseFormViewModel form, CancellationToken ct)
    {
        var counted = new Dictionary<string, decimal?>();
        foreach (var method in ChartOfAccounts.TillMethods)
        {
            var parsed = Money.Parse(form.Counted.Of(method), $"counted.{method}");
            if (parsed.Succeeded)
            {
                counted[method] = parsed.Value;
            }
            else
            {
                ModelState.AddErrors(parsed, text);
            }
        }

        var denominations = new Dictionary<string, int?>();
        foreach (var (name, typed) in form.Denominations)
        {
            if (string.IsNullOrWhiteSpace(typed))
            {
                continue;
            }

            if (int.TryParse(typed.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                denominations[name] = n;
            }
            else
            {
                ModelState.AddModelError("denominations", text.Message(ClosesErrors.DenominationInvalid()));
            }
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await shifts.CloseAsync(new ShiftCloseInput(counted, denominations, form.Note, form.Review.ToCredentials()), ct);
            if (result.Succeeded)
            {
                this.Notify("Shift closed: {0}.", result.Value!.Number);
                return Redirect($"~/closes/shifts/{result.Value.Id}");
            }

            form.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
            if (form.ReviewDialog is null)
            {
                ModelState.AddErrors(result, text);
            }

            form.Review = new ReviewInput { LoginName = form.Review.LoginName };
        }

        form.Shift = await shifts.CurrentAsync(ct);
        return View(form);
    }

    [HttpGet("closes/shifts/{id:guid}")]
    [RequirePermission(ClosesPermissions.View)]
    public async Task<IActionResult> ShiftReport(Guid id, CancellationToken ct) =>
        await query.FindShiftAsync(id, ct) is { } close ? View(new ShiftCloseViewModel { Close = close }) : NotFound();

    [HttpGet("closes/day")]
    [CounterTaskScreen(CounterTaskPick.None, "day-form")]
    [RequirePermission(ClosesPermissions.Day)]
    public async Task<IActionResult> Day(CancellationToken ct)
    {
        var status = await days.StatusAsync(ct);
        return View(new DayCloseFormViewModel { Status = status, Day = status?.Day, Amount = status is { HeldForHandover: > 0 } s ? Money.Format(s.HeldForHandover) : null });
    }

    [HttpPost("closes/day")]
    [RequirePermission(ClosesPermissions.Day)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Day(DayCloseFormViewModel form, CancellationToken ct)
    {
        var amount = Money.Parse(form.Amount, "amount");
        if (!amount.Succeeded)
        {
            ModelState.AddErrors(amount, text);
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await days.CloseAsync(new DayCloseInput(form.Day, form.SlipNumber, amount.Value), ct);
            if (result.Succeeded)
            {
                this.Notify("Day {0} closed.", result.Value!.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return Redirect($"~/closes/days/{result.Value.Id}");
            }

            ModelState.AddErrors(result, text);
        }

        form.Status = await days.StatusAsync(ct);
        return View(form);
    }

    [HttpGet("closes/days/{id:guid}")]
    [RequirePermission(ClosesPermissions.View)]
    public async Task<IActionResult> DayReport(Guid id, bool verify, CancellationToken ct)
    {
        if (await query.FindDayAsync(id, ct) is not { } close)
        {
            return NotFound();
        }

        return View(new DayCloseViewModel
        {
            Close = close, Report = await reports.ReportAsync(close.OutletId, close.OutletCode, close.Day, ct), Verification = verify ? await reports.VerifyAsync(close, ct) : null,
        });
    }
}
