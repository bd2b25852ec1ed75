using System.Globalization;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Modules.CardService.Services;
using Admin.Modules.CardService.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.CardService.Controllers;

/// <summary>A card's restrictions (限制信息 3.11) and copying or moving them to another card of the customer (3.12).</summary>
public sealed class RestrictionsController(CardRestrictions restrictions, Dictionaries.Contracts.IDictionaries dictionaries, AdminText text) : Controller
{
    [HttpGet("card-service/cards/{number}/restrictions")]
    [RequirePermission(CardServicePermissions.Restrictions)]
    public async Task<IActionResult> Edit(string number, CancellationToken ct)
    {
        var found = await restrictions.FindAsync(number, ct);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        var r = found.Value!;
        return View(new RestrictionsViewModel
        {
            Card = r.Card, Products = [.. r.Products], PerPurchase = Amount(r.PerPurchase), PerDay = Amount(r.PerDay),
            PurchasesPerDay = r.PurchasesPerDay?.ToString(CultureInfo.InvariantCulture), From = r.From, Until = r.Until, Version = r.Version,
            Choices = await OilProductsAsync(ct),
        });
    }

    [HttpPost("card-service/cards/{number}/restrictions")]
    [RequirePermission(CardServicePermissions.Restrictions)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromRoute] string number, RestrictionsViewModel form, CancellationToken ct)
    {
        var perPurchase = Kernel.Money.Money.Parse(form.PerPurchase, "perPurchase");
        var perDay = Kernel.Money.Money.Parse(form.PerDay, "perDay");
        ModelState.Clear();
        ModelState.AddErrors(perPurchase, text);
        ModelState.AddErrors(perDay, text);
        int? purchases = null;
        if (!string.IsNullOrWhiteSpace(form.PurchasesPerDay))
        {
            if (int.TryParse(form.PurchasesPerDay.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                purchases = n;
            }
            else
            {
                ModelState.AddModelError("purchasesPerDay", text.Message(CardServiceErrors.PurchasesInvalid(Models.CardRestriction.MaxPurchasesPerDay)));
            }
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await restrictions.SetAsync(number, new RestrictionInput(form.Products, perPurchase.Value, perDay.Value, purchases, form.From, form.Until, form.Version), ct);
            if (result.Succeeded)
            {
                this.Notify("The restrictions of {0} are saved.", result.Value!.Card);
                return Redirect(Url.Content($"~/card-service/cards/{result.Value.Card}"));
            }

            if (result.Failure == Kernel.Results.FailureKind.NotFound)
            {
                return NotFound();
            }

            ModelState.AddErrors(result, text);
        }

        form.Card = number;
        form.Choices = await OilProductsAsync(ct);
        return View(form);
    }

    [HttpPost("card-service/cards/{number}/restrictions/copy")]
    [RequirePermission(CardServicePermissions.Restrictions)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Copy([FromRoute] string number, RestrictionsViewModel form, CancellationToken ct)
    {
        var result = await restrictions.CopyAsync(number, form.Target, form.Move, ct);
        if (result.Succeeded)
        {
            this.Notify(form.Move ? "The restrictions are moved to {0}." : "The restrictions are copied to {0}.", result.Value!.Card);
            return Redirect(Url.Content($"~/card-service/cards/{result.Value.Card}"));
        }

        if (result.Failure == Kernel.Results.FailureKind.NotFound)
        {
            return NotFound();
        }

        var current = await restrictions.FindAsync(number, ct);
        var r = current.Value;
        ModelState.Clear();
        ModelState.AddErrors(result, text);
        return View(nameof(Edit), new RestrictionsViewModel
        {
            Card = r?.Card ?? number, Products = [.. r?.Products ?? []], PerPurchase = Amount(r?.PerPurchase), PerDay = Amount(r?.PerDay),
            PurchasesPerDay = r?.PurchasesPerDay?.ToString(CultureInfo.InvariantCulture), From = r?.From, Until = r?.Until, Version = r?.Version, Target = form.Target, Move = form.Move,
            Choices = await OilProductsAsync(ct),
        });
    }

    private Task<IReadOnlyList<Dictionaries.Contracts.DictionaryItem>> OilProductsAsync(CancellationToken ct) =>
        dictionaries.EntriesAsync(Dictionaries.Contracts.DictionaryKinds.OilProducts, ct);

    private static string? Amount(decimal? amount) => amount is { } a ? Kernel.Money.Money.Format(a) : null;
}
