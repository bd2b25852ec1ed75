using Admin.Kernel.Idempotency;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Issuing.Models;
using Admin.Modules.Issuing.Services;
using Admin.Modules.Issuing.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Issuing.Controllers;

/// <summary>
/// The issuing screens (发卡充值): open an account and issue, secondary cards, anonymous cards, and the receipt. A review asked
/// for opens the kernel's dialog over the unchanged form; the same idempotency key is kept until the task succeeds.
/// </summary>
public sealed class IssuingController(
    CardIssuing issuing, SecondaryIssuing secondary, AnonymousSales anonymous, IssueQuery query, ICustomerDirectory customers, IssueChecks checks, IssueTitles titles,
    AdminText text) : Controller
{
    [HttpGet("issuing/issue")]
    [RequirePermission(IssuingPermissions.Issue)]
    [CounterTaskScreen(CounterTaskPick.Customer, "issue-form")]
    public async Task<IActionResult> Issue(string? q, string? customer, bool? newCustomer, CancellationToken ct)
    {
        var model = new IssueFormViewModel { Q = q, NewCustomer = newCustomer ?? false, Picker = await customers.PickAsync(q, customer, ct) };
        model.Customer = model.Picker.Selected?.Code;
        return View(await FillAsync(model, model.Picker.Selected?.Id, ct));
    }

    [HttpPost("issuing/issue")]
    [RequirePermission(IssuingPermissions.Issue)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Issue(IssueFormViewModel form, CancellationToken ct)
    {
        form.Picker = form.NewCustomer ? CustomerPick.None : await customers.PickAsync(null, form.Customer, ct);
        var fees = Fees(form);
        if (ModelState.ErrorCount == 0)
        {
            var result = await issuing.IssueAsync(new IssueInput(
                form.NewCustomer ? null : form.Customer,
                form.NewCustomer ? new NewCustomer(form.CustomerType, form.Name, form.IdType, form.IdNumber, form.Phone, null) : null,
                form.MultiUser, form.Product, new CardInput(form.Card.Number, form.Card.HolderName, form.Card.VehiclePlate), form.PaymentMethod, fees,
                form.ServiceInvoice, form.InvoiceTitle, form.Review.ToCredentials()), ct);
            if (Done(result, form) is { } done)
            {
                return done;
            }
        }

        return View(await FillAsync(form, form.Picker.Selected?.Id, ct));
    }

    [HttpGet("issuing/secondary")]
    [RequirePermission(IssuingPermissions.Issue)]
    [CounterTaskScreen(CounterTaskPick.Customer, "secondary-form")]
    public async Task<IActionResult> Secondary(string? customer, string? primaryCard, CancellationToken ct) =>
        View(await FillAsync(new SecondaryFormViewModel { Customer = customer, PrimaryCard = primaryCard }, null, ct));

    [HttpPost("issuing/secondary")]
    [RequirePermission(IssuingPermissions.Issue)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Secondary(SecondaryFormViewModel form, CancellationToken ct)
    {
        var fees = Fees(form);
        var rows = form.Cards.Where(c => !string.IsNullOrWhiteSpace(c.Number)).Select(c => new CardInput(c.Number, c.HolderName, c.VehiclePlate)).ToList();
        if (ModelState.ErrorCount == 0)
        {
            var result = await secondary.IssueAsync(new SecondaryInput(form.Customer, form.PrimaryCard, form.Product, rows, form.PaymentMethod, fees,
                form.ServiceInvoice, form.InvoiceTitle, form.Review.ToCredentials()), ct);
            if (Done(result, form) is { } done)
            {
                return done;
            }
        }

        return View(await FillAsync(form, null, ct));
    }

    [HttpGet("issuing/anonymous")]
    [RequirePermission(IssuingPermissions.SellAnonymous)]
    [CounterTaskScreen(CounterTaskPick.None, "anonymous-form")]
    public async Task<IActionResult> Anonymous(CancellationToken ct) => View(await FillAsync(new AnonymousFormViewModel(), null, ct));

    [HttpPost("issuing/anonymous")]
    [RequirePermission(IssuingPermissions.SellAnonymous)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Anonymous(AnonymousFormViewModel form, CancellationToken ct)
    {
        var rows = new List<AnonymousCardInput>();
        for (var i = 0; i < form.Cards.Count; i++)
        {
            var row = form.Cards[i];
            if (string.IsNullOrWhiteSpace(row.Number) && string.IsNullOrWhiteSpace(row.FaceValue))
            {
                continue;
            }

            var face = Money.Parse(row.FaceValue, $"cards[{rows.Count}].faceValue");
            if (!face.Succeeded)
            {
                ModelState.AddModelError($"cards[{rows.Count}].faceValue", text.Message(face.Errors[0]));
            }

            rows.Add(new AnonymousCardInput(row.Number, face.Value));
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await anonymous.SellAsync(new AnonymousInput(form.Product, rows, form.PaymentMethod, form.BuyerType, form.BuyerName, form.BuyerIdType, form.BuyerIdNumber), ct);
            if (Done(result, form) is { } done)
            {
                return done;
            }
        }

        return View(await FillAsync(form, null, ct));
    }

    [HttpGet("issuing/receipts/{id:guid}")]
    [RequirePermission(IssuingPermissions.View)]
    public async Task<IActionResult> Receipt(Guid id, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } record ? View(new IssueReceiptViewModel { Record = record }) : NotFound();

    private FeeInput Fees(IssuingFormBase form)
    {
        decimal? Parse(string? value, string field)
        {
            var parsed = Money.Parse(value, field);
            if (!parsed.Succeeded)
            {
                ModelState.AddModelError(FormField(field), text.Message(parsed.Errors[0]));
            }

            return parsed.Value;
        }

        return new FeeInput(Parse(form.CardFee, "fees.cardFee"), Parse(form.Deposit, "fees.deposit"), Parse(form.ServiceFee, "fees.serviceFee"));
    }

    private IActionResult? Done(OperationResult<IssueRecord> result, IssuingFormBase form)
    {
        if (result.Succeeded)
        {
            this.Notify("Cards issued: receipt {0}.", result.Value!.Receipt);
            return RedirectToAction(nameof(Receipt), new { id = result.Value.Id });
        }

        form.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
        if (form.ReviewDialog is null)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(FormField(error.Field), text.Message(error));
            }
        }

        form.Review = new ReviewInput { LoginName = form.Review.LoginName };
        return null;
    }

    // The API's field names where the form's differ (the rest differ only in case, which ModelState ignores), so that the
    // error is tied to the field the operator typed it in.
    private static string FormField(string? field) => field switch
    {
        null => "",
        "fees.cardFee" => nameof(IssuingFormBase.CardFee),
        "fees.deposit" => nameof(IssuingFormBase.Deposit),
        "fees.serviceFee" => nameof(IssuingFormBase.ServiceFee),
        "newCustomer.name" => nameof(IssueFormViewModel.Name),
        "newCustomer.idNumber" => nameof(IssueFormViewModel.IdNumber),
        "newCustomer.phone" => nameof(IssueFormViewModel.Phone),
        "cards" => "Cards[0].Number", // no card typed: the first row is where to start
        _ => field,
    };

    private async Task<T> FillAsync<T>(T model, Guid? customerId, CancellationToken ct) where T : IssuingFormBase
    {
        model.Fees = (await checks.FeesAsync(ct)).Values.OrderBy(f => f.Code, StringComparer.Ordinal).ToList();
        model.PaymentMethod ??= "Cash";
        if (customerId is { } id)
        {
            model.Titles = await titles.ChoicesAsync(id, ct);
        }

        return model;
    }
}
