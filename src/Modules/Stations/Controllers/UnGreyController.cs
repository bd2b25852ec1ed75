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
using Admin.Modules.Stations.Models;
using Admin.Modules.Stations.Services;
using Admin.Modules.Stations.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

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
        long? sequence = null;
        if (!string.IsNullOrWhiteSpace(form.Sequence))
        {
            if (long.TryParse(form.Sequence.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0)
            {
                sequence = s;
            }
            else
            {
                ModelState.AddModelError(nameof(form.Sequence), text.Message(StationsErrors.GreySequenceRequired()));
            }
        }

        DateTime? greyAt = null;
        if (!string.IsNullOrWhiteSpace(form.GreyAt))
        {
            if (DateTime.TryParseExact(form.GreyAt.Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                greyAt = DateTime.SpecifyKind(at - await local.OffsetAsync(ct), DateTimeKind.Utc);
            }
            else
            {
                ModelState.AddModelError(nameof(form.GreyAt), text.Message(StationsErrors.GreyTimeRequired()));
            }
        }

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

    private async Task<UnGreyViewModel> FillAsync(UnGreyViewModel form, CancellationToken ct)
    {
        form.Found = string.IsNullOrWhiteSpace(form.Card) ? null : await cards.FindByNumberAsync(form.Card, ct);
        if (form.Found is { } card)
        {
            form.Card = card.Number;
            form.Purse = await ledger.BalanceAsync(AccountRef.Purse(card.Id, card.OutletId), ct);
            var grey = await (from r in db.Set<StationRecord>().AsNoTracking()
                              join t in db.Set<Terminal>() on r.TerminalId equals t.Id
                              where r.CardId == card.Id && r.Status == StationRecordStatus.Grey
                              orderby r.At descending
                              select new { Record = r, t.TerminalId }).Take(20).ToListAsync(ct);
            form.GreyRecords = grey.Select(g => g.Record).ToList();
            form.TerminalIds = grey.GroupBy(g => g.Record.TerminalId).ToDictionary(g => g.Key, g => g.First().TerminalId);
        }

        return form;
    }
}
