using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Cheques.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cheques.Services;

/// <summary>The query's filters, as typed (all optional). <c>From</c>/<c>To</c> bound the receipt day.</summary>
public sealed record ChequeFilter(
    string? Outlet = null, string? Customer = null, string? Status = null, DateOnly? From = null, DateOnly? To = null,
    string? Number = null, string? Drawer = null, decimal? MinAmount = null, decimal? MaxAmount = null);

/// <summary>Reads cheques, newest first, scoped to the caller's outlet (head office sees all).</summary>
public sealed class ChequeQuery(AdminDbContext db, OutletScope scope, ChequeCredit credit)
{
    /// <summary>One page of cheques, newest first (receipt time, outlet, receipt number), keyset-paged by <paramref name="after"/>.</summary>
    public async Task<OperationResult<Page<Cheque>>> ListAsync(ChequeFilter filter, string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } badLimit)
        {
            return OperationResult<Page<Cheque>>.Invalid(badLimit);
        }

        var query = Filtered(filter, out var error);
        if (error is not null)
        {
            return OperationResult<Page<Cheque>>.Invalid(error);
        }

        if (after is not null)
        {
            if (Keyset.Decode(after, 3) is not [var ticks, var outlet, var receipt]
                || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                || !long.TryParse(receipt, NumberStyles.None, CultureInfo.InvariantCulture, out var r)
                || t < DateTime.MinValue.Ticks || t > DateTime.MaxValue.Ticks)
            {
                return OperationResult<Page<Cheque>>.Invalid(Keyset.BadCursor());
            }

            var at = new DateTime(t, DateTimeKind.Utc);
            // The first condition is implied by the rest; it is there so that PostgreSQL can start the index range at the cursor.
            query = query.Where(c => c.ReceivedAt <= at && (c.ReceivedAt < at || (c.ReceivedAt == at && (string.Compare(c.OutletCode, outlet) < 0 || (c.OutletCode == outlet && c.ReceiptNumber < r)))));
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await credit.MarkAsync(await query.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.OutletCode).ThenByDescending(c => c.ReceiptNumber).Take(take + 1).ToListAsync(ct), ct);
        return OperationResult<Page<Cheque>>.Success(Keyset.ToPage(rows, take, c => Keyset.Encode(c.ReceivedAt.Ticks.ToString(CultureInfo.InvariantCulture), c.OutletCode, c.ReceiptNumber.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>Every cheque matching the filter, newest first, streamed for the CSV export.</summary>
    public OperationResult<IAsyncEnumerable<Cheque>> Stream(ChequeFilter filter)
    {
        var query = Filtered(filter, out var error);
        return error is not null
            ? OperationResult<IAsyncEnumerable<Cheque>>.Invalid(error)
            : OperationResult<IAsyncEnumerable<Cheque>>.Success(query.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.OutletCode).ThenByDescending(c => c.ReceiptNumber).AsAsyncEnumerable());
    }

    /// <summary>The visible cheque with this id, or null.</summary>
    public async Task<Cheque?> FindAsync(Guid id, CancellationToken ct = default) =>
        await scope.Apply(db.Set<Cheque>().AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, ct) is { } c ? (await credit.MarkAsync(new[] { c }, ct))[0] : null;

    /// <summary>The cheque's history, oldest first.</summary>
    public async Task<IReadOnlyList<ChequeEvent>> HistoryAsync(Guid id, CancellationToken ct = default) =>
        (await scope.Apply(db.Set<ChequeEvent>().AsNoTracking()).Where(e => e.ChequeId == id).ToListAsync(ct)).OrderBy(e => e.At).ThenBy(e => e.Kind == "Receive" ? 0 : e.Kind == "Clear" ? 1 : 2).ToList();

    /// <summary>Bounced cheques per outlet code in the last 30 days, for the home chart.</summary>
    public async Task<IReadOnlyList<(string Outlet, int Count)>> BouncedPerOutletAsync(DateTime nowUtc, CancellationToken ct = default)
    {
        var since = nowUtc.AddDays(-30);
        var rows = await scope.Apply(db.Set<Cheque>().AsNoTracking()).Where(c => c.Status == ChequeStatus.Bounced && c.BouncedAt >= since)
            .GroupBy(c => c.OutletCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Count)).ToList();
    }

    private IQueryable<Cheque> Filtered(ChequeFilter f, out OperationError? error)
    {
        error = null;
        var query = scope.Apply(db.Set<Cheque>().AsNoTracking());
        if (f.Outlet?.Trim() is { Length: > 0 } outlet)
        {
            query = query.Where(c => c.OutletCode == outlet);
        }

        if (f.Customer?.Trim() is { Length: > 0 } customer)
        {
            query = Guid.TryParse(customer, out var cid) ? query.Where(c => c.CustomerId == cid) : query.Where(c => c.CustomerCode == customer);
        }

        if (f.Status?.Trim() is { Length: > 0 } status)
        {
            if (!Enum.TryParse<ChequeStatus>(status, true, out var s) || !Enum.IsDefined(s) || int.TryParse(status, out _))
            {
                error = ChequesErrors.StatusInvalid();
                return query;
            }

            query = query.Where(c => c.Status == s);
        }

        // The receipt day is the local day of ReceivedAt at the network's offset, which lies within UTC-12..UTC+14: the wider
        // bounds on ReceivedAt change no answer, and let the indexes that hold the query's order scan only the days asked for.
        if (f.From is { } from)
        {
            query = query.Where(c => c.ReceivedOn >= from);
            if (from > DateOnly.MinValue)
            {
                var earliest = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-14);
                query = query.Where(c => c.ReceivedAt >= earliest);
            }
        }

        if (f.To is { } to)
        {
            query = query.Where(c => c.ReceivedOn <= to);
            if (to < DateOnly.MaxValue.AddDays(-1))
            {
                var latest = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(12);
                query = query.Where(c => c.ReceivedAt < latest);
            }
        }

        if (f.Number?.Trim() is { Length: > 0 } number)
        {
            var n = number.ToUpperInvariant();
            query = query.Where(c => c.Number == n);
        }

        if (f.Drawer?.Trim() is { Length: > 0 } drawer)
        {
            query = query.Where(c => c.DrawerName.Contains(drawer));
        }

        if (f.MinAmount is { } min)
        {
            query = query.Where(c => c.Amount >= min);
        }

        if (f.MaxAmount is { } max)
        {
            query = query.Where(c => c.Amount <= max);
        }

        return query;
    }
}
