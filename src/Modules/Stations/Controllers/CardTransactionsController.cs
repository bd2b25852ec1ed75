using System.Globalization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Time;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Stations.Contracts;
using Admin.Modules.Stations.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Stations.Controllers;

/// <summary>The transactions made with a card at stations (3.14): date range, keyset pages, CSV. Linked from the card-service card page.</summary>
public sealed class CardTransactionsController(ICards cards, ICardTransactions transactions, Kernel.Localization.AdminText text) : Controller
{
    private static readonly string[] Header = ["time", "station", "terminal", "sequence", "product", "quantity", "amount", "balanceAfter", "grey", "status", "problem"];

    [HttpGet("stations/card-transactions")]
    [RequirePermission(StationsPermissions.ViewTransactions)]
    public async Task<IActionResult> Index(string? card, DateOnly? from, DateOnly? to, string? after, CancellationToken ct)
    {
        var model = new CardTransactionsViewModel { Card = card, From = from, To = to };
        if (!string.IsNullOrWhiteSpace(card))
        {
            model.Found = await cards.FindByNumberAsync(card, ct);
            if (model.Found is null)
            {
                ModelState.AddModelError("card", text.Message(StationsErrors.CardNotFound()));
            }
            else
            {
                var range = LocalClock.DaysUtc(from, to, await LocalTimes.OffsetAsync(HttpContext));
                (model.Items, model.Next) = await transactions.PageAsync(model.Found.Id, range.StartUtc, range.EndUtc, after, 50, ct);
            }
        }

        return View(model);
    }

    [HttpGet("stations/card-transactions.csv")]
    [RequirePermission(StationsPermissions.ViewTransactions)]
    public async Task<IActionResult> Csv(string? card, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var found = await cards.FindByNumberAsync(card, ct);
        if (found is null)
        {
            return NotFound();
        }

        var offset = await LocalTimes.OffsetAsync(HttpContext);
        var range = LocalClock.DaysUtc(from, to, offset);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=station-transactions-{found.Number}.csv";
        await Kernel.Csv.Csv.WriteAsync(Response.Body, Header, RowsAsync(transactions.AllAsync(found.Id, range.StartUtc, range.EndUtc, ct), offset), ct);
        return new EmptyResult();
    }

    private static async IAsyncEnumerable<IEnumerable<string?>> RowsAsync(IAsyncEnumerable<CardStationTransaction> items, TimeSpan offset)
    {
        await foreach (var t in items)
        {
            yield return
            [
                LocalTimes.Iso(t.At, offset), $"{t.StationCode} {t.StationName}", t.TerminalId, t.Sequence.ToString(CultureInfo.InvariantCulture), t.Product,
                t.Quantity.ToString("0.000", CultureInfo.InvariantCulture), t.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                t.BalanceAfter.ToString("0.00", CultureInfo.InvariantCulture), t.Grey ? "1" : "0", t.Status, t.Problem,
            ];
        }
    }
}
