using System.Globalization;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Kernel.Time;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Cheques.Services;
using Admin.Modules.Cheques.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Cheques.Controllers;

/// <summary>
/// The cheque screens after receipt: 支票查询 with filters, paging and CSV, and the cheque's record page with its history
/// and the clear and bounce actions (every bounce through the review dialog).
/// </summary>
public sealed class ChequesController(
    ChequeSettlement settlement, ChequeBounceReasons bounceReasons, ChequeQuery query, OutletScope scope, LocalClock local, IAuthorizationService authorization, AdminText text)
    : Controller
{
    [HttpGet("cheques")]
    [RequirePermission(ChequesPermissions.View)]
    public async Task<IActionResult> Index(string? number, string? customer, string? status, string? from, string? to, string? outlet, string? after, CancellationToken ct)
    {
        var model = new ChequeListViewModel
        {
            Number = number, Customer = customer, Status = status, From = from, To = to, Outlet = outlet, IsFirstPage = after is null,
            CanReceive = await CanAsync(ChequesPermissions.Receive), SeesAllOutlets = scope.SeesAllOutlets,
        };
        var filter = Filter(model);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await query.ListAsync(filter, after, null, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(model);
        }

        model.Cheques = result.Value!.Items;
        model.Next = result.Value.Next;
        return View(model);
    }

    [HttpGet("cheques/export.csv")]
    [RequirePermission(ChequesPermissions.View)]
    public async Task<IActionResult> Export(string? number, string? customer, string? status, string? from, string? to, string? outlet, CancellationToken ct)
    {
        var filter = Filter(new ChequeListViewModel { Number = number, Customer = customer, Status = status, From = from, To = to, Outlet = outlet });
        var rows = query.Stream(filter);
        if (!ModelState.IsValid || !rows.Succeeded)
        {
            return BadRequest();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=cheques-{DateTime.UtcNow:yyyyMMddHHmmss}.csv";
        await ChequeCsv.WriteAsync(Response.Body, rows.Value!, await Kernel.Time.LocalTimes.OffsetAsync(HttpContext), ct);
        return new EmptyResult();
    }

    [HttpGet("cheques/{id:guid}")]
    [RequirePermission(ChequesPermissions.View)]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await DetailsAsync(id, ct) is { } model ? View(model) : NotFound();

    [HttpPost("cheques/{id:guid}/clear")]
    [RequirePermission(ChequesPermissions.Settle)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Clear(Guid id, ClearChequeForm form, CancellationToken ct)
    {
        var on = this.ParseDate(text, form.ClearedOn, nameof(form.ClearedOn), "clearedOn");
        OperationResult<Cheque>? result = null;
        if (ModelState.ErrorCount == 0)
        {
            result = await settlement.ClearAsync(id, on, ParseVersion(form.Version), ct);
            if (result.Succeeded)
            {
                this.Notify("Cheque {0} cleared: {1} credited to the customer's account.", result.Value!.Receipt, Money.Display(result.Value.Amount));
                return RedirectToAction(nameof(Details), new { id });
            }

            if (result.Failure == FailureKind.NotFound)
            {
                return NotFound();
            }
        }

        if (await DetailsAsync(id, ct) is not { } model)
        {
            return NotFound();
        }

        model.Failed = "clear";
        model.Clear = new ClearChequeForm { ClearedOn = form.ClearedOn, Version = model.Clear.Version };
        ShowFailure(model, result, form.Version);
        return View(nameof(Details), model);
    }

    [HttpPost("cheques/{id:guid}/bounce")]
    [RequirePermission(ChequesPermissions.Settle)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Bounce(Guid id, BounceChequeForm form, CancellationToken ct)
    {
        var on = this.ParseDate(text, form.BouncedOn, nameof(form.BouncedOn), "bouncedOn");
        BounceReason? reason = Enum.TryParse<BounceReason>(form.Reason, false, out var r) && Enum.IsDefined(r) && !int.TryParse(form.Reason, out _) ? r : null;
        OperationResult<Cheque>? result = null;
        if (ModelState.ErrorCount == 0)
        {
            result = await settlement.BounceAsync(id, await bounceReasons.CheckAsync(new BounceInput(reason, form.Note, on, ParseVersion(form.Version), form.Review.ToCredentials()), ct), ct);
            if (result.Succeeded)
            {
                this.Notify("Cheque {0} bounced.", result.Value!.Receipt);
                return RedirectToAction(nameof(Details), new { id });
            }

            if (result.Failure == FailureKind.NotFound)
            {
                return NotFound();
            }
        }

        if (await DetailsAsync(id, ct) is not { } model)
        {
            return NotFound();
        }

        model.Failed = "bounce";
        model.Bounce = new BounceChequeForm { Reason = form.Reason, Note = form.Note, BouncedOn = form.BouncedOn, Version = form.Version, Review = new ReviewInput { LoginName = form.Review.LoginName } };
        model.ReviewDialog = result is null ? null : ReviewDialogModel.For(result, text, form.Review);
        if (model.ReviewDialog is null)
        {
            ShowFailure(model, result, form.Version);
        }

        return View(nameof(Details), model);
    }

    private async Task<ChequeDetailsViewModel?> DetailsAsync(Guid id, CancellationToken ct)
    {
        if (await query.FindAsync(id, ct) is not { } cheque)
        {
            return null;
        }

        var version = cheque.Version.ToString(CultureInfo.InvariantCulture);
        var today = (await local.TodayAsync(ct)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ChequeDetailsViewModel
        {
            Cheque = cheque,
            History = await query.HistoryAsync(id, ct),
            CanSettle = await CanAsync(ChequesPermissions.Settle),
            CanReceive = await CanAsync(ChequesPermissions.Receive),
            Clear = new ClearChequeForm { ClearedOn = today, Version = version },
            Bounce = new BounceChequeForm { BouncedOn = today, Version = version },
            Today = today,
            Reasons = await bounceReasons.AllAsync(ct),
        };
    }

    /// <summary>
    /// A failed clear or bounce on the record page: a conflict (someone else changed the cheque, or it is no longer in a
    /// state that allows it) shows the cheque as it is now, with forms carrying its current version; other failures go
    /// beside their fields.
    /// </summary>
    private void ShowFailure(ChequeDetailsViewModel model, OperationResult? result, string? versionRead)
    {
        if (result is null)
        {
            return;
        }

        if (result.Failure == FailureKind.Conflict)
        {
            model.StaleFrom = model.Cheque.Status;
            if (ParseVersion(versionRead) is { } read && read == model.Cheque.Version)
            {
                model.StaleFrom = null;
            }

            ModelState.AddModelError("", text.Message(result.Errors[0]));
            model.Failed = null;
            return;
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field switch
            {
                "clearedOn" => nameof(ClearChequeForm.ClearedOn),
                "bouncedOn" => nameof(BounceChequeForm.BouncedOn),
                "reason" => nameof(BounceChequeForm.Reason),
                "note" => nameof(BounceChequeForm.Note),
                _ => "",
            }, text.Message(error));
        }
    }

    private ChequeFilter Filter(ChequeListViewModel model)
    {
        var from = this.ParseDate(text, model.From, nameof(model.From), "from");
        var to = this.ParseDate(text, model.To, nameof(model.To), "to");
        return new ChequeFilter(model.Outlet, model.Customer, model.Status, from, to, model.Number);
    }

    private static long? ParseVersion(string? typed) =>
        long.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private async Task<bool> CanAsync(string permission) =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(permission))).Succeeded;
}
