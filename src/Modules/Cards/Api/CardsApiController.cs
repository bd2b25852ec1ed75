using Admin.Kernel.Api;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Modules.Cards.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Cards.Api;

/// <summary>The money on a card (CNY, account side): card account (卡账户), purse as last known (电子钱包), deposit held (押金).</summary>
public sealed record CardBalancesDto(decimal CardAccount, decimal Purse, decimal Deposit);

/// <summary>
/// An issued card. <c>kind</c>: SingleUser, Primary, Secondary, Anonymous, Internal; <c>status</c>: Issued, Lost, Bad, Invalid,
/// Replaced, Closed. <c>customerCode</c>/<c>customerName</c> are null for an anonymous card (and for a customer the caller may
/// not see); <c>primaryCard</c> is the primary card's number for a secondary card.
/// </summary>
public sealed record CardDto(
    Guid Id, string Number, string Product, string Kind, string Status, string? CustomerCode, string? CustomerName, string? PrimaryCard,
    string? HolderName, string? VehiclePlate, string Outlet, string? Operator, DateTime IssuedAt, DateTime? ExpiresAt, decimal? FaceValue,
    CardBalancesDto Balances, string Version);

[Route("api/cards")]
public sealed class CardsApiController(CardQuery cards) : AdminApiController
{
    /// <summary>
    /// Cards by number, keyset-paged; filters: <c>customer</c> (code or id), <c>status</c>, <c>outlet</c> (code). An outlet operator
    /// sees the cards issued at their outlet. Permission: Cards.View.
    /// </summary>
    [HttpGet("")]
    [RequirePermission(CardsPermissions.View)]
    [ProducesResponseType<Page<CardDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? customer, string? status, string? outlet, string? after, int? limit, CancellationToken ct)
    {
        var result = await cards.ListAsync(new CardFilter(customer, status, outlet), after, limit, ct);
        return result.Succeeded ? Ok(new Page<CardDto>(result.Value!.Items.Select(ToDto).ToList(), result.Value.Next)) : Problem(result);
    }

    /// <summary>
    /// One card by its number, with its customer, primary card and balances. Not a possible card number (digits, length, check
    /// digit): 400 on <c>number</c>; another outlet's card, for an outlet operator: 404. Permission: Cards.View.
    /// </summary>
    [HttpGet("{number}")]
    [RequirePermission(CardsPermissions.View)]
    [ProducesResponseType<CardDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(string number, CancellationToken ct)
    {
        var result = await cards.FindByNumberAsync(number, ct);
        return result.Succeeded ? Ok(ToDto(result.Value!)) : Problem(result);
    }

    internal static CardDto ToDto(CardView c) =>
        new(c.Id, c.Number, c.Product, c.Kind.ToString(), c.Status.ToString(), c.CustomerCode, c.CustomerName, c.PrimaryCard, c.HolderName, c.VehiclePlate,
            c.OutletCode, c.OperatorLogin, c.IssuedAt, c.ExpiresAt, c.FaceValue, new CardBalancesDto(c.Balances.CardAccount, c.Balances.Purse, c.Balances.Deposit),
            Versions.Format(c.Version));
}
