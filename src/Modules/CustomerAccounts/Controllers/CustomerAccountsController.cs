using System.Globalization;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.CustomerAccounts.Services;
using Admin.Modules.CustomerAccounts.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.CustomerAccounts.Controllers;

/// <summary>
/// The customer-account screens: closing a customer, refunds, deposit return, the refunds list and receipt, and the arrivals
/// (the unmatched list, recording and matching). A review asked for opens the kernel's dialog over the unchanged form.
/// </summary>
public sealed class CustomerAccountsController(
    CustomerClosingTask closing, RefundTasks refunds, ArrivalTasks arrivals, AccountsQuery query, ICustomerDirectory customers, AdminText text, CreditRatings ratings,
    IAuthorizationService authorization)
    : Controller
{
    [HttpGet("customer-accounts/credit")]
    [RequirePermission(CustomerAccountsPermissions.View)]
    [CounterTaskScreen(CounterTaskPick.Customer, "credit-form")]
    public async Task<IActionResult> Credit(string? q, string? customer, CancellationToken ct) =>
        View(await FillAsync(new CreditFormViewModel { Q = q, Customer = customer }, q, ct));

    [HttpPost("customer-accounts/credit")]
    [RequirePermission(CustomerAccountsPermissions.Rate)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Credit(CreditFormViewModel form, CancellationToken ct)
    {
        await FillAsync(form, null, ct);
        var limit = Money.Parse(form.Limit, "limit");
        if (!limit.Succeeded)
        {
            ModelState.AddModelError("limit", text.Message(limit.Errors[0]));
        }
        else if (form.View is { } v)
        {
            var result = await ratings.SetAsync(v.Customer.Id, form.Rating, limit.Value, ct);
            if (result.Succeeded)
            {
                this.Notify("Credit rating of {0} saved.", v.Customer.Code);
                return Redirect(Url.Content($"~/customer-accounts/credit?customer={Uri.EscapeDataString(v.Customer.Code)}"));
            }

            ModelState.AddErrors(result, text);
        }

        return View(form);
    }

    [HttpGet("customer-accounts/close")]
    [RequirePermission(CustomerAccountsPermissions.Close)]
    [CounterTaskScreen(CounterTaskPick.Customer, "close-form")]
    public async Task<IActionResult> Close(string? q, string? customer, CancellationToken ct) =>
        View(await FillAsync(new CloseFormViewModel { Q = q, Customer = customer }, q, ct));

    [HttpPost("customer-accounts/close")]
    [RequirePermission(CustomerAccountsPermissions.Close)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Close(CloseFormViewModel form, CancellationToken ct)
    {
        await FillAsync(form, null, ct);
        if (form.Picker.Selected is { } c)
        {
            var result = await closing.CloseAsync(new CloseInput(c.Id, form.Payout(), form.Review.ToCredentials()), ct);
            if (Done(result, form, "Customer {0} closed: refund {1}.", c.Code) is { } done)
            {
                return done;
            }

            form.Plan = await closing.PlanAsync(c.Id, ct);
        }
        else
        {
            ModelState.AddModelError("customer", text.Message(CustomerAccountsErrors.CustomerNotFound()));
        }

        return View(form);
    }

    [HttpGet("customer-accounts/refund")]
    [RequirePermission(CustomerAccountsPermissions.Refund)]
    [CounterTaskScreen(CounterTaskPick.Customer, "refund-form")]
    public IActionResult Refund(string? customer, string? card) => View(new RefundFormViewModel { Customer = customer, Card = card });

    [HttpPost("customer-accounts/refund")]
    [RequirePermission(CustomerAccountsPermissions.Refund)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Refund(RefundFormViewModel form, CancellationToken ct)
    {
        var amount = ParseAmount(form.Amount);
        if (ModelState.ErrorCount == 0)
        {
            var result = await refunds.RefundAsync(new RefundInput(form.Kind, form.Customer, form.Card, amount, form.Reason, form.Payout(), form.Review.ToCredentials(), form.Note), ct);
            if (Done(result, form, "Refund {0} made: {1}.", null) is { } done)
            {
                return done;
            }
        }

        return View(form);
    }

    [HttpGet("customer-accounts/deposit-return")]
    [RequirePermission(CustomerAccountsPermissions.Refund)]
    [CounterTaskScreen(CounterTaskPick.Card, "deposit-form")]
    public IActionResult DepositReturn(string? card) => View(new DepositReturnFormViewModel { Card = card });

    [HttpPost("customer-accounts/deposit-return")]
    [RequirePermission(CustomerAccountsPermissions.Refund)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> DepositReturn(DepositReturnFormViewModel form, CancellationToken ct)
    {
        var amount = ParseAmount(form.Amount);
        if (ModelState.ErrorCount == 0)
        {
            var result = await refunds.ReturnDepositAsync(new DepositReturnInput(form.Card, amount, form.Payout()), ct);
            if (Done(result, form, "Refund {0} made: {1}.", null) is { } done)
            {
                return done;
            }
        }

        return View(form);
    }

    [HttpGet("customer-accounts/refunds")]
    [RequirePermission(CustomerAccountsPermissions.View)]
    public async Task<IActionResult> Refunds(string? status, string? after, CancellationToken ct)
    {
        RefundStatus? wanted = Enum.TryParse<RefundStatus>(status, true, out var s) ? s : null;
        var page = await query.RefundsAsync(wanted, after, null, ct);
        if (!page.Succeeded)
        {
            return RedirectToAction(nameof(Refunds), new { status });
        }

        return View(new RefundsViewModel { Status = wanted, Items = page.Value!.Items, Next = page.Value.Next, IsFirstPage = after is null });
    }

    [HttpGet("customer-accounts/refunds/{id:guid}")]
    [RequirePermission(CustomerAccountsPermissions.View)]
    public async Task<IActionResult> RefundDetails(Guid id, CancellationToken ct) =>
        await query.RefundAsync(id, ct) is { } r
            ? View(new RefundViewModel { Refund = r, CanPay = r.Status == RefundStatus.Payable, NextCustomer = await NextCustomerAsync(r.Kind) })
            : NotFound();

    // The receipt's "Next customer" starts the task the refund came from again, for an operator who may run it.
    private async Task<string?> NextCustomerAsync(RefundKind kind)
    {
        var (screen, permission) = kind switch
        {
            RefundKind.Closing => ("~/customer-accounts/close", CustomerAccountsPermissions.Close),
            RefundKind.Deposit => ("~/customer-accounts/deposit-return", CustomerAccountsPermissions.Refund),
            _ => ("~/customer-accounts/refund", CustomerAccountsPermissions.Refund),
        };
        return (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(permission))).Succeeded ? screen : null;
    }

    [HttpPost("customer-accounts/refunds/{id:guid}/pay")]
    [RequirePermission(CustomerAccountsPermissions.Refund)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Pay(Guid id, CancellationToken ct)
    {
        var result = await refunds.PayAsync(id, ct);
        if (result.Succeeded)
        {
            this.Notify("Refund {0} paid by transfer.", result.Value!.Receipt);
        }
        else if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }
        else
        {
            this.NotifyError(result);
        }

        return RedirectToAction(nameof(RefundDetails), new { id });
    }

    [HttpGet("customer-accounts/arrivals")]
    [RequirePermission(CustomerAccountsPermissions.Arrivals)]
    [CounterTaskScreen(CounterTaskPick.None, "arrival-form")]
    public async Task<IActionResult> Arrivals(string? status, string? after, CancellationToken ct) =>
        View(await ListAsync(new ArrivalsViewModel { Status = string.Equals(status, "all", StringComparison.OrdinalIgnoreCase) ? null : Enum.TryParse<ArrivalStatus>(status, true, out var s) ? s : ArrivalStatus.Unmatched }, after, ct));

    [HttpPost("customer-accounts/arrivals")]
    [RequirePermission(CustomerAccountsPermissions.Arrivals)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> RecordArrival([Bind(Prefix = "Form")] ArrivalFormViewModel form, CancellationToken ct)
    {
        var amount = ParseAmount(form.Amount, "Form.Amount");
        DateOnly? on = null;
        if (!string.IsNullOrWhiteSpace(form.ReceivedOn))
        {
            if (DateOnly.TryParseExact(form.ReceivedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                on = d;
            }
            else
            {
                ModelState.AddModelError("Form.ReceivedOn", text.Message(CustomerAccountsErrors.DateRequired()));
            }
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await arrivals.RecordAsync(new ArrivalInput(amount, form.BankReference, form.Payer, on, form.Note, form.Customer), ct);
            if (result.Succeeded)
            {
                this.Notify("Arrival {0} recorded: {1}.", result.Value!.Reference, Money.Display(result.Value.Amount));
                return RedirectToAction(nameof(Arrivals));
            }

            ModelState.AddErrors(result, text, "Form");
        }

        return View(nameof(Arrivals), await ListAsync(new ArrivalsViewModel { Form = form }, null, ct));
    }

    [HttpPost("customer-accounts/arrivals/{id:guid}/match")]
    [RequirePermission(CustomerAccountsPermissions.Arrivals)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Match(Guid id, string? customer, CancellationToken ct)
    {
        var result = await arrivals.MatchAsync(id, customer, ct);
        if (result.Succeeded)
        {
            this.Notify("Arrival {0} matched to customer {1}.", result.Value!.Reference, result.Value.CustomerCode ?? "");
        }
        else if (result.Failure == FailureKind.NotFound && result.Errors[0].Code == "customerAccounts.arrivalNotFound")
        {
            return NotFound();
        }
        else
        {
            this.NotifyError(result);
        }

        return RedirectToAction(nameof(Arrivals));
    }

    private async Task<ArrivalsViewModel> ListAsync(ArrivalsViewModel model, string? after, CancellationToken ct)
    {
        var page = await query.ArrivalsAsync(model.Status, after, null, ct);
        if (page.Succeeded)
        {
            model.Items = page.Value!.Items;
            model.Next = page.Value.Next;
            model.IsFirstPage = after is null;
        }

        return model;
    }

    private async Task<CreditFormViewModel> FillAsync(CreditFormViewModel model, string? q, CancellationToken ct)
    {
        model.Picker = await customers.PickAsync(q, model.Customer, ct);
        model.CanRate = (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(CustomerAccountsPermissions.Rate))).Succeeded;
        if (model.Picker.Selected is { } c)
        {
            model.Customer = c.Code;
            model.View = await ratings.FindAsync(c.Id, ct);
        }

        return model;
    }

    private async Task<CloseFormViewModel> FillAsync(CloseFormViewModel model, string? q, CancellationToken ct)
    {
        model.Picker = await customers.PickAsync(q, model.Customer, ct);
        if (model.Picker.Selected is { } c)
        {
            model.Customer = c.Code;
            model.Plan = await closing.PlanAsync(c.Id, ct);
        }

        return model;
    }

    private decimal? ParseAmount(string? value, string field = "amount")
    {
        var parsed = Money.Parse(value, "amount");
        if (!parsed.Succeeded)
        {
            ModelState.AddModelError(field, text.Message(parsed.Errors[0]));
        }

        return parsed.Value;
    }

    private IActionResult? Done(OperationResult<Refund> result, PayoutForm form, string notice, string? customer)
    {
        if (result.Succeeded)
        {
            var r = result.Value!;
            if (customer is null)
            {
                this.Notify(notice, r.Receipt, Money.Display(r.Amount));
            }
            else
            {
                this.Notify(notice, customer, Money.Display(r.Amount));
            }

            return RedirectToAction(nameof(RefundDetails), new { id = r.Id });
        }

        form.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
        if (form.ReviewDialog is null)
        {
            ModelState.AddErrors(result, text);
        }

        form.Review = new ReviewInput { LoginName = form.Review.LoginName };
        return null;
    }
}
