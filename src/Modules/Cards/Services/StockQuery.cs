using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Cards.Models;
using Admin.Modules.Outlets.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

/// <summary>How many cards of a product are in one place (per operator for drawers).</summary>
public sealed record StockCount(string Product, string ProductNameEn, string ProductNameZh, StockPlace Place, string? Operator, long Count);

/// <summary>One movement line as lists show it, with the numbers printed.</summary>
public sealed record MovementView(
    long Id, Guid TaskId, MovementKind Kind, string Product, string FirstNumber, string LastNumber, long Count, StockPlace? From, Guid? FromOutlet,
    StockPlace To, Guid? ToOutlet, Guid? RequestId, DateTime At, string? Operator, string? Reviewer, string? Note);

/// <summary>Where one card number is now.</summary>
public sealed record NumberLocation(string Product, string Number, StockPlace Place, Guid? OutletId, string? Operator, Guid? CardId);

/// <summary>Movement list filters as typed (from the URL).</summary>
public sealed record MovementFilter(string? Outlet = null, string? Product = null, string? Kind = null, string? Number = null, Guid? Task = null);

/// <summary>Reads the stock: counts per outlet, the movement log, requests, where a number is. Outlet staff see their outlet only.</summary>
public sealed class StockQuery(AdminDbContext db, OutletScope scope, ICurrentOperator current, IOutletDirectory outlets, CardProductService products)
{
    /// <summary>
    /// Counts per product and place of one outlet (code; empty: the caller's). Head office's own view (its code, or empty for a head-office
    /// caller) shows head office's stock and what was scrapped. Another outlet's code is 404 for outlet staff.
    /// </summary>
    public async Task<OperationResult<IReadOnlyList<StockCount>>> OverviewAsync(string? outletCode, CancellationToken ct = default)
    {
        var outlet = string.IsNullOrWhiteSpace(outletCode)
            ? current.OutletId is { } own ? await outlets.FindAsync(own, ct) : null
            : await outlets.FindByCodeAsync(outletCode.Trim(), ct);
        if (outlet is null || !await scope.CanSeeAsync(outlet.Id, ct))
        {
            return OperationResult<IReadOnlyList<StockCount>>.NotFound(CardsErrors.OutletNotFound());
        }

        var blocks = db.Set<StockBlock>().AsNoTracking();
        blocks = outlet.IsHeadOffice
            ? blocks.Where(b => b.Place == StockPlace.HeadOffice || b.Place == StockPlace.Scrapped || b.OutletId == outlet.Id)
            : blocks.Where(b => b.OutletId == outlet.Id && b.Place != StockPlace.Issued);
        var rows = await blocks
            .GroupBy(b => new { b.ProductId, b.Place, b.OperatorLogin })
            .Select(g => new { g.Key.ProductId, g.Key.Place, g.Key.OperatorLogin, Count = g.Sum(b => b.Last - b.First + 1) })
            .ToListAsync(ct);
        var byId = (await products.AllAsync(ct)).ToDictionary(p => p.Id);
        return OperationResult<IReadOnlyList<StockCount>>.Success(rows
            .Select(r => new StockCount(byId[r.ProductId].Code, byId[r.ProductId].NameEn, byId[r.ProductId].NameZh, r.Place, r.OperatorLogin, r.Count))
            .OrderBy(r => r.Product).ThenBy(r => r.Place).ThenBy(r => r.Operator, StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>The movement log, newest first, keyset-paged. Outlet staff see the lines that leave or reach their outlet.</summary>
    public async Task<OperationResult<Page<MovementView>>> MovementsAsync(MovementFilter filter, string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } limitError)
        {
            return OperationResult<Page<MovementView>>.Invalid(limitError);
        }

        var query = db.Set<StockMovement>().AsNoTracking();
        query = scope.Apply(query, m => m.FromOutletId, m => m.ToOutletId);

        var errors = new List<OperationError>();
        if (!string.IsNullOrWhiteSpace(filter.Outlet))
        {
            var outlet = await outlets.FindByCodeAsync(filter.Outlet.Trim(), ct);
            var id = outlet is not null && await scope.CanSeeAsync(outlet.Id, ct) ? outlet.Id : Guid.Empty;
            query = query.Where(m => m.FromOutletId == id || m.ToOutletId == id);
        }

        CardProduct? product = null;
        if (!string.IsNullOrWhiteSpace(filter.Product))
        {
            product = await products.FindByCodeAsync(filter.Product, ct);
            if (product is null)
            {
                errors.Add(CardsErrors.ProductUnknown());
            }
            else
            {
                query = query.Where(m => m.ProductId == product.Id);
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            if (Enum.TryParse<MovementKind>(filter.Kind.Trim(), true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(filter.Kind, out _))
            {
                query = query.Where(m => m.Kind == kind);
            }
            else
            {
                errors.Add(new OperationError("cardStock.kindInvalid", "Unknown movement kind.", "kind"));
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Number))
        {
            if (product is null)
            {
                errors.Add(CardsErrors.ProductRequired());
            }
            else if (CardNumber.Parse(filter.Number, product.Numbering) is { Succeeded: true } number)
            {
                var serial = number.Value.Serial;
                query = query.Where(m => m.First <= serial && m.Last >= serial);
            }
            else
            {
                errors.AddRange(CardNumber.Parse(filter.Number, product.Numbering).Errors);
            }
        }

        if (filter.Task is { } task)
        {
            query = query.Where(m => m.TaskId == task);
        }

        if (after is not null)
        {
            if (Keyset.Decode(after, 1) is not [var last] || !long.TryParse(last, out var lastId))
            {
                errors.Add(Keyset.BadCursor());
            }
            else
            {
                query = query.Where(m => m.Id < lastId);
            }
        }

        if (errors.Count > 0)
        {
            return OperationResult<Page<MovementView>>.Invalid([.. errors]);
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderByDescending(m => m.Id).Take(take + 1).ToListAsync(ct);
        var byId = (await products.AllAsync(ct)).ToDictionary(p => p.Id);
        var views = rows.Select(m => View(m, byId[m.ProductId])).ToList();
        return OperationResult<Page<MovementView>>.Success(Keyset.ToPage(views, take, v => Keyset.Encode(v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    /// <summary>Requests, newest first, keyset-paged; outlet staff see their own outlet's.</summary>
    public async Task<OperationResult<Page<StockRequest>>> RequestsAsync(string? status, string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } limitError)
        {
            return OperationResult<Page<StockRequest>>.Invalid(limitError);
        }

        var query = scope.Apply(db.Set<StockRequest>().AsNoTracking());
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<RequestStatus>(status.Trim(), true, out var s) || !Enum.IsDefined(s) || int.TryParse(status, out _))
            {
                return OperationResult<Page<StockRequest>>.Invalid(new OperationError("cardStock.statusInvalid", "The status is Open, Shipped or Cancelled.", "status"));
            }

            query = query.Where(r => r.Status == s);
        }

        if (after is not null)
        {
            // Request times are stored to the microsecond: two requests of one instant are not a practical case.
            if (Keyset.Decode(after, 1) is not [var at] || !long.TryParse(at, out var ticks) || ticks < 0 || ticks > DateTime.MaxValue.Ticks)
            {
                return OperationResult<Page<StockRequest>>.Invalid(Keyset.BadCursor());
            }

            var when = new DateTime(ticks, DateTimeKind.Utc);
            query = query.Where(r => r.RequestedAt < when);
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderByDescending(r => r.RequestedAt).Take(take + 1).ToListAsync(ct);
        return OperationResult<Page<StockRequest>>.Success(Keyset.ToPage(rows, take, r => Keyset.Encode(r.RequestedAt.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    /// <summary>A request the caller may see, or null (another outlet's is "not found").</summary>
    public Task<StockRequest?> RequestAsync(Guid id, CancellationToken ct = default) =>
        scope.Apply(db.Set<StockRequest>().AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>Where a number is; null when it is not registered or held by an outlet the caller may not see.</summary>
    public async Task<OperationResult<NumberLocation>> LocateAsync(string? productCode, string? number, CancellationToken ct = default)
    {
        var product = await products.FindByCodeAsync(productCode, ct);
        if (product is null)
        {
            return OperationResult<NumberLocation>.NotFound(CardsErrors.ProductUnknown());
        }

        var parsed = CardNumber.Parse(number, product.Numbering);
        if (!parsed.Succeeded)
        {
            return OperationResult<NumberLocation>.From(parsed);
        }

        var serial = parsed.Value.Serial;
        var block = await db.Set<StockBlock>().AsNoTracking()
            .Where(b => b.ProductId == product.Id && b.First <= serial)
            .OrderByDescending(b => b.First)
            .FirstOrDefaultAsync(ct);
        if (block is null || block.Last < serial || (block.OutletId is { } outlet ? !await scope.CanSeeAsync(outlet, ct) : !scope.SeesAllOutlets))
        {
            return OperationResult<NumberLocation>.NotFound(CardsErrors.NotRegistered(parsed.Value.Value) with { Field = null });
        }

        return OperationResult<NumberLocation>.Success(new NumberLocation(product.Code, parsed.Value.Value, block.Place, block.OutletId, block.OperatorLogin, block.CardId));
    }

    private static MovementView View(StockMovement m, CardProduct p) =>
        new(m.Id, m.TaskId, m.Kind, p.Code, p.Numbering.NumberOf(m.First), p.Numbering.NumberOf(m.Last), m.Count, m.FromPlace, m.FromOutletId, m.ToPlace,
            m.ToOutletId, m.RequestId, m.At, m.OperatorLogin, m.ReviewerLogin, m.Note);
}
