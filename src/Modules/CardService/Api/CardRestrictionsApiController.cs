using Admin.Kernel.Api;
using Admin.Kernel.Permissions;
using Admin.Modules.CardService.Models;
using Admin.Modules.CardService.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.CardService.Api;

/// <summary>Card restrictions (限制信息 3.11/3.12) on the API.</summary>
[Route("api/card-service")]
public sealed class CardRestrictionsApiController(CardRestrictions restrictions, Dictionaries.Contracts.IDictionaries dictionaries) : AdminApiController
{
    /// <summary>The oil products a card may be restricted to now (the active entries of the dictionary's oil products), in both languages. Permission: CardService.View.</summary>
    [HttpGet("oil-products")]
    [RequirePermission(CardServicePermissions.View)]
    [ProducesResponseType<IReadOnlyList<OilProductDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> OilProducts(CancellationToken ct) =>
        Ok((await dictionaries.ActiveAsync(Dictionaries.Contracts.DictionaryKinds.OilProducts, ct)).Select(p => new OilProductDto(p.Code, p.Name.En, p.Name.Zh)).ToList());

    /// <summary>The card's restrictions (nulls and no version when none are set). Another outlet's card is 404. Permission: CardService.View.</summary>
    [HttpGet("cards/{number}/restrictions")]
    [RequirePermission(CardServicePermissions.View)]
    [ProducesResponseType<RestrictionView>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(string number, CancellationToken ct)
    {
        var result = await restrictions.FindAsync(number, ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>
    /// Sets the card's restrictions; send the <c>version</c> read (none the first time; 409 when stale). Bad values are 400 naming
    /// <c>products</c>, <c>perPurchase</c>, <c>perDay</c>, <c>purchasesPerDay</c>, <c>from</c>, <c>until</c>. Permission: CardService.Restrictions.
    /// </summary>
    [HttpPut("cards/{number}/restrictions")]
    [RequirePermission(CardServicePermissions.Restrictions)]
    [ProducesResponseType<RestrictionView>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Put(string number, RestrictionsRequest request, CancellationToken ct)
    {
        var result = await restrictions.SetAsync(number, new RestrictionInput(request.Products, request.PerPurchase, request.PerDay, request.PurchasesPerDay,
            request.From, request.Until, request.Version), ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>
    /// Copies the card's restrictions to <c>target</c>, another card in use of the same customer, or moves them (<c>move: true</c>: the
    /// card keeps none). Permission: CardService.Restrictions.
    /// </summary>
    [HttpPost("cards/{number}/restrictions/copy")]
    [RequirePermission(CardServicePermissions.Restrictions)]
    [ProducesResponseType<RestrictionView>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Copy(string number, CopyRestrictionsRequest request, CancellationToken ct)
    {
        var result = await restrictions.CopyAsync(number, request.Target, request.Move == true, ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }
}
