using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Cards.Models;

namespace Admin.Modules.Cards.Services;

/// <summary>Cards named by product code and numbers or ranges, as an outlet's task types them.</summary>
public sealed record StockInput(string? Product, IReadOnlyList<NumberSpan>? Numbers, string? Note = null);

/// <summary>An exchange (置换): a defective card back from the drawer, a good one of the same product out of the outlet's stock.</summary>
public sealed record ExchangeInput(string? Product, string? Defective, string? Replacement, string? Note = null);

/// <summary>Where a return goes: <c>Outlet</c> (from the operator's drawer) or <c>HeadOffice</c> (from the outlet's stock).</summary>
public enum ReturnTarget
{
    Outlet,
    HeadOffice,
}

/// <summary>
/// The outlet's side of the stock (4.3–4.8): receive a shipment, take cards into one's drawer (领用), return them (退库),
/// exchange a defective card (置换), scrap cards (报废, reviewed). Each is one transaction with its audit record.
/// </summary>
public sealed class OutletStockService(StockTaskRunner runner, CardStockService stock, ICurrentOperator current, CounterTask task)
{
    /// <summary>The gate's task type for scrapping.</summary>
    public const string ScrapTask = "Cards.Scrap";

    /// <summary>In transit to the caller's outlet → the outlet's stock.</summary>
    public Task<OperationResult<StockTaskResult>> ReceiveAsync(StockInput input, CancellationToken ct = default) =>
        AtOutletAsync(input, MovementKind.Receive, "Stock.Receive", o => (Holder.InTransit(o), Holder.AtOutlet(o)), ct);

    /// <summary>The outlet's stock → the caller's drawer.</summary>
    public Task<OperationResult<StockTaskResult>> TakeAsync(StockInput input, CancellationToken ct = default) =>
        AtOutletAsync(input, MovementKind.Take, "Stock.Take", o => (Holder.AtOutlet(o), Drawer(o)), ct);

    /// <summary>The caller's drawer → the outlet, or the outlet → head office.</summary>
    public Task<OperationResult<StockTaskResult>> ReturnAsync(StockInput input, string? to, CancellationToken ct = default)
    {
        if (!Enum.TryParse<ReturnTarget>(to?.Trim(), true, out var target) || !Enum.IsDefined(target) || int.TryParse(to, out _))
        {
            return Task.FromResult(OperationResult<StockTaskResult>.Invalid(CardsErrors.ReturnTargetInvalid()));
        }

        return AtOutletAsync(input, MovementKind.Return, "Stock.Return",
            o => target == ReturnTarget.Outlet ? (Drawer(o), Holder.AtOutlet(o)) : (Holder.AtOutlet(o), Holder.HeadOffice), ct);
    }

    /// <summary>A defective card from the caller's drawer back to the outlet, a good one from the outlet into the drawer.</summary>
    public async Task<OperationResult<StockTaskResult>> ExchangeAsync(ExchangeInput input, CancellationToken ct = default)
    {
        if (await stock.OutletOfCallerAsync(ct) is not { } outlet)
        {
            return OperationResult<StockTaskResult>.Conflict(CardsErrors.OutletStaffOnly());
        }

        var found = await stock.ProductAsync(input.Product, ct);
        if (!found.Succeeded)
        {
            return OperationResult<StockTaskResult>.From(found);
        }

        var product = found.Value!;
        var defective = CardNumber.Parse(input.Defective, product.Numbering, "defective");
        var replacement = CardNumber.Parse(input.Replacement, product.Numbering, "replacement");
        var errors = new List<OperationError>([.. defective.Errors, .. replacement.Errors]);
        var note = CardStockService.Note(input.Note, errors);
        if (errors.Count == 0 && defective.Value.Serial == replacement.Value.Serial)
        {
            errors.Add(CardsErrors.ExchangeSameCard());
        }

        if (errors.Count > 0)
        {
            return OperationResult<StockTaskResult>.Invalid([.. errors]);
        }

        var task = Guid.NewGuid();
        var back = new StockMover.Move(product, [new SerialRange(defective.Value.Serial, defective.Value.Serial)], Drawer(outlet.Id), Holder.AtOutlet(outlet.Id),
            MovementKind.Exchange, task) { OperatorLogin = current.LoginName, Note = note ?? "defective" };
        var forth = new StockMover.Move(product, [new SerialRange(replacement.Value.Serial, replacement.Value.Serial)], Holder.AtOutlet(outlet.Id), Drawer(outlet.Id),
            MovementKind.Exchange, task) { OperatorLogin = current.LoginName, Note = note };
        return await runner.RunAsync([back, forth], "Stock.Exchange",
            new { Product = product.Code, Outlet = outlet.Code, Defective = defective.Value.Value, Replacement = replacement.Value.Value, Note = note }, ct: ct);
    }

    /// <summary>
    /// Scraps cards of the outlet's stock (head office: of its own stock). A review point: the first answer is 428
    /// <c>review.required</c>; the same request with a colleague's credentials scraps them.
    /// </summary>
    public async Task<OperationResult<StockTaskResult>> ScrapAsync(StockInput input, ReviewCredentials? review, CancellationToken ct = default)
    {
        if (current.OutletId is not { } callerOutlet)
        {
            return OperationResult<StockTaskResult>.Conflict(CardsErrors.OutletStaffOnly());
        }

        var outlet = await stock.OutletOfCallerAsync(ct);
        var checkedInput = await CheckAsync(input, ct);
        if (!checkedInput.Succeeded)
        {
            return OperationResult<StockTaskResult>.From(checkedInput);
        }

        var (product, ranges, note) = checkedInput.Value;
        var numbers = StockTaskRunner.Describe(product, ranges);
        var count = ranges.Sum(r => r.Count);
        var summary = CanonicalJson.Object(o => o.Number("count", count).List("numbers", numbers, (e, n) => e.Text("number", n)).Text("product", product.Code));
        var reasons = new[] { new ReviewReason(CardsReviewPoints.Scrap, "{0} cards of {1} scrapped: {2}", count, product.Code, string.Join(", ", numbers.Take(5))) };
        var decision = await task.ReviewAsync(new ReviewRequest(ScrapTask, callerOutlet, reasons, summary, review),
            new ReviewText("scrapping {0} cards of {1}", count, product.Code), ct);
        if (!decision.Succeeded)
        {
            return OperationResult<StockTaskResult>.From(decision);
        }

        var from = outlet is null ? Holder.HeadOffice : Holder.AtOutlet(outlet.Id);
        var move = new StockMover.Move(product, ranges, from, Holder.Scrapped, MovementKind.Scrap, Guid.NewGuid())
        {
            OperatorLogin = current.LoginName, ReviewerLogin = decision.Value?.ReviewerLogin, Note = note,
        };
        return await runner.RunAsync([move], "Stock.Scrap", new { Product = product.Code, Outlet = outlet?.Code, Numbers = numbers, Count = count, Note = note },
            decision.Value, ct: ct);
    }

    private Holder Drawer(Guid outlet) => Holder.Drawer(outlet, current.OperatorId ?? Guid.Empty, current.LoginName);

    private async Task<OperationResult<StockTaskResult>> AtOutletAsync(
        StockInput input, MovementKind kind, string action, Func<Guid, (Holder From, Holder To)> places, CancellationToken ct)
    {
        if (await stock.OutletOfCallerAsync(ct) is not { } outlet || current.OperatorId is null)
        {
            return OperationResult<StockTaskResult>.Conflict(CardsErrors.OutletStaffOnly());
        }

        var checkedInput = await CheckAsync(input, ct);
        if (!checkedInput.Succeeded)
        {
            return OperationResult<StockTaskResult>.From(checkedInput);
        }

        var (product, ranges, note) = checkedInput.Value;
        var (from, to) = places(outlet.Id);
        var move = new StockMover.Move(product, ranges, from, to, kind, Guid.NewGuid()) { OperatorLogin = current.LoginName, Note = note };
        return await runner.RunAsync([move], action,
            new { Product = product.Code, Outlet = outlet.Code, From = from.Place.ToString(), To = to.Place.ToString(), Numbers = StockTaskRunner.Describe(product, ranges),
                Count = ranges.Sum(r => r.Count), Note = note }, ct: ct);
    }

    private async Task<OperationResult<(CardProduct Product, IReadOnlyList<SerialRange> Ranges, string? Note)>> CheckAsync(StockInput input, CancellationToken ct)
    {
        var found = await stock.ProductAsync(input.Product, ct);
        if (!found.Succeeded)
        {
            return OperationResult<(CardProduct, IReadOnlyList<SerialRange>, string?)>.From(found);
        }

        var errors = new List<OperationError>();
        var parsed = StockMover.Parse(input.Numbers, found.Value!.Numbering);
        errors.AddRange(parsed.Errors);
        var note = CardStockService.Note(input.Note, errors);
        return errors.Count > 0
            ? OperationResult<(CardProduct, IReadOnlyList<SerialRange>, string?)>.Invalid([.. errors])
            : OperationResult<(CardProduct, IReadOnlyList<SerialRange>, string?)>.Success((found.Value!, parsed.Value!, note));
    }
}
