using System.Globalization;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Permissions;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Kernel.Settings;
using Admin.Kernel.Time;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Cheques.Services;
using Admin.Modules.Cheques.ViewModels;
using Admin.Modules.Counter.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Cheques.Controllers;

/// <summary>
/// Cheque receipt at the counter, a counter task: find the customer (Counter's customer box), type the cheque; the review
/// dialog opens over the unchanged form when the amount is above the limit or the customer bounced cheques before.
/// </summary>
public sealed class ChequeReceiptController(
    ChequeReceipts receipts, ChequeReviews reviews, ICustomerDirectory customers, LocalClock local, SystemSettings settings, AdminText text) : Controller
{
    [HttpGet("cheques/receive")]
    [RequirePermission(ChequesPermissions.Receive)]
    [CounterTaskScreen(CounterTaskPick.Customer, "cheque-form")]
    public async Task<IActionResult> Receive(string? q, string? customer, CancellationToken ct)
    {
        var model = new ReceiveChequeViewModel { Q = q, Picker = await customers.PickAsync(q, customer, ct) };
        model.Customer = model.SelectedCustomer?.Code;
        model.ChequeDate = (await local.TodayAsync(ct)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await FillAsync(model, ct);
        return View(model);
    }

    [HttpPost("cheques/receive")]
    [RequirePermission(ChequesPermissions.Receive)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Receive(ReceiveChequeViewModel form, CancellationToken ct)
    {
        form.Picker = await customers.PickAsync(null, form.Customer, ct);
        if (form.SelectedCustomer is null)
        {
            return RedirectToAction(nameof(Receive), new { q = form.Q });
        }

        var amount = Money.Parse(form.Amount, "amount");
        if (!amount.Succeeded)
        {
            ModelState.AddModelError(nameof(form.Amount), text.Message(amount.Errors[0]));
        }

        var date = this.ParseDate(text, form.ChequeDate, nameof(form.ChequeDate), "chequeDate");
        if (ModelState.ErrorCount == 0)
        {
            var input = new ReceiveChequeInput(
                form.Customer,
                new ChequeDraft(form.Number, form.DrawerName, form.DrawerBank, form.DrawerAccount, amount.Value, date),
                form.Review.ToCredentials());
            var result = await receipts.ReceiveAsync(input, ct);
            if (result.Succeeded)
            {
                this.Notify("Cheque received: receipt {0}.", result.Value!.Receipt);
                return RedirectToAction(nameof(ChequesController.Details), "Cheques", new { id = result.Value.Id });
            }

            form.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
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

    private async Task FillAsync(ReceiveChequeViewModel model, CancellationToken ct)
    {
        model.Limit = await reviews.LimitAsync(ct);
        model.PresentmentDays = await settings.GetIntAsync(ChequesSettings.PresentmentDays, ct);
        var amount = Money.Parse(model.Amount, "amount").Value;
        model.Total = amount is { } v && Money.Check(v, "amount") is null ? Math.Min(Admin.Kernel.Money.ChineseAmount.Max, v) : 0m;
    }

    private static string FieldOf(string? field) => field switch
    {
        null or "customer" or "paymentMethod" or "status" => "",
        _ => char.ToUpperInvariant(field[0]) + field[1..],
    };
}
