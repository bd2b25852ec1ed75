using Admin.Kernel.Api;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Cards.Models;
using Admin.Modules.Cards.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Cards.Api;

/// <summary>A card number (<c>last</c> omitted) or a range of numbers of one product, both ends included.</summary>
public sealed record NumberSpanRequest(string? First, string? Last = null);

/// <summary>A number range head office registers: the product's code, the first and last card numbers (check digits included).</summary>
public sealed record RangeRequest(string? Product, string? First, string? Last);

/// <summary>An outlet's request for cards.</summary>
public sealed record StockRequestRequest(string? Product, int? Quantity, string? Note);

/// <summary>Numbers shipped against a request.</summary>
public sealed record ShipRequest(List<NumberSpanRequest>? Numbers);

/// <summary>Cards moved by an outlet task; <c>to</c> only for returns (<c>Outlet</c> or <c>HeadOffice</c>).</summary>
public sealed record StockMoveRequest(string? Product, List<NumberSpanRequest>? Numbers, string? Note, string? To = null);

/// <summary>Cards to scrap; <c>review</c> only after a 428.</summary>
public sealed record ScrapRequest(string? Product, List<NumberSpanRequest>? Numbers, string? Note, ReviewBody? Review);

/// <summary>The reviewer's credentials, sent when the first answer was 428 <c>review.required</c>.</summary>
public sealed record ReviewBody(string? LoginName, string? Password);

/// <summary>An exchange: the defective card out of the caller's drawer, the replacement from the outlet's stock.</summary>
public sealed record ExchangeRequest(string? Product, string? Defective, string? Replacement, string? Note);

/// <summary>A registered range.</summary>
public sealed record RangeDto(Guid Id, Guid ProductId, string First, string Last, long Count, DateTime RegisteredAt, string? RegisteredBy);

/// <summary>An outlet's request with what was shipped against it.</summary>
public sealed record StockRequestDto(Guid Id, Guid OutletId, Guid ProductId, int Quantity, int Shipped, string Status, DateTime RequestedAt, string? RequestedBy, string? Note, string Version);

/// <summary>What a stock task moved: its movements are <c>GET /api/card-stock/movements?task={taskId}</c>.</summary>
public sealed record StockTaskDto(Guid TaskId, string Product, string Kind, long Count);

[Route("api/card-stock")]
public sealed class CardStockApiController(CardStockService stock, OutletStockService outlet, StockQuery query, StockVerifier verifier) : AdminApiController
{
    /// <summary>Registers a number range at head office (201); an overlap with a registered range is 409. Permission: Cards.ManageRanges.</summary>
    [HttpPost("ranges")]
    [RequirePermission(CardsPermissions.ManageRanges)]
    [ProducesResponseType<RangeDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Register(RangeRequest request, CancellationToken ct)
    {
        var result = await stock.RegisterAsync(new RangeInput(request.Product, request.First, request.Last), ct);
        return result.Succeeded
            ? Created(Url.Content($"~/api/card-stock/movements?task={result.Value!.Id}"),
                new RangeDto(result.Value.Id, result.Value.ProductId, result.Value.FirstNumber, result.Value.LastNumber, result.Value.Count, result.Value.RegisteredAt, result.Value.RegisteredBy))
            : Problem(result);
    }

    /// <summary>Requests (申领) a quantity of a product for the caller's outlet (201). Permission: Cards.RequestStock.</summary>
    [HttpPost("requests")]
    [RequirePermission(CardsPermissions.RequestStock)]
    [ProducesResponseType<StockRequestDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> CreateRequest(StockRequestRequest request, CancellationToken ct)
    {
        var result = await stock.RequestAsync(new RequestInput(request.Product, request.Quantity, request.Note), ct);
        return result.Succeeded ? Created(Url.Content($"~/api/card-stock/requests/{result.Value!.Id}"), ToDto(result.Value)) : Problem(result);
    }

    /// <summary>Requests, newest first, keyset-paged; outlet staff see their outlet's. Permission: Cards.ViewStock.</summary>
    [HttpGet("requests")]
    [RequirePermission(CardsPermissions.ViewStock)]
    [ProducesResponseType<Page<StockRequestDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Requests(string? status, string? after, int? limit, CancellationToken ct)
    {
        var result = await query.RequestsAsync(status, after, limit, ct);
        return result.Succeeded ? Ok(new Page<StockRequestDto>(result.Value!.Items.Select(ToDto).ToList(), result.Value.Next)) : Problem(result);
    }

    /// <summary>One request; another outlet's is 404. Permission: Cards.ViewStock.</summary>
    [HttpGet("requests/{id:guid}")]
    [RequirePermission(CardsPermissions.ViewStock)]
    [ProducesResponseType<StockRequestDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> GetRequest(Guid id, CancellationToken ct) =>
        await query.RequestAsync(id, ct) is { } r ? Ok(ToDto(r)) : Problem(OperationResult.NotFound(CardsErrors.RequestNotFound()));

    /// <summary>Ships numbers against an open request: head office → in transit to the outlet (201). Permission: Cards.Ship.</summary>
    [HttpPost("requests/{id:guid}/ship")]
    [RequirePermission(CardsPermissions.Ship)]
    [ProducesResponseType<StockTaskDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Ship(Guid id, ShipRequest request, CancellationToken ct) =>
        Answer(await stock.ShipAsync(id, Spans(request.Numbers), ct));

    /// <summary>Receives cards in transit to the caller's outlet into its stock (201). Permission: Cards.ReceiveStock.</summary>
    [HttpPost("receive")]
    [RequirePermission(CardsPermissions.ReceiveStock)]
    [ProducesResponseType<StockTaskDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Receive(StockMoveRequest request, CancellationToken ct) =>
        Answer(await outlet.ReceiveAsync(Input(request), ct));

    /// <summary>Takes (领用) cards from the outlet's stock into the caller's drawer (201). Permission: Cards.TakeStock.</summary>
    [HttpPost("take")]
    [RequirePermission(CardsPermissions.TakeStock)]
    [ProducesResponseType<StockTaskDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Take(StockMoveRequest request, CancellationToken ct) =>
        Answer(await outlet.TakeAsync(Input(request), ct));

    /// <summary>Returns (退库) cards: <c>to: Outlet</c> from the caller's drawer, <c>to: HeadOffice</c> from the outlet's stock (201). Permission: Cards.ReturnStock.</summary>
    [HttpPost("return")]
    [RequirePermission(CardsPermissions.ReturnStock)]
    [ProducesResponseType<StockTaskDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Return(StockMoveRequest request, CancellationToken ct) =>
        Answer(await outlet.ReturnAsync(Input(request), request.To, ct));

    /// <summary>Exchanges (置换) a defective card of the caller's drawer for a good one of the outlet's stock (201). Permission: Cards.ReturnStock.</summary>
    [HttpPost("exchange")]
    [RequirePermission(CardsPermissions.ReturnStock)]
    [ProducesResponseType<StockTaskDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Exchange(ExchangeRequest request, CancellationToken ct) =>
        Answer(await outlet.ExchangeAsync(new ExchangeInput(request.Product, request.Defective, request.Replacement, request.Note), ct));

    /// <summary>
    /// Scraps (报废) cards of the caller's outlet (head office: of its stock). Reviewed: the first answer is 428 <c>review.required</c>;
    /// repeat with <c>review: {loginName, password}</c> of a colleague; a refused review is 403 naming the rule. Permission: Cards.ScrapStock.
    /// </summary>
    [HttpPost("scrap")]
    [RequirePermission(CardsPermissions.ScrapStock)]
    [ProducesResponseType<StockTaskDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Scrap(ScrapRequest request, CancellationToken ct) =>
        Answer(await outlet.ScrapAsync(new StockInput(request.Product, Spans(request.Numbers), request.Note),
            request.Review is null ? null : new ReviewCredentials(request.Review.LoginName, request.Review.Password), ct));

    /// <summary>Counts per product and place of an outlet (code; omitted: the caller's); another outlet's is 404 for outlet staff. Permission: Cards.ViewStock.</summary>
    [HttpGet("overview")]
    [RequirePermission(CardsPermissions.ViewStock)]
    [ProducesResponseType<IReadOnlyList<StockCount>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Overview(string? outlet, CancellationToken ct)
    {
        var result = await query.OverviewAsync(outlet, ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>
    /// The movement log, newest first, keyset-paged: filters <c>outlet</c> (code), <c>product</c> (code), <c>kind</c>, <c>number</c> (with
    /// <c>product</c>), <c>task</c>. Outlet staff see their outlet's movements. Permission: Cards.ViewStock.
    /// </summary>
    [HttpGet("movements")]
    [RequirePermission(CardsPermissions.ViewStock)]
    [ProducesResponseType<Page<MovementView>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Movements(string? outlet, string? product, string? kind, string? number, Guid? task, string? after, int? limit, CancellationToken ct)
    {
        var result = await query.MovementsAsync(new MovementFilter(outlet, product, kind, number, task), after, limit, ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>Where a card number is now; held by another outlet is 404 for outlet staff. Permission: Cards.ViewStock.</summary>
    [HttpGet("numbers/{product}/{number}")]
    [RequirePermission(CardsPermissions.ViewStock)]
    [ProducesResponseType<NumberLocation>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Locate(string product, string number, CancellationToken ct)
    {
        var result = await query.LocateAsync(product, number, ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>Checks that every number is in exactly one place and the counts match the movement log. Permission: Cards.ManageRanges.</summary>
    [HttpGet("verify")]
    [RequirePermission(CardsPermissions.ManageRanges)]
    [ProducesResponseType<StockVerification>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Verify(CancellationToken ct) => Ok(await verifier.VerifyAsync(ct));

    private static List<NumberSpan>? Spans(List<NumberSpanRequest>? spans) => spans?.Select(s => new NumberSpan(s?.First, s?.Last)).ToList();

    private static StockInput Input(StockMoveRequest r) => new(r.Product, Spans(r.Numbers), r.Note);

    private IActionResult Answer(OperationResult<StockTaskResult> result) =>
        result.Succeeded
            ? Created(Url.Content($"~/api/card-stock/movements?task={result.Value!.TaskId}"),
                new StockTaskDto(result.Value.TaskId, result.Value.Product, result.Value.Kind.ToString(), result.Value.Count))
            : Problem(result);

    private static StockRequestDto ToDto(StockRequest r) =>
        new(r.Id, r.OutletId, r.ProductId, r.Quantity, r.Shipped, r.Status.ToString(), r.RequestedAt, r.RequestedBy, r.Note, Admin.Kernel.Data.Versions.Format(r.Version));
}
