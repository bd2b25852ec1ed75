using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.Cards.Models;
using Admin.Modules.Cards.Services;
using Admin.Modules.Cards.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Cards.Controllers;

/// <summary>Head office's card products: list, create, edit (versioned).</summary>
[Route("admin/card-products")]
[RequirePermission(CardsPermissions.ViewProducts)]
public sealed class CardProductsController(CardProductService products, IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? kind, string? after, CancellationToken ct)
    {
        var result = await products.ListAsync(kind, after, null, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
        }

        return View(new ProductListViewModel
        {
            Kind = kind, After = after, Products = result.Value?.Items ?? [], Next = result.Value?.Next,
            CanManage = (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(CardsPermissions.ManageProducts))).Succeeded,
        });
    }

    [HttpGet("new")]
    [RequirePermission(CardsPermissions.ManageProducts)]
    public IActionResult Create() => View("Form", new ProductFormViewModel
    {
        Kind = nameof(CardKind.SingleUser), NumberLength = "16", CheckDigit = nameof(CheckDigitRule.Luhn), BalanceCap = "5000.00",
        CompanyCashLimit = "5000.00", IndividualCashLimit = "50000.00",
    });

    [HttpPost("new")]
    [RequirePermission(CardsPermissions.ManageProducts)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(ProductFormViewModel form, CancellationToken ct)
    {
        form.Id = null;
        var unreadable = new List<string>();
        var input = form.ToInput(unreadable);
        if (Unreadable(unreadable, input))
        {
            return View("Form", form);
        }

        var result = await products.CreateAsync(input, ct);
        if (result.Succeeded)
        {
            this.Notify("Card product {0} saved.", result.Value!.Code);
            return Redirect(Url.Content("~/admin/card-products"));
        }

        ModelState.AddErrors(result, text);
        return View("Form", form);
    }

    [HttpGet("{id:guid}/edit")]
    [RequirePermission(CardsPermissions.ManageProducts)]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct) =>
        await products.FindAsync(id, ct) is { } product ? View("Form", ProductFormViewModel.From(product)) : NotFound();

    [HttpPost("{id:guid}/edit")]
    [RequirePermission(CardsPermissions.ManageProducts)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(Guid id, ProductFormViewModel form, CancellationToken ct)
    {
        if (await products.FindAsync(id, ct) is not { } current)
        {
            return NotFound();
        }

        form.Id = id;
        form.Code = current.Code;
        var unreadable = new List<string>();
        var input = form.ToInput(unreadable);
        if (Unreadable(unreadable, input))
        {
            return View("Form", form);
        }

        var result = await products.UpdateAsync(id, input, form.Version, ct);
        if (result.Succeeded)
        {
            this.Notify("Card product {0} saved.", result.Value!.Code);
            return Redirect(Url.Content("~/admin/card-products"));
        }

        ModelState.AddErrors(result, text);
        return View("Form", form);
    }

    /// <summary>Text that is not a number: its error beside the field, with every other problem of the form (all at once).</summary>
    private bool Unreadable(List<string> fields, ProductInput input)
    {
        if (fields.Count == 0)
        {
            return false;
        }

        foreach (var field in fields.Distinct())
        {
            ModelState.AddModelError(field, text.Message(new OperationError("cards.notANumber", "Enter a number (digits, a decimal point).", field)));
        }

        foreach (var error in ProductTerms.Parse(input).Errors.Where(e => e.Field is null || !fields.Contains(e.Field)))
        {
            ModelState.AddModelError(error.Field ?? "", text.Message(error));
        }

        return true;
    }
}
