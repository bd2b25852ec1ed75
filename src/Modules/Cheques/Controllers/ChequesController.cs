using System.Globalization;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Cheques.Services;
using Admin.Modules.Cheques.ViewModels;
using Admin.Modules.Counter.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Cheques.Controllers;

/// <summary>
/// The cheque screens: receipt at the counter (a counter task: the review dialog opens over the unchanged form when the
/// amount is above the limit or the customer bounced cheques before), 支票查询 with filters, paging and CSV, and the
/// cheque's record page with its history and the clear and bounce actions (every bounce through the review dialog).
/// </summary>
public sealed class ChequesController(
    ChequeService cheques, ChequeQuery query, CustomerQuery customers, OutletScope scope, SystemSettings settings,
    IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("cheques/receive")]
    [RequirePermission(ChequesPermissions.Receive)]
    public async Task<IActionResult> Receive(string? q, string? customer, CancellationToken ct)
    {
        var pick = await customers.PickAsync(q, customer, ct);
        var model = new ReceiveChequeViewModel { Q = q, Customer = customer, SelectedCustomer = pick.Selected, Matches = pick.Matches, Searched = pick.Searched };

        model.Customer = model.SelectedCustomer?.Code;
        model.ChequeDate = (await cheques.TodayAsync(ct)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await FillAsync(model, ct);
        return View(model);
    }

    [HttpPost("cheques/receive")]
    [RequirePermission(ChequesPermissions.Receive)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Receive(ReceiveChequeViewModel form, CancellationToken ct)
    {
        form.SelectedCustomer = string.IsNullOrWhiteSpace(form.Customer) ? null : await customers.FindByCodeAsync(form.Customer.Trim(), ct);
        if (form.SelectedCustomer is null)
        {
            return RedirectToAction(nameof(Receive), new { q = form.Q });
        }

        var amount = Money.Parse(form.Amount, "amount");
        if (!amount.Succeeded)
        {
            ModelState.AddModelError(nameof(form.Amount), text.Message(amount.Errors[0]));
        }

        var date = ParseDate(form.ChequeDate, nameof(form.ChequeDate), "chequeDate");
        if (ModelState.ErrorCount == 0)
        {
            var input = new ReceiveChequeInput(
                form.Customer,
                new ChequeDraft(form.Number, form.DrawerName, form.DrawerBank, form.DrawerAccount, amount.Value, date),
                form.Review.ToCredentials());
            var result = await cheques.ReceiveAsync(input, ct);
            if (result.Succeeded)
            {
                this.Notify("Cheque received: receipt {0}.", result.Value!.Receipt);
                return RedirectToAction(nameof(Details), new { id = result.Value.Id });
            }

            form.ReviewDialog = await ReceiptDialogAsync(result, input, form, ct);
            if (form.ReviewDialog is null)
            {
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(FieldOf(error.Field), text.Message(error));
                }
            }
        }

        form.Review = new ReviewInput { LoginName = form.Review.LoginName };
        await FillAsync(form, ct);
        return View(form);
    }

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
        await ChequeCsv.WriteAsync(Response.Body, rows.Value!, ct);
        return new EmptyResult();
    }

    [HttpGet("cheques/{id:guid}")]
    [RequirePermission(ChequesPermissions.View)]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await DetailsAsync(id, ct) is { } model ? View(model) : NotFound();

    [HttpPost("cheques/{id:guid}/clear")]
    [RequirePermission(ChequesPermissions.Settle)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Clear(Guid id, ClearChequeForm form, CancellationToken ct)
    {
        var on = ParseDate(form.ClearedOn, nameof(form.ClearedOn), "clearedOn");
        OperationResult<Cheque>? result = null;
        if (ModelState.ErrorCount == 0)
        {
            result = await cheques.ClearAsync(id, on, ParseVersion(form.Version), ct);
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
    public async Task<IActionResult> Bounce(Guid id, BounceChequeForm form, CancellationToken ct)
    {
        var on = ParseDate(form.BouncedOn, nameof(form.BouncedOn), "bouncedOn");
        BounceReason? reason = Enum.TryParse<BounceReason>(form.Reason, false, out var r) && Enum.IsDefined(r) && !int.TryParse(form.Reason, out _) ? r : null;
        OperationResult<Cheque>? result = null;
        if (ModelState.ErrorCount == 0)
        {
            result = await cheques.BounceAsync(id, new BounceInput(reason, form.Note, on, ParseVersion(form.Version), form.Review.ToCredentials()), ct);
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
        if (result is not null && result.Failure != FailureKind.Conflict)
        {
            var c = model.Cheque;
            var subject = text["the bounce of cheque {0} ({1}) of {2} from {3} ({4}), reason: {5}",
                c.Number, c.Receipt, Money.Display(c.Amount), c.CustomerName, c.CustomerCode, text[reason is { } known ? ChequeLabels.Reason(known) : "Other"].Value].Value;
            model.ReviewDialog = ReviewDialogModel.For(result, ChequeService.BounceReasons(c), subject, text, form.Review);
        }

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
        var today = (await cheques.TodayAsync(ct)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ChequeDetailsViewModel
        {
            Cheque = cheque,
            History = await query.HistoryAsync(id, ct),
            CanSettle = await CanAsync(ChequesPermissions.Settle),
            CanReceive = await CanAsync(ChequesPermissions.Receive),
            Clear = new ClearChequeForm { ClearedOn = today, Version = version },
            Bounce = new BounceChequeForm { BouncedOn = today, Version = version },
            Today = today,
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

    private async Task<ReviewDialogModel?> ReceiptDialogAsync(OperationResult result, ReceiveChequeInput input, ReceiveChequeViewModel form, CancellationToken ct)
    {
        if (result.Failure is not (FailureKind.ReviewRequired or FailureKind.Forbidden or FailureKind.Locked or FailureKind.Unauthorized))
        {
            return null;
        }

        var checkedInput = await cheques.CheckAsync(input, ct);
        if (!checkedInput.Succeeded)
        {
            return null;
        }

        var (cheque, customer, reasons) = checkedInput.Value;
        var subject = text["the receipt of cheque {0} of {1} from {2} ({3}), drawn by {4} on {5}",
            cheque.Number, Money.Display(cheque.Amount), customer.Name, customer.Code, cheque.DrawerName, cheque.DrawerBank].Value;
        return ReviewDialogModel.For(result, reasons, subject, text, form.Review);
    }

    private async Task FillAsync(ReceiveChequeViewModel model, CancellationToken ct)
    {
        model.Limit = await cheques.LimitAsync(ct);
        model.PresentmentDays = await settings.GetIntAsync(ChequesSettings.PresentmentDays, ct);
        var amount = Money.Parse(model.Amount, "amount").Value;
        model.Total = amount is { } v && Money.Check(v, "amount") is null ? Math.Min(Admin.Kernel.Money.ChineseAmount.Max, v) : 0m;
    }

    private ChequeFilter Filter(ChequeListViewModel model)
    {
        var from = ParseDate(model.From, nameof(model.From), "from");
        var to = ParseDate(model.To, nameof(model.To), "to");
        return new ChequeFilter(model.Outlet, model.Customer, model.Status, from, to, model.Number);
    }

    private DateOnly? ParseDate(string? typed, string key, string field)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        if (DateOnly.TryParseExact(typed.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ModelState.AddModelError(key, text.Message(ChequesErrors.DateInvalid(field)));
        return null;
    }

    private static long? ParseVersion(string? typed) =>
        long.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string FieldOf(string? field) => field switch
    {
        null or "customer" or "paymentMethod" or "status" => "",
        _ => char.ToUpperInvariant(field[0]) + field[1..],
    };

    private async Task<bool> CanAsync(string permission) =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(permission))).Succeeded;
}
