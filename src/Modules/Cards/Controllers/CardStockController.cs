using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Modules.Cards.Models;
using Admin.Modules.Cards.Services;
using Admin.Modules.Cards.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Cards.Controllers;

/// <summary>
/// The card stock screens (卡片管理): overview per outlet, the movement log, and one keyboard-first form per task
/// (request, ship, receive, take, return, exchange, scrap with the review dialog). Post/redirect/get; errors beside the fields.
/// </summary>
[Route("admin/card-stock")]
[RequirePermission(CardsPermissions.ViewStock)]
public sealed class CardStockController(CardStockService stock, OutletStockService tasks, StockQuery query, CardProductService products, AdminText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? outlet, CancellationToken ct)
    {
        var result = await query.OverviewAsync(outlet, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
        }

        return View(new StockOverviewViewModel { Outlet = outlet, Counts = result.Value ?? [] });
    }

    [HttpGet("movements")]
    public async Task<IActionResult> Movements(string? outlet, string? product, string? kind, string? number, string? after, CancellationToken ct)
    {
        var model = new MovementListViewModel { Outlet = outlet, Product = product, Kind = kind, Number = number, After = after, Products = await products.AllAsync(ct) };
        var result = await query.MovementsAsync(new MovementFilter(outlet, product, kind, number), after, null, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(model);
        }

        model.Movements = result.Value!.Items;
        model.Next = result.Value.Next;
        return View(model);
    }

    [HttpGet("register")]
    [RequirePermission(CardsPermissions.ManageRanges)]
    public Task<IActionResult> Register(CancellationToken ct) => FormAsync("register", ct);

    [HttpPost("register")]
    [RequirePermission(CardsPermissions.ManageRanges)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Register(StockTaskViewModel form, CancellationToken ct)
    {
        var span = form.Spans() is [var one] ? one : new NumberSpan(null);
        var result = await stock.RegisterAsync(new RangeInput(form.Product, span.First, span.Last ?? span.First), ct);
        return result.Succeeded ? Done("Range registered.", "register") : await AgainAsync("register", form, result, ct);
    }

    [HttpGet("request")]
    [RequirePermission(CardsPermissions.RequestStock)]
    public Task<IActionResult> RequestCards(CancellationToken ct) => FormAsync("request", ct);

    [HttpPost("request")]
    [RequirePermission(CardsPermissions.RequestStock)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RequestCards(StockTaskViewModel form, CancellationToken ct)
    {
        var quantity = int.TryParse(form.Quantity?.Trim(), out var q) ? q : (int?)null;
        var result = await stock.RequestAsync(new RequestInput(form.Product, quantity, form.Note), ct);
        return result.Succeeded ? Done("Request saved.", "request") : await AgainAsync("request", form, result, ct);
    }

    [HttpGet("ship")]
    [RequirePermission(CardsPermissions.Ship)]
    public Task<IActionResult> Ship(CancellationToken ct) => FormAsync("ship", ct);

    [HttpPost("ship")]
    [RequirePermission(CardsPermissions.Ship)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Ship(StockTaskViewModel form, CancellationToken ct)
    {
        var result = form.Request is { } id
            ? await stock.ShipAsync(id, form.Spans(), ct)
            : OperationResult<StockTaskResult>.Invalid(CardsErrors.RequestRequired());
        return result.Succeeded ? Moved(result.Value!, "ship") : await AgainAsync("ship", form, result, ct);
    }

    [HttpGet("receive")]
    [RequirePermission(CardsPermissions.ReceiveStock)]
    public Task<IActionResult> Receive(CancellationToken ct) => FormAsync("receive", ct);

    [HttpPost("receive")]
    [RequirePermission(CardsPermissions.ReceiveStock)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Receive(StockTaskViewModel form, CancellationToken ct) =>
        await AnswerAsync("receive", form, await tasks.ReceiveAsync(Input(form), ct), ct);

    [HttpGet("take")]
    [RequirePermission(CardsPermissions.TakeStock)]
    public Task<IActionResult> Take(CancellationToken ct) => FormAsync("take", ct);

    [HttpPost("take")]
    [RequirePermission(CardsPermissions.TakeStock)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Take(StockTaskViewModel form, CancellationToken ct) =>
        await AnswerAsync("take", form, await tasks.TakeAsync(Input(form), ct), ct);

    [HttpGet("return")]
    [RequirePermission(CardsPermissions.ReturnStock)]
    public Task<IActionResult> Return(CancellationToken ct) => FormAsync("return", ct);

    [HttpPost("return")]
    [RequirePermission(CardsPermissions.ReturnStock)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Return(StockTaskViewModel form, CancellationToken ct) =>
        await AnswerAsync("return", form, await tasks.ReturnAsync(Input(form), form.To, ct), ct);

    [HttpGet("exchange")]
    [RequirePermission(CardsPermissions.ReturnStock)]
    public Task<IActionResult> Exchange(CancellationToken ct) => FormAsync("exchange", ct);

    [HttpPost("exchange")]
    [RequirePermission(CardsPermissions.ReturnStock)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Exchange(StockTaskViewModel form, CancellationToken ct) =>
        await AnswerAsync("exchange", form, await tasks.ExchangeAsync(new ExchangeInput(form.Product, form.Defective, form.Replacement, form.Note), ct), ct);

    [HttpGet("scrap")]
    [RequirePermission(CardsPermissions.ScrapStock)]
    public Task<IActionResult> Scrap(CancellationToken ct) => FormAsync("scrap", ct);

    [HttpPost("scrap")]
    [RequirePermission(CardsPermissions.ScrapStock)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Scrap(StockTaskViewModel form, CancellationToken ct)
    {
        var result = await tasks.ScrapAsync(Input(form), form.Review.ToCredentials(), ct);
        if (result.Succeeded)
        {
            return Moved(result.Value!, "scrap");
        }

        form.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
        form.Review = new ReviewInput { LoginName = form.Review.LoginName };
        return await AgainAsync("scrap", form, form.ReviewDialog is null ? result : OperationResult.Success(), ct);
    }

    private static StockInput Input(StockTaskViewModel form) => new(form.Product, form.Spans(), form.Note);

    private async Task<IActionResult> FormAsync(string task, CancellationToken ct) =>
        View("Task", await FillAsync(new StockTaskViewModel { Task = task, To = nameof(ReturnTarget.Outlet) }, ct));

    private async Task<StockTaskViewModel> FillAsync(StockTaskViewModel form, CancellationToken ct)
    {
        form.Products = (await products.AllAsync(ct)).Where(p => p.Active).ToList();
        if (form.Task == "ship")
        {
            form.OpenRequests = (await query.RequestsAsync(nameof(RequestStatus.Open), null, Admin.Kernel.Paging.Keyset.MaxLimit, ct)).Value?.Items ?? [];
        }

        return form;
    }

    private async Task<IActionResult> AnswerAsync(string task, StockTaskViewModel form, OperationResult<StockTaskResult> result, CancellationToken ct) =>
        result.Succeeded ? Moved(result.Value!, task) : await AgainAsync(task, form, result, ct);

    private async Task<IActionResult> AgainAsync(string task, StockTaskViewModel form, OperationResult result, CancellationToken ct)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Field switch
            {
                null => "",
                var f when f.StartsWith("numbers", StringComparison.Ordinal) || f is "first" or "last" => nameof(StockTaskViewModel.Numbers),
                var f => f,
            };
            ModelState.AddModelError(field, text.Message(error));
        }

        form.Task = task;
        return View("Task", await FillAsync(form, ct));
    }

    private IActionResult Moved(StockTaskResult done, string task)
    {
        this.Notify("{0} cards moved.", done.Count);
        return Redirect(Url.Content($"~/admin/card-stock/movements?product={Uri.EscapeDataString(done.Product)}"));
    }

    private IActionResult Done(string message, string task)
    {
        this.Notify(message);
        return Redirect(Url.Content($"~/admin/card-stock/{task}"));
    }
}
