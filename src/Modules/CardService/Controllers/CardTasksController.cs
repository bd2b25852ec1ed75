using Admin.Kernel.Idempotency;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.CardService.Services;
using Admin.Modules.CardService.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.CardService.Controllers;

/// <summary>
/// The card-service counter tasks on screens, one form each (the card read, scanned or typed; the customer's ID number where
/// the task checks identity; the new card for a replacement): loss report, its cancellation, bad card, reactivation, replacement,
/// and moving a replaced card's purse balance when due. Success returns to the card's page with a notice.
/// </summary>
public sealed class CardTasksController(LossReports losses, Replacements replacements, PurseSettlement purse, CardPins pins, CardServiceQuery query, AdminText text) : Controller
{
    [HttpGet("card-service/report-lost")]
    [RequirePermission(CardServicePermissions.ReportLoss)]
    public Task<IActionResult> ReportLost(string? card, CancellationToken ct) => FormAsync(CardTaskKind.ReportLost, card, ct);

    [HttpPost("card-service/report-lost")]
    [RequirePermission(CardServicePermissions.ReportLoss)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ReportLost(CardTaskViewModel form, CancellationToken ct) =>
        await DoneAsync(CardTaskKind.ReportLost, form, await losses.ReportLostAsync(form.Card, form.IdNumber, ct), "The card {0} is reported lost: it is blocked from the next terminal update.", ct);

    [HttpGet("card-service/cancel-loss")]
    [RequirePermission(CardServicePermissions.CancelLoss)]
    public Task<IActionResult> CancelLoss(string? card, CancellationToken ct) => FormAsync(CardTaskKind.CancelLoss, card, ct);

    [HttpPost("card-service/cancel-loss")]
    [RequirePermission(CardServicePermissions.CancelLoss)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CancelLoss(CardTaskViewModel form, CancellationToken ct) =>
        await DoneAsync(CardTaskKind.CancelLoss, form, await losses.CancelLossAsync(form.Card, form.IdNumber, ct), "The loss report of {0} is cancelled: the card is in use again.", ct);

    [HttpGet("card-service/report-bad")]
    [RequirePermission(CardServicePermissions.ReportBad)]
    public Task<IActionResult> ReportBad(string? card, CancellationToken ct) => FormAsync(CardTaskKind.ReportBad, card, ct);

    [HttpPost("card-service/report-bad")]
    [RequirePermission(CardServicePermissions.ReportBad)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ReportBad(CardTaskViewModel form, CancellationToken ct) =>
        await DoneAsync(CardTaskKind.ReportBad, form, await losses.ReportBadAsync(form.Card, ct), "The card {0} is reported bad: it is blocked and may be replaced now.", ct);

    [HttpGet("card-service/reactivate")]
    [RequirePermission(CardServicePermissions.Reactivate)]
    public Task<IActionResult> Reactivate(string? card, CancellationToken ct) => FormAsync(CardTaskKind.Reactivate, card, ct);

    [HttpPost("card-service/reactivate")]
    [RequirePermission(CardServicePermissions.Reactivate)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reactivate(CardTaskViewModel form, CancellationToken ct) =>
        await DoneAsync(CardTaskKind.Reactivate, form, await losses.ReactivateAsync(form.Card, ct), "The card {0} is valid again.", ct);

    [HttpGet("card-service/replace")]
    [CounterTaskScreen(CounterTaskPick.Card, "card-task-form")]
    [RequirePermission(CardServicePermissions.Replace)]
    public Task<IActionResult> Replace(string? card, CancellationToken ct) => FormAsync(CardTaskKind.Replace, card, ct);

    [HttpPost("card-service/replace")]
    [RequirePermission(CardServicePermissions.Replace)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Replace(CardTaskViewModel form, CancellationToken ct)
    {
        var result = await replacements.ReplaceAsync(form.Card, form.NewCard, form.IdNumber, ct);
        if (result.Succeeded)
        {
            var r = result.Value!;
            this.Notify("The card {0} is replaced by {1}; its number is blocked for good.", r.OldNumber, r.NewNumber);
            return Redirect(Url.Content($"~/card-service/cards/{r.NewNumber}"));
        }

        return await RedisplayAsync(CardTaskKind.Replace, form, result, ct);
    }

    [HttpPost("card-service/replacements/{id:guid}/move-purse")]
    [RequirePermission(CardServicePermissions.Replace)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> MovePurse(Guid id, CancellationToken ct)
    {
        var result = await purse.MovePurseAsync(id, ct);
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            this.Notify("The old card's purse balance ({0}) is on the card account of {1}.", Kernel.Money.Money.Display(result.Value!.PurseAmount ?? 0m), result.Value.NewNumber);
            return Redirect(Url.Content($"~/card-service/cards/{result.Value.NewNumber}"));
        }

        this.NotifyError(result);
        var r = await purse.FindAsync(id, ct);
        return Redirect(Url.Content($"~/card-service/cards/{r?.NewNumber}"));
    }

    [HttpGet("card-service/pin/change")]
    [RequirePermission(CardServicePermissions.ChangePin)]
    public Task<IActionResult> PinChange(string? card, CancellationToken ct) => FormAsync(CardTaskKind.PinChange, card, ct);

    [HttpPost("card-service/pin/change")]
    [RequirePermission(CardServicePermissions.ChangePin)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PinChange(CardTaskViewModel form, CancellationToken ct) =>
        await PinDoneAsync(CardTaskKind.PinChange, form, await pins.ChangeAsync(form.Card, form.OldPin, form.NewPin, form.ConfirmPin, ct), "The PIN of {0} is changed.", ct);

    [HttpGet("card-service/pin/unlock")]
    [RequirePermission(CardServicePermissions.UnlockPin)]
    public Task<IActionResult> PinUnlock(string? card, CancellationToken ct) => FormAsync(CardTaskKind.PinUnlock, card, ct);

    [HttpPost("card-service/pin/unlock")]
    [RequirePermission(CardServicePermissions.UnlockPin)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PinUnlock(CardTaskViewModel form, CancellationToken ct) =>
        await PinDoneAsync(CardTaskKind.PinUnlock, form, await pins.UnlockAsync(form.Card, form.IdNumber, ct), "The PIN of {0} is unlocked.", ct);

    [HttpGet("card-service/pin/reset")]
    [RequirePermission(CardServicePermissions.ResetPin)]
    public Task<IActionResult> PinReset(string? card, CancellationToken ct) => FormAsync(CardTaskKind.PinReset, card, ct);

    [HttpPost("card-service/pin/reset")]
    [RequirePermission(CardServicePermissions.ResetPin)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PinReset(CardTaskViewModel form, CancellationToken ct)
    {
        // The reviewer signs on the form itself: a review dialog would need the PINs sent back to the browser to resubmit them.
        var review = string.IsNullOrEmpty(form.ReviewLogin) && string.IsNullOrEmpty(form.ReviewPassword)
            ? null : new Kernel.Reviews.ReviewCredentials(form.ReviewLogin, form.ReviewPassword);
        var result = await pins.ResetAsync(form.Card, form.IdNumber, form.NewPin, form.ConfirmPin, review, ct);
        return await PinDoneAsync(CardTaskKind.PinReset, form, result, "The PIN of {0} is reset.", ct);
    }

    private async Task<IActionResult> PinDoneAsync(CardTaskKind kind, CardTaskViewModel form, OperationResult<PinOutcome> result, string notice, CancellationToken ct)
    {
        form.OldPin = form.NewPin = form.ConfirmPin = form.ReviewPassword = null;
        if (result.Succeeded)
        {
            this.Notify(notice, result.Value!.Card);
            return Redirect(Url.Content($"~/card-service/cards/{result.Value.Card}"));
        }

        if (result.Failure == FailureKind.ReviewRequired)
        {
            ModelState.AddModelError("reviewLogin", text["A colleague authorises a PIN reset: enter their login name and password."].Value);
            ModelState.AddErrors(OperationResult.Fail(FailureKind.Validation, [.. result.Errors.Where(e => e.Field is not null)]), text);
            form.Kind = kind;
            form.Summary = string.IsNullOrWhiteSpace(form.Card) ? null : (await query.CardAsync(form.Card, ct)).Value;
            return View("Task", form);
        }

        return await RedisplayAsync(kind, form, result, ct);
    }

    private async Task<IActionResult> FormAsync(CardTaskKind kind, string? card, CancellationToken ct)
    {
        var model = new CardTaskViewModel { Kind = kind, Card = card };
        if (!string.IsNullOrWhiteSpace(card))
        {
            var found = await query.CardAsync(card, ct);
            model.Summary = found.Value;
        }

        return View("Task", model);
    }

    private async Task<IActionResult> DoneAsync(CardTaskKind kind, CardTaskViewModel form, OperationResult<StatusOutcome> result, string notice, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            this.Notify(notice, result.Value!.Card);
            return Redirect(Url.Content($"~/card-service/cards/{result.Value.Card}"));
        }

        return await RedisplayAsync(kind, form, result, ct);
    }

    private async Task<IActionResult> RedisplayAsync(CardTaskKind kind, CardTaskViewModel form, OperationResult result, CancellationToken ct)
    {
        ModelState.AddErrors(result, text);
        form.Kind = kind;
        form.Summary = string.IsNullOrWhiteSpace(form.Card) ? null : (await query.CardAsync(form.Card, ct)).Value;
        return View("Task", form);
    }
}
