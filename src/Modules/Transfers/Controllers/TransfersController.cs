using Admin.Kernel.Idempotency;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Permissions;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Modules.Transfers.Services;
using Admin.Modules.Transfers.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Transfers.Controllers;

/// <summary>The manual transfer screen (head office), the list and one transfer. A review opens the kernel's dialog over the form.</summary>
public sealed class TransfersController(ManualTransfers transfers, TransferQuery query, AdminText text) : Controller
{
    [HttpGet("transfers/new")]
    [RequirePermission(TransfersPermissions.Make)]
    [CounterTaskScreen(CounterTaskPick.None, "transfer-form")]
    public IActionResult New(string? fromCustomer, string? fromCard) => View(new TransferFormViewModel { FromCustomer = fromCustomer, FromCard = fromCard });

    [HttpPost("transfers/new")]
    [RequirePermission(TransfersPermissions.Make)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> New(TransferFormViewModel form, CancellationToken ct)
    {
        var amount = Money.Parse(form.Amount, "amount");
        if (!amount.Succeeded)
        {
            ModelState.AddModelError("Amount", text.Message(amount.Errors[0]));
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await transfers.MakeAsync(new TransferInput(form.FromCustomer, form.FromCard, form.ToCustomer, form.ToCard, amount.Value, form.Reason, form.Review.ToCredentials()), ct);
            if (result.Succeeded)
            {
                this.Notify("Manual transfer {0} made: {1}.", result.Value!.Reference, Money.Display(result.Value.Amount));
                return RedirectToAction(nameof(Details), new { id = result.Value.Id });
            }

            form.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
            if (form.ReviewDialog is null)
            {
                ModelState.AddErrors(result, text);
            }
        }

        form.Review = new ReviewInput { LoginName = form.Review.LoginName };
        return View(form);
    }

    [HttpGet("transfers")]
    [RequirePermission(TransfersPermissions.View)]
    public async Task<IActionResult> Index(string? after, CancellationToken ct)
    {
        var page = await query.ListAsync(after, null, ct);
        if (!page.Succeeded)
        {
            return RedirectToAction(nameof(Index));
        }

        return View(new TransfersViewModel { Items = page.Value!.Items, Next = page.Value.Next, IsFirstPage = after is null });
    }

    [HttpGet("transfers/{id:guid}")]
    [RequirePermission(TransfersPermissions.View)]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } t ? View(t) : NotFound();
}
