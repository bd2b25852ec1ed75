using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Kernel.Settings;
using Admin.Kernel.Time;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.CardService.Services;
using Admin.Modules.CardService.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.CardService.Controllers;

/// <summary>
/// Card service at the counter: find the card (read, scanned or typed) or the customer by the presented primary card; the card's
/// page with its money, loss report, replacement, ledger lines (keyset pages, CSV) and the tasks allowed now; card data (3.10);
/// the block list.
/// </summary>
public sealed class CardServiceController(
    CardServiceQuery query, CardDataMaintenance data, CardPins pins, IBlockList blockList, SystemSettings settings, IAuthorizationService authorization, AdminText text, TimeProvider clock)
    : Controller
{
    [HttpGet("card-service")]
    [RequirePermission(CardServicePermissions.View)]
    public async Task<IActionResult> Index(string? card, string? primaryCard, bool edit, CancellationToken ct)
    {
        var model = new CardServiceFindViewModel { Card = card, PrimaryCard = primaryCard };
        if (card is not null)
        {
            var found = await query.CardAsync(card, ct);
            if (found.Succeeded)
            {
                return Redirect(Url.Content($"~/card-service/cards/{found.Value!.Card.Number}"));
            }

            ModelState.AddErrors(found, text);
        }
        else if (primaryCard is not null)
        {
            var customer = await query.CustomerByCardAsync(primaryCard, ct);
            if (customer.Succeeded)
            {
                // Customer data (3.6/3.8) is kept by the Counter module's customer screens.
                return Redirect(Url.Content($"~/counter/customers/{customer.Value!.Id}{(edit ? "/edit" : "")}"));
            }

            ModelState.AddErrors(customer, text);
        }

        return View(model);
    }

    [HttpGet("card-service/cards/{number}")]
    [RequirePermission(CardServicePermissions.View)]
    public async Task<IActionResult> Card(string number, string? after, CancellationToken ct)
    {
        var found = await query.CardAsync(number, ct);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        var summary = found.Value!;
        var lines = await query.LinesAsync(summary.Card.Number, after, null, ct);
        if (!lines.Succeeded)
        {
            ModelState.AddErrors(lines, text);
        }

        var status = summary.Card.Status;
        var (pinSet, pinLocked) = await pins.StateAsync(summary.Card.Id, ct);
        var inUse = status is not ("Replaced" or "Closed");
        return View(new CardServicePageViewModel
        {
            Summary = summary, Lines = lines.Value?.Items ?? [], Next = lines.Value?.Next, After = after, WaitHours = await settings.GetIntAsync(CardServiceSettings.ReplacementWaitHours, ct),
            Now = clock.GetUtcNow().UtcDateTime,
            CanEdit = await CanAsync(CardServicePermissions.EditData) && status is not ("Replaced" or "Closed"),
            CanReportLoss = await CanAsync(CardServicePermissions.ReportLoss) && status == "Issued" && summary.Card.CustomerId is not null,
            CanCancelLoss = await CanAsync(CardServicePermissions.CancelLoss) && status == "Lost",
            CanReportBad = await CanAsync(CardServicePermissions.ReportBad) && status == "Issued",
            CanReplace = await CanAsync(CardServicePermissions.Replace) && (status is "Lost" or "Bad" or "Invalid" || (status == "Issued" && summary.Expired)),
            CanReactivate = await CanAsync(CardServicePermissions.Reactivate) && (status == "Invalid" || (status == "Issued" && summary.Expired)),
            CanMovePurse = await CanAsync(CardServicePermissions.Replace),
            CanUpgrade = await CanAsync(CardServicePermissions.Upgrade) && status == "Issued" && summary.Card.Kind is ("Secondary" or "Anonymous"),
            CanRestrict = await CanAsync(CardServicePermissions.Restrictions) && inUse,
            PinSet = pinSet, PinLocked = pinLocked,
            CanChangePin = await CanAsync(CardServicePermissions.ChangePin) && inUse && pinSet && !pinLocked,
            CanUnlockPin = await CanAsync(CardServicePermissions.UnlockPin) && inUse && pinLocked,
            CanResetPin = await CanAsync(CardServicePermissions.ResetPin) && inUse && summary.Card.CustomerId is not null,
        });
    }

    [HttpGet("card-service/cards/{number}/lines.csv")]
    [RequirePermission(CardServicePermissions.View)]
    public async Task<IActionResult> LinesCsv(string number, CancellationToken ct)
    {
        var found = await query.CardAsync(number, ct);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=card-{found.Value!.Card.Number}.csv";
        await CardLinesCsv.WriteAsync(Response.Body, query.AllLinesAsync(found.Value.Card.Id, ct), await LocalTimes.OffsetAsync(HttpContext), ct);
        return new EmptyResult();
    }

    [HttpGet("card-service/cards/{number}/data")]
    [RequirePermission(CardServicePermissions.EditData)]
    public async Task<IActionResult> Data(string number, CancellationToken ct)
    {
        var found = await query.CardAsync(number, ct);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        var c = found.Value!.Card;
        return View(new CardDataViewModel { Card = c.Number, HolderName = c.HolderName, VehiclePlate = c.VehiclePlate, Notes = c.Notes, Version = c.Version });
    }

    [HttpPost("card-service/cards/{number}/data")]
    [RequirePermission(CardServicePermissions.EditData)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Data([FromRoute] string number, CardDataViewModel form, CancellationToken ct)
    {
        var result = await data.UpdateDataAsync(number, form.HolderName, form.VehiclePlate, form.Notes, form.Version, ct);
        if (result.Succeeded)
        {
            this.Notify("The card data of {0} is saved.", result.Value!.Number);
            return Redirect(Url.Content($"~/card-service/cards/{result.Value.Number}"));
        }

        if (result.Failure == Kernel.Results.FailureKind.NotFound)
        {
            return NotFound();
        }

        form.Card = number;
        if (result.Extensions.TryGetValue("version", out var current) && current is string version)
        {
            form.Version = version;
        }

        ModelState.AddErrors(result, text);
        return View(form);
    }

    [HttpGet("card-service/block-list")]
    [RequirePermission(CardServicePermissions.ViewBlockList)]
    public async Task<IActionResult> BlockList(long? since, CancellationToken ct)
    {
        var from = Math.Max(since ?? 0, 0);
        return View(new BlockListViewModel { Since = from, Page = await blockList.SinceAsync(from, 100, ct), Current = await blockList.VersionAsync(ct) });
    }

    private async Task<bool> CanAsync(string permission) =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(permission))).Succeeded;
}
