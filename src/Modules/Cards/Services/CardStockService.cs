using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Cards.Models;
using Admin.Modules.Outlets.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

/// <summary>A range as typed by head office.</summary>
public sealed record RangeInput(string? Product, string? First, string? Last);

/// <summary>A request as typed by an outlet.</summary>
public sealed record RequestInput(string? Product, int? Quantity, string? Note);

/// <summary>
/// Head office's side of the stock: registering number ranges (4.1), outlets' requests (申领) and shipping against them (配送).
/// </summary>
public sealed class CardStockService(
    AdminDbContext db, IAuditTrail audit, StockMover mover, StockTaskRunner runner, ICurrentOperator current, IOutletDirectory outlets,
    CardProductService products, TimeProvider clock)
{
    /// <summary>Most cards in one registered range.</summary>
    public const long MaxRange = 10_000_000;
    public const int MaxNote = 200;

    /// <summary>Registers a range of a product at head office; it must not overlap any registered range of the same number length.</summary>
    public async Task<OperationResult<NumberRange>> RegisterAsync(RangeInput input, CancellationToken ct = default)
    {
        var found = await ProductAsync(input.Product, ct);
        if (!found.Succeeded)
        {
            return OperationResult<NumberRange>.From(found);
        }

        var product = found.Value!;
        var first = CardNumber.Parse(input.First, product.Numbering, "first");
        var last = CardNumber.Parse(input.Last, product.Numbering, "last");
        if (!first.Succeeded || !last.Succeeded)
        {
            return OperationResult<NumberRange>.Invalid([.. first.Errors, .. last.Errors]);
        }

        if (last.Value.Serial < first.Value.Serial)
        {
            return OperationResult<NumberRange>.Invalid(CardsErrors.RangeReversed());
        }

        var range = new SerialRange(first.Value.Serial, last.Value.Serial);
        if (range.Count > MaxRange)
        {
            return OperationResult<NumberRange>.Invalid(CardsErrors.RangeTooLarge(MaxRange));
        }

        // Serializable: two overlapping ranges registered at the same moment cannot both pass the overlap check.
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        try
        {
            // Numbers of one length compare as text the way they compare as numbers, across products and check digit rules.
            var (a, b) = (first.Value.Value, last.Value.Value);
            var overlap = await db.Set<NumberRange>().AsNoTracking()
                .Where(r => r.NumberLength == a.Length && string.Compare(r.FirstNumber, b) <= 0 && string.Compare(r.LastNumber, a) >= 0)
                .FirstOrDefaultAsync(ct);
            if (overlap is not null)
            {
                return OperationResult<NumberRange>.Conflict(CardsErrors.RangeOverlaps(overlap.FirstNumber, overlap.LastNumber));
            }

            var taskId = Guid.NewGuid();
            var row = new NumberRange
            {
                Id = taskId, ProductId = product.Id, NumberLength = a.Length, FirstNumber = a, LastNumber = b, First = range.First, Last = range.Last,
                RegisteredAt = clock.GetUtcNow().UtcDateTime, RegisteredBy = current.LoginName,
            };
            db.Add(row);
            db.Add(new StockBlock { Id = Guid.NewGuid(), ProductId = product.Id, First = range.First, Last = range.Last, Place = StockPlace.HeadOffice });
            db.Add(mover.Registered(product, range, taskId, current.LoginName));
            audit.Record(new AuditRecord(CardsModule.ModuleId, "Range.Register", nameof(NumberRange), row.Id.ToString(), null,
                new { Product = product.Code, First = a, Last = b, Count = range.Count }, $"{range.Count} cards"));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return OperationResult<NumberRange>.Success(row);
        }
        catch (Exception ex) when (RefusedByTheDatabase(ex))
        {
            // PostgreSQL refused to serialize this registration with a parallel one (40001, at the read, the save or the
            // commit; EF reports one at a read as an InvalidOperationException around the provider's error).
            db.ChangeTracker.Clear();
            return OperationResult<NumberRange>.Conflict(CardsErrors.RangeRace());
        }
    }

    /// <summary>
    /// True for a save or read the database refused (a concurrency check, a unique index, a serialization failure or deadlock),
    /// also when EF reports it wrapped (Npgsql's transient errors come as an InvalidOperationException around them).
    /// </summary>
    internal static bool RefusedByTheDatabase(Exception exception)
    {
        for (var e = (Exception?)exception; e is not null; e = e.InnerException)
        {
            if (e is DbUpdateException or System.Data.Common.DbException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An outlet asks head office for a quantity of a product.</summary>
    public async Task<OperationResult<StockRequest>> RequestAsync(RequestInput input, CancellationToken ct = default)
    {
        if (await OutletOfCallerAsync(ct) is not { } outlet)
        {
            return OperationResult<StockRequest>.Conflict(CardsErrors.OutletStaffOnly());
        }

        var errors = new List<OperationError>();
        var found = await ProductAsync(input.Product, ct);
        if (!found.Succeeded)
        {
            errors.AddRange(found.Errors);
        }

        if (input.Quantity is not { } quantity || quantity < 1 || quantity > StockRequest.MaxQuantity)
        {
            errors.Add(CardsErrors.QuantityInvalid(StockRequest.MaxQuantity));
        }

        var note = Note(input.Note, errors);
        if (errors.Count > 0)
        {
            return OperationResult<StockRequest>.Invalid([.. errors]);
        }

        var request = new StockRequest
        {
            Id = Guid.NewGuid(), OutletId = outlet.Id, ProductId = found.Value!.Id, Quantity = input.Quantity!.Value, Status = RequestStatus.Open,
            RequestedAt = clock.GetUtcNow().UtcDateTime, RequestedBy = current.LoginName, Note = note,
        };
        db.Add(request);
        audit.Record(new AuditRecord(CardsModule.ModuleId, "Request.Create", nameof(StockRequest), request.Id.ToString(), null,
            new { Product = found.Value.Code, Outlet = outlet.Code, request.Quantity, request.Note }));
        await db.SaveChangesAsync(ct);
        return OperationResult<StockRequest>.Success(request);
    }

    /// <summary>Head office ships numbers against an open request: head office → in transit to the request's outlet.</summary>
    public async Task<OperationResult<StockTaskResult>> ShipAsync(Guid requestId, IReadOnlyList<NumberSpan>? numbers, CancellationToken ct = default)
    {
        var request = await db.Set<StockRequest>().FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return OperationResult<StockTaskResult>.NotFound(CardsErrors.RequestNotFound());
        }

        if (request.Status != RequestStatus.Open)
        {
            return OperationResult<StockTaskResult>.Conflict(CardsErrors.RequestNotOpen());
        }

        var product = await db.Set<CardProduct>().AsNoTracking().FirstAsync(p => p.Id == request.ProductId, ct);
        var parsed = StockMover.Parse(numbers, product.Numbering);
        if (!parsed.Succeeded)
        {
            return OperationResult<StockTaskResult>.From(parsed);
        }

        var count = parsed.Value!.Sum(r => r.Count);
        if (count > request.Outstanding)
        {
            return OperationResult<StockTaskResult>.Invalid(CardsErrors.ShipsMoreThanRequested(request.Outstanding, count));
        }

        var outlet = await outlets.FindAsync(request.OutletId, ct);
        var move = new StockMover.Move(product, parsed.Value!, Holder.HeadOffice, Holder.InTransit(request.OutletId), MovementKind.Ship, Guid.NewGuid())
        {
            RequestId = request.Id, OperatorLogin = current.LoginName,
        };
        return await runner.RunAsync([move], "Stock.Ship",
            new { Product = product.Code, Outlet = outlet?.Code, Request = request.Id, Numbers = StockTaskRunner.Describe(product, parsed.Value!), Count = count },
            alsoWrite: moved =>
            {
                request.CountShipped((int)moved);
                return null;
            }, ct: ct);
    }

    /// <summary>The product named by its code: 400 naming <c>product</c> when missing, unknown or retired.</summary>
    internal async Task<OperationResult<CardProduct>> ProductAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return OperationResult<CardProduct>.Invalid(CardsErrors.ProductRequired());
        }

        var product = await products.FindByCodeAsync(code, ct);
        return product switch
        {
            null => OperationResult<CardProduct>.Invalid(CardsErrors.ProductUnknown()),
            { Active: false } => OperationResult<CardProduct>.Invalid(CardsErrors.ProductInactive()),
            _ => OperationResult<CardProduct>.Success(product),
        };
    }

    /// <summary>The caller's outlet when it is an outlet (not head office), or null.</summary>
    internal async Task<OutletInfo?> OutletOfCallerAsync(CancellationToken ct) =>
        current.OutletId is { } id && await outlets.FindAsync(id, ct) is { IsHeadOffice: false } outlet ? outlet : null;

    internal static string? Note(string? note, List<OperationError> errors)
    {
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is not null && (text.Length > MaxNote || text.Any(char.IsControl)))
        {
            errors.Add(CardsErrors.NoteInvalid(MaxNote));
        }

        return text;
    }
}
