using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

/// <summary>A card number, or a range of them, as typed: <c>last</c> empty means the single card <c>first</c>.</summary>
public sealed record NumberSpan(string? First, string? Last = null);

/// <summary>Serials First..Last of one product (see <see cref="CardNumbering"/>).</summary>
public readonly record struct SerialRange(long First, long Last)
{
    public long Count => Last - First + 1;
}

/// <summary>
/// Moves card numbers between holders. Stock is kept as blocks of consecutive serials in one place; a move finds the blocks
/// that hold the numbers (by product and first serial, so it reads only the blocks it touches), checks that every number is
/// in the source place, splits the blocks at the range's ends, moves the middle part and logs one movement line per part.
/// It saves nothing: the caller's <c>SaveChanges</c> commits the move with its task, and the version of every block it
/// changed makes a parallel move of the same cards fail there (<see cref="DbUpdateConcurrencyException"/>).
/// </summary>
public sealed class StockMover(AdminDbContext db, TimeProvider clock)
{
    /// <summary>Most numbers or ranges in one task.</summary>
    public const int MaxSpans = 200;

    /// <summary>Checks typed numbers and ranges against the product's numbering; field errors name <c>numbers[i].first</c> / <c>.last</c>.</summary>
    public static OperationResult<IReadOnlyList<SerialRange>> Parse(IReadOnlyList<NumberSpan>? spans, CardNumbering numbering, string field = "numbers")
    {
        if (spans is null || spans.Count == 0)
        {
            return OperationResult<IReadOnlyList<SerialRange>>.Invalid(CardsErrors.NumbersRequired() with { Field = field });
        }

        if (spans.Count > MaxSpans)
        {
            return OperationResult<IReadOnlyList<SerialRange>>.Invalid(CardsErrors.NumbersTooMany(MaxSpans) with { Field = field });
        }

        var errors = new List<OperationError>();
        var ranges = new List<SerialRange>();
        for (var i = 0; i < spans.Count; i++)
        {
            var first = CardNumber.Parse(spans[i]?.First, numbering, $"{field}[{i}].first");
            var last = string.IsNullOrWhiteSpace(spans[i]?.Last) ? first : CardNumber.Parse(spans[i]!.Last, numbering, $"{field}[{i}].last");
            if (!first.Succeeded || !last.Succeeded)
            {
                errors.AddRange(first.Errors.Concat(ReferenceEquals(first, last) ? [] : last.Errors));
                continue;
            }

            if (last.Value.Serial < first.Value.Serial)
            {
                errors.Add(CardsErrors.RangeReversed() with { Field = $"{field}[{i}].last" });
                continue;
            }

            ranges.Add(new SerialRange(first.Value.Serial, last.Value.Serial));
        }

        if (errors.Count > 0)
        {
            return OperationResult<IReadOnlyList<SerialRange>>.Invalid([.. errors]);
        }

        var sorted = ranges.OrderBy(r => r.First).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].First <= sorted[i - 1].Last)
            {
                return OperationResult<IReadOnlyList<SerialRange>>.Invalid(CardsErrors.NumbersRepeated(numbering.NumberOf(sorted[i].First)) with { Field = field });
            }
        }

        return OperationResult<IReadOnlyList<SerialRange>>.Success(sorted);
    }

    /// <summary>What one move asks for.</summary>
    public sealed record Move(CardProduct Product, IReadOnlyList<SerialRange> Ranges, Holder From, Holder To, MovementKind Kind, Guid TaskId)
    {
        public Guid? RequestId { get; init; }
        public string? OperatorLogin { get; init; }
        public string? ReviewerLogin { get; init; }
        public string? Note { get; init; }
    }

    /// <summary>
    /// Moves every number of the ranges from <see cref="Move.From"/> to <see cref="Move.To"/> in the unit of work; the number of cards
    /// moved, or the first number that is not registered (400) or not in the source place (409). On failure the caller clears its
    /// change tracker (nothing was saved).
    /// </summary>
    public async Task<OperationResult<long>> MoveAsync(Move move, CancellationToken ct = default)
    {
        var numbering = move.Product.Numbering;
        var at = clock.GetUtcNow().UtcDateTime;
        long moved = 0;
        foreach (var range in move.Ranges)
        {
            var blocks = await BlocksAsync(move.Product.Id, range, ct);
            var expected = range.First;
            foreach (var block in blocks)
            {
                if (block.First > expected)
                {
                    return OperationResult<long>.Invalid(CardsErrors.NotRegistered(numbering.NumberOf(expected)));
                }

                if (!move.From.Holds(block))
                {
                    return OperationResult<long>.Conflict(CardsErrors.NotInPlace(numbering.NumberOf(Math.Max(block.First, range.First)), move.From.Place));
                }

                expected = block.Last + 1;
            }

            if (expected <= range.Last)
            {
                return OperationResult<long>.Invalid(CardsErrors.NotRegistered(numbering.NumberOf(expected)));
            }

            foreach (var block in blocks)
            {
                var lo = Math.Max(block.First, range.First);
                var hi = Math.Min(block.Last, range.Last);
                if (block.First < lo)
                {
                    db.Add(block.Part(block.First, lo - 1));
                }

                if (block.Last > hi)
                {
                    db.Add(block.Part(hi + 1, block.Last));
                }

                // The original row takes the moved part, so its version guards the move against a parallel one.
                block.First = lo;
                block.Last = hi;
                block.MoveTo(move.To);
                db.Add(Line(move, lo, hi, at));
                moved += hi - lo + 1;
            }
        }

        return OperationResult<long>.Success(moved);
    }

    /// <summary>Logs a range entering the stock (registration).</summary>
    internal StockMovement Registered(CardProduct product, SerialRange range, Guid taskId, string? login) =>
        Line(new Move(product, [range], default, Holder.HeadOffice, MovementKind.Register, taskId) { OperatorLogin = login }, range.First, range.Last,
            clock.GetUtcNow().UtcDateTime, fromNowhere: true);

    private static StockMovement Line(Move move, long first, long last, DateTime at, bool fromNowhere = false) => new()
    {
        TaskId = move.TaskId, Kind = move.Kind, ProductId = move.Product.Id, First = first, Last = last, Count = last - first + 1,
        FromPlace = fromNowhere ? null : move.From.Place, FromOutletId = move.From.OutletId, FromOperatorId = move.From.OperatorId,
        ToPlace = move.To.Place, ToOutletId = move.To.OutletId, ToOperatorId = move.To.OperatorId, CardId = move.To.CardId,
        RequestId = move.RequestId, At = at, OperatorLogin = move.OperatorLogin, ReviewerLogin = move.ReviewerLogin, Note = move.Note,
    };

    /// <summary>
    /// The blocks holding any serial of the range, by first serial, as this unit of work sees them: rows read from the database
    /// (with changes made earlier in the same task) and parts split off earlier in the same task.
    /// </summary>
    private async Task<List<StockBlock>> BlocksAsync(Guid productId, SerialRange range, CancellationToken ct)
    {
        var set = db.Set<StockBlock>();
        // The block holding the range's first serial starts at the greatest first serial not after it (blocks do not overlap).
        var start = await set.Where(b => b.ProductId == productId && b.First <= range.First).MaxAsync(b => (long?)b.First, ct) ?? range.First;
        var stored = await set.Where(b => b.ProductId == productId && b.First >= start && b.First <= range.Last).ToListAsync(ct);
        var added = db.ChangeTracker.Entries<StockBlock>().Where(e => e.State == EntityState.Added).Select(e => e.Entity);
        return stored.Concat(added)
            .Where(b => b.ProductId == productId && b.First <= range.Last && b.Last >= range.First)
            .Distinct()
            .OrderBy(b => b.First)
            .ToList();
    }
}
