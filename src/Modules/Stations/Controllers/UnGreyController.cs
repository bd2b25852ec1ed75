using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Kernel.Time;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Stations.Services;
using Admin.Modules.Stations.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Stations.Controllers;

/// <summary>
/// Un-grey at the counter (解灰 3.26): the card read, its grey records from the terminals listed (pick one to fill the form), or the
/// grey record read from the chip typed in; a release without a record opens the review dialog.
/// </summary>
public sealed class UnGreyController(UnGreyTask task, ICards cards, ILedger ledger, AdminDbContext db, LocalClock local, AdminText text) : Controller
{
    private static readonly FormFieldNames FormFields = new FormFieldNames().Rename("terminalId", nameof(UnGreyViewModel.TerminalId));

    [HttpGet("stations/un-grey")]
    [CounterTaskScreen(CounterTaskPick.Card, "un-grey-form")]
    [RequirePermission(StationsPermissions.UnGrey)]
    public async Task<IActionResult> Index(string? card, string? terminal, long? sequence, CancellationToken ct)
    {
        var form = new UnGreyViewModel { Card = card, TerminalId = terminal, Sequence = sequence?.ToString(CultureInfo.InvariantCulture) };
        return View("Task", await FillAsync(form, ct));
    }

    [HttpPost("stations/un-grey")]
    [RequirePermission(StationsPermissions.UnGrey)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Index(UnGreyViewModel form, CancellationToken ct)
    {
        var (sequence, greyAt) = await UnGreyScreens.ParseAsync(form, ModelState, local, text, ct);
        if (ModelState.ErrorCount == 0)
        {
            var result = await task.RunAsync(new UnGreyInput(form.Card, form.TerminalId, sequence, greyAt, form.Review.ToCredentials()), ct);
            if (result.Succeeded)
            {
                var u = result.Value!;
                if (u.Settled)
                {
                    this.Notify("Card {0} un-greyed: {1} debited from its purse for the purchase at terminal {2}.", u.CardNumber, Kernel.Money.Money.Display(u.Amount), u.TerminalId);
                }
                else
                {
                    this.Notify("Card {0} released without a terminal record; nothing debited.", u.CardNumber);
                }

                return Redirect(Url.Content($"~/stations/card-transactions?card={Uri.EscapeDataString(u.CardNumber)}"));
            }

            form.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
            if (form.ReviewDialog is null)
            {
                ModelState.AddFormErrors(result, text, FormFields);
            }

            form.Review = new ReviewInput { LoginName = form.Review.LoginName };
        }

        return View("Task", await FillAsync(form, ct));
    }

    private Task<UnGreyViewModel> FillAsync(UnGreyViewModel form, CancellationToken ct) => UnGreyScreens.FillAsync(form, cards, ledger, db, ct);
}
