using Admin.Kernel.Api;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Models;
using Admin.Modules.Cards.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Cards.Api;

/// <summary>
/// A card product as sent: <c>kind</c> SingleUser, Primary, Secondary, Anonymous or Internal; <c>checkDigit</c> Luhn or None;
/// amounts in CNY; <c>validityMonths</c> null when cards do not expire; <c>realNameThreshold</c> null when every purchase needs the
/// buyer's real name; <c>faceValues</c> for anonymous products only. Updates send back <c>version</c>; the code cannot change.
/// </summary>
public sealed record CardProductRequest(
    string? Code, string? NameEn, string? NameZh, string? Kind, int? NumberLength, string? Prefix, string? CheckDigit, decimal? BalanceCap,
    int? ValidityMonths, decimal? RealNameThreshold, decimal? CompanyCashLimit, decimal? IndividualCashLimit, List<decimal>? FaceValues, bool? Active,
    string? Version = null)
{
    internal ProductInput ToInput() => new(Code, NameEn, NameZh, Kind, NumberLength, Prefix, CheckDigit, BalanceCap, ValidityMonths, RealNameThreshold,
        CompanyCashLimit, IndividualCashLimit, FaceValues, Active);
}

/// <summary>A card product.</summary>
public sealed record CardProductDto(
    Guid Id, string Code, string NameEn, string NameZh, string Kind, int NumberLength, string Prefix, string CheckDigit, decimal BalanceCap,
    int? ValidityMonths, decimal? RealNameThreshold, decimal CompanyCashLimit, decimal IndividualCashLimit, IReadOnlyList<decimal> FaceValues, bool Active,
    string Version);

[Route("api/card-products")]
public sealed class CardProductsApiController(CardProductService products) : AdminApiController
{
    /// <summary>Card products by code, keyset-paged; <c>kind</c> filters. Permission: Cards.ViewProducts.</summary>
    [HttpGet("")]
    [RequirePermission(CardsPermissions.ViewProducts)]
    [ProducesResponseType<Page<CardProductDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? kind, string? after, int? limit, CancellationToken ct)
    {
        var result = await products.ListAsync(kind, after, limit, ct);
        return result.Succeeded ? Ok(new Page<CardProductDto>(result.Value!.Items.Select(ToDto).ToList(), result.Value.Next)) : Problem(result);
    }

    /// <summary>One card product. Permission: Cards.ViewProducts.</summary>
    [HttpGet("{id:guid}")]
    [RequirePermission(CardsPermissions.ViewProducts)]
    [ProducesResponseType<CardProductDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, CancellationToken ct) =>
        await products.FindAsync(id, ct) is { } p ? Ok(ToDto(p)) : Problem(OperationResult.NotFound(CardsErrors.ProductNotFound()));

    /// <summary>Creates a card product (201); a code in use is 409. Permission: Cards.ManageProducts.</summary>
    [HttpPost("")]
    [RequirePermission(CardsPermissions.ManageProducts)]
    [ProducesResponseType<CardProductDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(CardProductRequest request, CancellationToken ct)
    {
        var result = await products.CreateAsync(request.ToInput(), ct);
        return result.Succeeded ? Created(Url.Content($"~/api/card-products/{result.Value!.Id}"), ToDto(result.Value)) : Problem(result);
    }

    /// <summary>
    /// Changes a card product; a stale <c>version</c> is 409 with the current one; numbering is fixed (409) once ranges of the product
    /// are registered. Permission: Cards.ManageProducts.
    /// </summary>
    [HttpPut("{id:guid}")]
    [RequirePermission(CardsPermissions.ManageProducts)]
    [ProducesResponseType<CardProductDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(Guid id, CardProductRequest request, CancellationToken ct)
    {
        var result = await products.UpdateAsync(id, request.ToInput(), request.Version, ct);
        return result.Succeeded ? Ok(ToDto(result.Value!)) : Problem(result);
    }

    internal static CardProductDto ToDto(CardProduct p) =>
        new(p.Id, p.Code, p.NameEn, p.NameZh, p.Kind.ToString(), p.NumberLength, p.Prefix, p.CheckDigit.ToString(), p.BalanceCap, p.ValidityMonths,
            p.RealNameThreshold, p.CompanyCashLimit, p.IndividualCashLimit, p.FaceValueList, p.Active, Versions.Format(p.Version));
}
