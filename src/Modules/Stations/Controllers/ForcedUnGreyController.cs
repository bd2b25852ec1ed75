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
/// Head office's forced un-grey of an internal card (内部卡强制解灰 3.27): the card read, its grey records listed, the reason typed; the
/// review dialog asks a second head-office operator every time.
/// </summary>
public sealed class ForcedUnGreyController(ForcedUnGreyTask task, ICards cards, ILedger ledger, AdminDbContext db, LocalClock local, AdminText text) : Controller
{
    [HttpGet("stations/forced-un-grey")]
    [CounterTaskScreen(CounterTaskPick.Card, "forced-un-grey-form")]
    [RequirePermission(StationsPermissions.ForceUnGrey)]
    public async Task<IActionResult> Index(string? card, string? terminal, long? sequence, CancellationToken ct)
    {
        var form = new ForcedUnGreyViewModel { Card = card, TerminalId = terminal, Sequence = sequence?.ToString(CultureInfo.InvariantCulture) };
        return View("Task", await UnGreyScreens.FillAsync(form, cards, ledger, db, ct));
    }

    [HttpPost("stations/forced-un-grey")]
    [RequirePermission(StationsPermissions.ForceUnGrey)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Index(ForcedUnGreyViewModel form, CancellationToken ct)
    {
        var (sequence, greyAt) = await UnGreyScreens.ParseAsync(form, ModelState, local, text, ct);
        if (ModelState.ErrorCount == 0)
        {
            var result = await task.RunAsync(new ForcedUnGreyInput(form.Card, form.TerminalId, sequence, greyAt, form.Reason, form.Review.ToCredentials()), ct);
            if (result.Succeeded)
            {
                var u = result.Value!;
                if (u.Settled)
                {
                    this.Notify("Internal card {0} un-greyed by force: {1} debited from its purse for the purchase at terminal {2}.", u.CardNumber, Kernel.Money.Money.Display(u.Amount), u.TerminalId);
                }
                else
                {
                    this.Notify("Internal card {0} released by force without a terminal record; nothing debited.", u.CardNumber);
                }

                return Redirect(Url.Content($"~/stations/forced-un-grey?card={Uri.EscapeDataString(u.CardNumber)}"));
            }

            form.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
            if (form.ReviewDialog is null)
            {
                ModelState.AddFormErrors(result, text, new FormFieldNames());
            }

            form.Review = new ReviewInput { LoginName = form.Review.LoginName };
        }

        return View("Task", await UnGreyScreens.FillAsync(form, cards, ledger, db, ct));
    }
}
