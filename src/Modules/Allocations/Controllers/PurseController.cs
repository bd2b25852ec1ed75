using Admin.Kernel.Idempotency;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Modules.Allocations.Models;
using Admin.Modules.Allocations.Services;
using Admin.Modules.Allocations.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Allocations.Controllers;

/// <summary>
/// Load and unload at the counter (圈存/圈提): the start form, then the transfer's page, whose script asks the card reader to
/// write the chip and completes the transfer on success or voids it on the reader's failure; the operator may also complete
/// or void by hand. A page closed in between leaves the transfer pending until its timeout voids it.
/// </summary>
public sealed class PurseController(PurseTransfers transfers, AdminText text) : Controller
{
    [HttpGet("allocations/purse")]
    [RequirePermission(AllocationsPermissions.Load)]
    [CounterTaskScreen(CounterTaskPick.Card, "purse-form")]
    public IActionResult Start(string? card, string? kind) => View(new PurseFormViewModel { Card = card, Kind = kind == nameof(PurseTransferKind.Unload) ? kind : nameof(PurseTransferKind.Load) });

    [HttpPost("allocations/purse")]
    [RequirePermission(AllocationsPermissions.Load)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Start(PurseFormViewModel form, CancellationToken ct)
    {
        var amount = Money.Parse(form.Amount, "amount");
        if (!amount.Succeeded)
        {
            ModelState.AddModelError("amount", text.Message(amount.Errors[0]));
        }

        if (ModelState.ErrorCount == 0)
        {
            var kind = form.Kind == nameof(PurseTransferKind.Unload) ? PurseTransferKind.Unload : PurseTransferKind.Load;
            var result = await transfers.StartAsync(kind, form.Card, amount.Value, ct);
            if (result.Succeeded)
            {
                return RedirectToAction(nameof(Transfer), new { id = result.Value!.Id });
            }

            ModelState.AddErrors(result, text);
        }

        return View(form);
    }

    [HttpGet("allocations/purse/{id:guid}")]
    [RequirePermission(AllocationsPermissions.View)]
    public async Task<IActionResult> Transfer(Guid id, CancellationToken ct)
    {
        var transfer = await transfers.FindAsync(id, PurseTransferKind.Load, ct) ?? await transfers.FindAsync(id, PurseTransferKind.Unload, ct);
        if (transfer is null)
        {
            return NotFound();
        }

        var (card, purse, _) = await transfers.BalancesAsync(transfer.CardId, ct);
        return View(new PurseTransferViewModel { Transfer = transfer, CardBalance = card, PurseBalance = purse });
    }

    [HttpPost("allocations/purse/{id:guid}/complete")]
    [RequirePermission(AllocationsPermissions.Load)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public Task<IActionResult> Complete(Guid id, string? kind, CancellationToken ct) => SettleAsync(id, kind, PurseTransferStatus.Completed, ct);

    [HttpPost("allocations/purse/{id:guid}/void")]
    [RequirePermission(AllocationsPermissions.Load)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public Task<IActionResult> Void(Guid id, string? kind, CancellationToken ct) => SettleAsync(id, kind, PurseTransferStatus.Voided, ct);

    private async Task<IActionResult> SettleAsync(Guid id, string? kind, PurseTransferStatus to, CancellationToken ct)
    {
        var which = kind == nameof(PurseTransferKind.Unload) ? PurseTransferKind.Unload : PurseTransferKind.Load;
        var result = await transfers.SettleAsync(id, which, to, ct);
        if (!result.Succeeded)
        {
            if (result.Failure == Admin.Kernel.Results.FailureKind.NotFound)
            {
                return NotFound();
            }

            this.NotifyError(result);
        }
        else if (result.Value!.Refusal is { } refusal)
        {
            this.NotifyError(Admin.Kernel.Results.OperationResult.Conflict(refusal));
        }
        else
        {
            this.Notify(to == PurseTransferStatus.Completed ? "The chip was written: {0} moved." : "Voided: {0} is back where it came from.", Money.Display(result.Value.Transfer.Amount));
        }

        return RedirectToAction(nameof(Transfer), new { id });
    }
}
