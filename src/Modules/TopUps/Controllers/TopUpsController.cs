using Admin.Kernel.Idempotency;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Kernel.Time;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.TopUps.Models;
using Admin.Modules.TopUps.Services;
using Admin.Modules.TopUps.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.TopUps.Controllers;

/// <summary>
/// The top-up screens (发卡充值): top-up, customer receipt, the receipts list and a receipt with its cancel and reverse. A
/// review asked for opens the kernel's dialog over the unchanged form; the idempotency key is kept until the task succeeds.
/// </summary>
public sealed class TopUpsController(
    TopUpTasks tasks, ReceiptCorrections corrections, ReceiptQuery query, TopUpChecks checks, ICurrentOperator current, LocalClock local, TimeProvider clock,
    AdminText text) : Controller
{
    [HttpGet("topups/topup")]
    [RequirePermission(TopUpsPermissions.TopUp)]
    [CounterTaskScreen(CounterTaskPick.Customer, "topup-form")]
    public async Task<IActionResult> TopUp(string? customer, string? card, CancellationToken ct) =>
        View("Task", await ServedAsync(new TopUpFormViewModel { Task = TopUpTask.TopUp, Customer = customer, Card = card }, ct));

    [HttpPost("topups/topup")]
    [RequirePermission(TopUpsPermissions.TopUp)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public Task<IActionResult> TopUp(TopUpFormViewModel form, CancellationToken ct) => RunAsync(TopUpTask.TopUp, form, ct);

    [HttpGet("topups/receive")]
    [RequirePermission(TopUpsPermissions.TopUp)]
    [CounterTaskScreen(CounterTaskPick.Customer, "topup-form")]
    public async Task<IActionResult> Receive(string? customer, string? card, CancellationToken ct) =>
        View("Task", await ServedAsync(new TopUpFormViewModel { Task = TopUpTask.Receipt, Customer = customer, Card = card }, ct));

    [HttpPost("topups/receive")]
    [RequirePermission(TopUpsPermissions.TopUp)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public Task<IActionResult> Receive(TopUpFormViewModel form, CancellationToken ct) => RunAsync(TopUpTask.Receipt, form, ct);

    [HttpGet("topups/receipts")]
    [RequirePermission(TopUpsPermissions.View)]
    public async Task<IActionResult> Receipts(string? customer, string? card, string? status, string? after, CancellationToken ct)
    {
        var model = new ReceiptListViewModel { Customer = customer, Card = card, Status = status };
        ReceiptStatus? wanted = Enum.TryParse<ReceiptStatus>(status, true, out var s) && Enum.IsDefined(s) ? s : null;
        var page = await query.ListAsync(new ReceiptFilter(customer, card, wanted), after, null, ct);
        if (page.Succeeded)
        {
            model.Page = page.Value!;
        }
        else
        {
            ModelState.AddErrors(page, text);
        }

        return View(model);
    }

    [HttpGet("topups/receipts/{id:guid}")]
    [RequirePermission(TopUpsPermissions.View)]
    public async Task<IActionResult> Receipt(Guid id, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } receipt ? View(await RecordAsync(new ReceiptViewModel { Receipt = receipt }, ct)) : NotFound();

    [HttpPost("topups/receipts/{id:guid}/cancel")]
    [RequirePermission(TopUpsPermissions.Correct)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public Task<IActionResult> Cancel(Guid id, CorrectionForm form, CancellationToken ct) => CorrectAsync(id, true, form, ct);

    [HttpPost("topups/receipts/{id:guid}/reverse")]
    [RequirePermission(TopUpsPermissions.Correct)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public Task<IActionResult> Reverse(Guid id, CorrectionForm form, CancellationToken ct) => CorrectAsync(id, false, form, ct);

    private async Task<IActionResult> RunAsync(TopUpTask task, TopUpFormViewModel form, CancellationToken ct)
    {
        form.Task = task;
        var amount = Money.Parse(form.Amount, "amount");
        if (!amount.Succeeded)
        {
            ModelState.AddModelError("amount", text.Message(amount.Errors[0]));
        }

        if (ModelState.ErrorCount == 0)
        {
            var cheque = form.PaymentMethod == IPaymentMethodDirectory.Cheque
                ? new ChequeInput(form.ChequeNumber, form.DrawerName, form.DrawerBank, form.DrawerAccount, form.ChequeDate)
                : null;
            var result = await tasks.RunAsync(task, new TopUpInput(
                form.Customer, form.Card, amount.Value, form.PaymentMethod, form.Reference, form.PayerName, form.PayerIdNumber, cheque, form.Review.ToCredentials()), ct);
            if (result.Succeeded)
            {
                if (result.Value!.Receipt is { } r)
                {
                    this.Notify("Money received: receipt {0}.", r.Receipt);
                    return Redirect($"~/topups/receipts/{r.Id}");
                }

                this.Notify("Cheque received: {0}. The customer is credited when it clears.", result.Value.Cheque!.Receipt);
                return Redirect($"~/cheques/{result.Value.Cheque.Id}");
            }

            form.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
            if (form.ReviewDialog is null)
            {
                ModelState.AddFormErrors(result, text, FormFields);
            }

            form.Review = new ReviewInput { LoginName = form.Review.LoginName };
        }

        return View("Task", await ServedAsync(form, ct));
    }

    // The task names the receipt's card "primaryCard" and the cheque's fields "cheque.*"; the form has one card field and
    // the cheque's fields at its top level.
    private static readonly FormFieldNames FormFields = new FormFieldNames()
        .Rename("primaryCard", nameof(TopUpFormViewModel.Card))
        .Rename("cheque.number", nameof(TopUpFormViewModel.ChequeNumber))
        .Rename("cheque.drawerName", nameof(TopUpFormViewModel.DrawerName))
        .Rename("cheque.drawerBank", nameof(TopUpFormViewModel.DrawerBank))
        .Rename("cheque.drawerAccount", nameof(TopUpFormViewModel.DrawerAccount))
        .Rename("cheque.chequeDate", nameof(TopUpFormViewModel.ChequeDate));

    private async Task<IActionResult> CorrectAsync(Guid id, bool cancel, CorrectionForm form, CancellationToken ct)
    {
        var result = await corrections.CorrectAsync(id, cancel, form.Reason, form.Review.ToCredentials(), ct);
        if (result.Succeeded)
        {
            this.Notify(cancel ? "Receipt {0} cancelled." : "Receipt {0} reversed.", result.Value!.Receipt);
            return Redirect($"~/topups/receipts/{id}");
        }

        if (await query.FindAsync(id, ct) is not { } receipt)
        {
            return NotFound();
        }

        var model = new ReceiptViewModel { Receipt = receipt, Reason = form.Reason, Action = cancel ? "cancel" : "reverse" };
        model.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
        if (model.ReviewDialog is null)
        {
            ModelState.AddErrors(result, text);
        }

        model.Review = new ReviewInput { LoginName = form.Review.LoginName };
        return View("Receipt", await RecordAsync(model, ct));
    }

    private async Task<ReceiptViewModel> RecordAsync(ReceiptViewModel model, CancellationToken ct)
    {
        var offset = await local.OffsetAsync(ct);
        model.CanCorrect = model.Receipt.Status == ReceiptStatus.Posted && current.OutletId == model.Receipt.OutletId;
        // A receipt of a closed shift is reversed, never cancelled, even on its own day.
        model.SameDay = LocalClock.DayOf(model.Receipt.At, offset) == LocalClock.DayOf(clock.GetUtcNow().UtcDateTime, offset) && !await query.ShiftClosedAsync(model.Receipt, ct);
        return model;
    }

    /// <summary>The customer or card as another outlet may see it: name, masked ID number, card status.</summary>
    private async Task<TopUpFormViewModel> ServedAsync(TopUpFormViewModel model, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(model.Customer) == string.IsNullOrWhiteSpace(model.Card))
        {
            return model;
        }

        var target = await checks.TargetAsync(model.Task, model.Customer, model.Card, model.CardField, [], [], ct);
        if (target is not null)
        {
            var name = target.Customer?.Name ?? target.Card?.HolderName ?? "—";
            model.Served = new ServedView(name, NetworkCustomers.MaskId(target.Customer?.IdNumber), target.Card?.Number, target.Card?.Kind, target.Card?.Status,
                target.AccountOutletCode, target.Account.OutletId != current.OutletId);
        }

        return model;
    }
}
