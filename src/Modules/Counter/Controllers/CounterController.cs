using System.Globalization;
using System.Text.RegularExpressions;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Permissions;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Modules.Counter.Services;
using Admin.Modules.Counter.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Counter.Controllers;

/// <summary>
/// The counter's fee collection screen (a counter task), its receipt and the list of collections. When a collected amount
/// differs from the schedule the gate asks for a review: the unchanged form is shown again with the review dialog over it.
/// </summary>
public sealed partial class CounterController(
    FeeCollections collections, FeeCollectionQuery query, Contracts.ICustomerDirectory customers, FeeSchedule schedule, PaymentMethods methods,
    IAuthorizationService authorization, AdminText text, IEnumerable<Contracts.IInvoiceTitleSource> titleSources) : Controller
{
    [HttpGet("counter/fees")]
    [RequirePermission(CounterPermissions.CollectFees)]
    [CounterTaskScreen(CounterTaskPick.Customer, "collect-form")]
    public async Task<IActionResult> Collect(string? q, string? customer, CancellationToken ct)
    {
        var model = new CollectFeesViewModel { Q = q, Picker = await customers.PickAsync(q, customer, ct) };
        model.Customer = model.SelectedCustomer?.Code;
        await FillAsync(model, keepLines: false, ct);
        return View(model);
    }

    [HttpPost("counter/fees")]
    [RequirePermission(CounterPermissions.CollectFees)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Collect(CollectFeesViewModel form, CancellationToken ct)
    {
        form.Picker = await customers.PickAsync(null, form.Customer, ct);
        if (form.SelectedCustomer is null)
        {
            return RedirectToAction(nameof(Collect), new { q = form.Q });
        }

        // Lines the operator left empty are not part of the collection; the others keep their row for messages.
        var rows = new List<int>();
        var lines = new List<FeeLineInput>();
        for (var i = 0; i < form.Lines.Count; i++)
        {
            var line = form.Lines[i];
            if (string.IsNullOrWhiteSpace(line.Quantity) && string.IsNullOrWhiteSpace(line.Collected))
            {
                continue;
            }

            int? quantity = int.TryParse(line.Quantity?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var q) ? q : null;
            if (quantity is null)
            {
                ModelState.AddModelError($"Lines[{i}].Quantity", text.Message(CounterErrors.QuantityInvalid("quantity")));
            }

            var amount = Money.Parse(line.Collected, "collected");
            if (!amount.Succeeded)
            {
                ModelState.AddModelError($"Lines[{i}].Collected", text.Message(amount.Errors[0]));
            }

            rows.Add(i);
            lines.Add(new FeeLineInput(line.Fee, quantity ?? 0, amount.Value ?? (amount.Succeeded ? null : 0m)));
        }

        var input = new FeeCollectionInput(form.Customer, lines, form.PaymentMethod, form.Review.ToCredentials(), form.InvoiceTitle);
        if (ModelState.ErrorCount == 0)
        {
            var result = await collections.CollectAsync(input, ct);
            if (result.Succeeded)
            {
                this.Notify("Fees collected: receipt {0}.", result.Value!.Receipt);
                return RedirectToAction(nameof(Receipt), new { id = result.Value.Id });
            }

            form.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
            if (form.ReviewDialog is null)
            {
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(FieldOf(error.Field, rows), text.Message(error));
                }
            }
        }

        form.Review = new ReviewInput { LoginName = form.Review.LoginName };
        await FillAsync(form, keepLines: true, ct);
        return View(form);
    }

    [HttpGet("counter/collections")]
    [RequirePermission(CounterPermissions.ViewCollections)]
    public async Task<IActionResult> Collections(string? after, CancellationToken ct)
    {
        var model = new CollectionListViewModel { IsFirstPage = after is null, CanCollect = await CanAsync(CounterPermissions.CollectFees) };
        var result = await query.ListAsync(null, after, null, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(model);
        }

        model.Collections = result.Value!.Items;
        model.Next = result.Value.Next;
        return View(model);
    }

    [HttpGet("counter/collections/{id:guid}")]
    [RequirePermission(CounterPermissions.ViewCollections)]
    public async Task<IActionResult> Receipt(Guid id, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } collection
            ? View(new ReceiptViewModel { Collection = collection, CanCollect = await CanAsync(CounterPermissions.CollectFees) })
            : NotFound();

    private async Task FillAsync(CollectFeesViewModel model, bool keepLines, CancellationToken ct)
    {
        model.Methods = await methods.ListAsync(enabledOnly: true, ct);
        if (model.SelectedCustomer is { } chosen)
        {
            foreach (var source in titleSources)
            {
                model.Titles = [.. model.Titles, .. await source.ChoicesAsync(chosen.Id, ct)];
            }
        }

        model.PaymentMethod ??= model.Methods.FirstOrDefault()?.Code;
        var items = await schedule.ListAsync(activeOnly: true, ct);
        var typed = keepLines ? model.Lines.Where(l => l.Fee is not null).ToDictionary(l => l.Fee!, StringComparer.Ordinal) : [];
        model.Lines = items.Where(i => i.Amount is not null).Select(i => new FeeLineForm
        {
            Fee = i.Code, Name = i.Name, Unit = i.Amount!.Value,
            Quantity = typed.TryGetValue(i.Code, out var t) ? t.Quantity : null,
            Collected = typed.TryGetValue(i.Code, out var t2) ? t2.Collected : null,
        }).ToList();
        // Only amounts that would be accepted count toward the total shown (a mistyped one has its message beside it).
        model.Total = Math.Min(Admin.Kernel.Money.ChineseAmount.Max, model.Lines
            .Select(l => Money.Parse(l.Collected, "collected").Value)
            .Where(a => a is { } v && Money.Check(v, "collected") is null)
            .Sum(a => a!.Value));
    }

    /// <summary>Maps the service's <c>items[k].collected</c> (k counts the lines sent) to the form's <c>Lines[row].Collected</c>.</summary>
    private static string FieldOf(string? field, List<int> rows)
    {
        if (field is null)
        {
            return "";
        }

        var match = ItemField().Match(field);
        if (match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var k) && k < rows.Count)
        {
            var name = match.Groups[2].Value;
            return $"Lines[{rows[k]}].{char.ToUpperInvariant(name[0])}{name[1..]}";
        }

        return field switch
        {
            "paymentMethod" => nameof(CollectFeesViewModel.PaymentMethod),
            "customer" => "",
            "items" => rows.Count > 0 ? $"Lines[{rows[0]}].Quantity" : "Lines[0].Quantity", // no line typed: the first quantity is where to start
            _ => field,
        };
    }

    private async Task<bool> CanAsync(string permission) =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(permission))).Succeeded;

    [GeneratedRegex(@"^items\[(\d+)\]\.(\w+)$")]
    private static partial Regex ItemField();
}
