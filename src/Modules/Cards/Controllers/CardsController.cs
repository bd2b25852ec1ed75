using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Modules.Cards.Services;
using Admin.Modules.Cards.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Cards.Controllers;

/// <summary>
/// The card query (客户服务): find a card by number (typed, scanned or read by the card reader), a card's page with its customer,
/// status and balances, a customer's cards. An outlet operator sees the cards issued at their outlet.
/// </summary>
[Route("admin/cards")]
[RequirePermission(CardsPermissions.View)]
public sealed class CardsController(CardQuery cards, AdminText text) : Controller
{
    /// <summary>Most of a customer's cards a card's page lists (the rest through the customer's card list).</summary>
    public const int CustomerCardsShown = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? number, string? customer, string? status, string? outlet, string? after, CancellationToken ct)
    {
        var model = new CardListViewModel { Number = number, Customer = customer, Status = status, Outlet = outlet, After = after };
        if (!string.IsNullOrWhiteSpace(number))
        {
            var found = await cards.FindByNumberAsync(number, ct);
            if (found.Succeeded)
            {
                return Redirect(Url.Content($"~/admin/cards/{found.Value!.Number}"));
            }

            ModelState.AddErrors(found.Errors.Any(e => e.Field is not null) ? found : Kernel.Results.OperationResult.Invalid(CardsErrors.CardNotFound() with { Field = "number" }), text);
            return View(model);
        }

        model.Listed = !string.IsNullOrWhiteSpace(customer) || !string.IsNullOrWhiteSpace(status) || !string.IsNullOrWhiteSpace(outlet) || after is not null;
        if (!model.Listed)
        {
            return View(model);
        }

        var result = await cards.ListAsync(new CardFilter(customer, status, outlet), after, null, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(model);
        }

        model.Cards = result.Value!.Items;
        model.Next = result.Value.Next;
        return View(model);
    }

    [HttpGet("{number}")]
    public async Task<IActionResult> Details(string number, CancellationToken ct)
    {
        var found = await cards.FindByNumberAsync(number, ct);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        var card = found.Value!;
        IReadOnlyList<CardView> others = [];
        var truncated = false;
        if (card.CustomerId is { } customer)
        {
            var page = await cards.ListAsync(new CardFilter(customer.ToString("D")), null, CustomerCardsShown, ct);
            others = page.Value?.Items ?? [];
            truncated = page.Value?.Next is not null;
        }

        return View(new CardPageViewModel { Card = card, CustomerCards = others, CustomerCardsTruncated = truncated });
    }
}
