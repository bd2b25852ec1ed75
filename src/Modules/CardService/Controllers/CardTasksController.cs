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
/// the task checks identity; the new card and the fee's payment method for a replacement): loss report, its cancellation, bad
/// card, reactivation, replacement, PINs, and moving a replaced card's purse balance when due. Every action is one line: the
/// form (<see cref="FormAsync"/>) or the task's result (<see cref="DoneAsync"/>). Success returns to the card's page with a notice.
/// </summary>
public sealed class CardTasksController(
    LossReports losses, Replacements replacements, Upgrades upgrades, PurseSettlement purse, CardPins pins, CardServiceQuery query, AdminText text) : Controller
{
    [HttpGet("card-service/report-lost")]
    [RequirePermission(CardServicePermissions.ReportLoss)]
    public Task<IActionResult> ReportLost(string? card, CancellationToken ct) => FormAsync(CardTaskKind.ReportLost, card, ct);

    [HttpPost("card-service/report-lost")]
    [RequirePermission(CardServicePermissions.ReportLoss)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ReportLost(CardTaskViewModel form, CancellationToken ct) =>
        await DoneAsync(CardTaskKind.ReportLost, form, Card(await losses.ReportLostAsync(form.Card, form.IdNumber, ct)), ct);

    [HttpGet("card-service/cancel-loss")]
    [RequirePermission(CardServicePermissions.CancelLoss)]
    public Task<IActionResult> CancelLoss(string? card, CancellationToken ct) => FormAsync(CardTaskKind.CancelLoss, card, ct);

    [HttpPost("card-service/cancel-loss")]
    [RequirePermission(CardServicePermissions.CancelLoss)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CancelLoss(CardTaskViewModel form, CancellationToken ct) =>
        await DoneAsync(CardTaskKind.CancelLoss, form, Card(await losses.CancelLossAsync(form.Card, form.IdNumber, ct)), ct);

    [HttpGet("card-service/report-bad")]
    [RequirePermission(CardServicePermissions.ReportBad)]
    public Task<IActionResult> ReportBad(string? card, CancellationToken ct) => FormAsync(CardTaskKind.ReportBad, card, ct);

    [HttpPost("card-service/report-bad")]
    [RequirePermission(CardServicePermissions.ReportBad)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ReportBad(CardTaskViewModel form, CancellationToken ct) =>
        await DoneAsync(CardTaskKind.ReportBad, form, Card(await losses.ReportBadAsync(form.Card, ct)), ct);

    [HttpGet("card-service/reactivate")]
    [RequirePermission(CardServicePermissions.Reactivate)]
    public Task<IActionResult> Reactivate(string? card, CancellationToken ct) => FormAsync(CardTaskKind.Reactivate, card, ct);

    [HttpPost("card-service/reactivate")]
    [RequirePermission(CardServicePermissions.Reactivate)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reactivate(CardTaskViewModel form, CancellationToken ct) =>
        await DoneAsync(CardTaskKind.Reactivate, form, Card(await losses.ReactivateAsync(form.Card, ct)), ct);

    [HttpGet("card-service/replace")]
    [CounterTaskScreen(CounterTaskPick.Card, "card-task-form")]
    [RequirePermission(CardServicePermissions.Replace)]
    public Task<IActionResult> Replace(string? card, CancellationToken ct) => FormAsync(CardTaskKind.Replace, card, ct);

    [HttpPost("card-service/replace")]
    [RequirePermission(CardServicePermissions.Replace)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Replace(CardTaskViewModel form, CancellationToken ct) =>
        await DoneAsync(CardTaskKind.Replace, form, Replaced(await replacements.ReplaceAsync(form.Card, form.NewCard, form.IdNumber, form.PaymentMethod, ct)), ct);

    [HttpGet("card-service/upgrade")]
    [CounterTaskScreen(CounterTaskPick.Card, "card-task-form")]
    [RequirePermission(CardServicePermissions.Upgrade)]
    public Task<IActionResult> Upgrade(string? card, CancellationToken ct) => FormAsync(CardTaskKind.Upgrade, card, ct);

    [HttpPost("card-service/upgrade")]
    [RequirePermission(CardServicePermissions.Upgrade)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Upgrade(CardTaskViewModel form, CancellationToken ct)
    {
        var n = form.NewCustomer;
        var input = new UpgradeInput(form.Card, form.Customer, n.Given ? new Counter.Contracts.NewCustomer(n.Type, n.Name, n.IdType, n.IdNumber, n.Phone, null) : null,
            form.Product, form.IdNumber, form.PaymentMethod);
        return await DoneAsync(CardTaskKind.Upgrade, form, Upgraded(await upgrades.UpgradeAsync(input, ct)), ct);
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
        await DoneAsync(CardTaskKind.PinChange, form, Pin(await pins.ChangeAsync(form.Card, form.OldPin, form.NewPin, form.ConfirmPin, ct)), ct);

    [HttpGet("card-service/pin/unlock")]
    [RequirePermission(CardServicePermissions.UnlockPin)]
    public Task<IActionResult> PinUnlock(string? card, CancellationToken ct) => FormAsync(CardTaskKind.PinUnlock, card, ct);

    [HttpPost("card-service/pin/unlock")]
    [RequirePermission(CardServicePermissions.UnlockPin)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PinUnlock(CardTaskViewModel form, CancellationToken ct) =>
        await DoneAsync(CardTaskKind.PinUnlock, form, Pin(await pins.UnlockAsync(form.Card, form.IdNumber, ct)), ct);

    [HttpGet("card-service/pin/reset")]
    [RequirePermission(CardServicePermissions.ResetPin)]
    public Task<IActionResult> PinReset(string? card, CancellationToken ct) => FormAsync(CardTaskKind.PinReset, card, ct);

    // The reviewer signs on the form itself: a review dialog would need the PINs sent back to the browser to resubmit them.
    [HttpPost("card-service/pin/reset")]
    [RequirePermission(CardServicePermissions.ResetPin)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PinReset(CardTaskViewModel form, CancellationToken ct) =>
        await DoneAsync(CardTaskKind.PinReset, form, Pin(await pins.ResetAsync(form.Card, form.IdNumber, form.NewPin, form.ConfirmPin, form.ReviewerCredentials(), ct)), ct);

    /// <summary>What a finished task tells the operator: the card's page to go to and the notice with its arguments.</summary>
    private sealed record Done(string Card, object[] Args)
    {
        /// <summary>An upgrade of a secondary card (its notice names the customer the card account went back to).</summary>
        public bool Secondary { get; init; }
    }

    private static OperationResult<Done> Card(OperationResult<StatusOutcome> r) => Map(r, o => new Done(o.Card, [o.Card]));

    private static OperationResult<Done> Pin(OperationResult<PinOutcome> r) => Map(r, o => new Done(o.Card, [o.Card]));

    private static OperationResult<Done> Replaced(OperationResult<Models.Replacement> r) =>
        Map(r, o => new Done(o.NewNumber, [o.OldNumber, o.NewNumber, Kernel.Money.Money.Display(o.Fee)]));

    private static OperationResult<Done> Upgraded(OperationResult<UpgradeOutcome> r) =>
        Map(r, o => o.FromKind == "Secondary"
            ? new Done(o.Card, [o.Card, $"{o.Customer} {o.CustomerName}", Kernel.Money.Money.Display(o.ReturnedToCustomer), o.FormerCustomer ?? "", Kernel.Money.Money.Display(o.Deposit + o.ServiceFee)])
            {
                Secondary = true,
            }
            : new Done(o.Card, [o.Card, $"{o.Customer} {o.CustomerName}", Kernel.Money.Money.Display(o.CardAccount + o.Purse), Kernel.Money.Money.Display(o.Deposit + o.ServiceFee)]));

    private static OperationResult<Done> Map<T>(OperationResult<T> r, Func<T, Done> done) => r.Succeeded ? OperationResult<Done>.Success(done(r.Value!)) : OperationResult<Done>.From(r);

    private static string Notice(CardTaskKind kind, Done done) => kind switch
    {
        CardTaskKind.Upgrade when done.Secondary => "The card {0} is now a single-user card of {1}; {2} went back to the account of {3}. Paid {4}.",
        CardTaskKind.Upgrade => "The card {0} is now a registered card of {1}; it keeps {2}. Paid {3}.",
        CardTaskKind.ReportLost => "The card {0} is reported lost: it is blocked from the next terminal update.",
        CardTaskKind.CancelLoss => "The loss report of {0} is cancelled: the card is in use again.",
        CardTaskKind.ReportBad => "The card {0} is reported bad: it is blocked and may be replaced now.",
        CardTaskKind.Reactivate => "The card {0} is valid again.",
        CardTaskKind.Replace => "The card {0} is replaced by {1}; its number is blocked for good. Card fee {2} received.",
        CardTaskKind.PinChange => "The PIN of {0} is changed.",
        CardTaskKind.PinUnlock => "The PIN of {0} is unlocked.",
        _ => "The PIN of {0} is reset.",
    };

    private async Task<IActionResult> FormAsync(CardTaskKind kind, string? card, CancellationToken ct) =>
        View("Task", await ShownAsync(new CardTaskViewModel { Kind = kind, Card = card }, kind, ct));

    private async Task<IActionResult> DoneAsync(CardTaskKind kind, CardTaskViewModel form, OperationResult<Done> result, CancellationToken ct)
    {
        form.OldPin = form.NewPin = form.ConfirmPin = form.ReviewPassword = null; // PINs are never shown again
        if (result.Succeeded)
        {
            this.Notify(Notice(kind, result.Value!), result.Value!.Args);
            return Redirect(Url.Content($"~/card-service/cards/{result.Value.Card}"));
        }

        if (result.Failure == FailureKind.ReviewRequired)
        {
            ModelState.AddModelError("reviewLogin", text["A colleague authorises a PIN reset: enter their login name and password."].Value);
            result = OperationResult<Done>.Fail(FailureKind.Validation, [.. result.Errors.Where(e => e.Field is not null)]);
        }

        ModelState.AddErrors(result, text);
        return View("Task", await ShownAsync(form, kind, ct));
    }

    private async Task<CardTaskViewModel> ShownAsync(CardTaskViewModel form, CardTaskKind kind, CancellationToken ct)
    {
        form.Kind = kind;
        form.Summary = string.IsNullOrWhiteSpace(form.Card) ? null : (await query.CardAsync(form.Card, ct)).Value;
        form.CardFee = kind == CardTaskKind.Replace ? await query.CardFeeTodayAsync(ct) : 0m;
        if (kind == CardTaskKind.Upgrade)
        {
            (form.UpgradeDeposit, form.UpgradeServiceFee) = await query.UpgradeFeesAsync(form.Summary?.Money.Deposit ?? 0m, ct);
        }

        return form;
    }
}
