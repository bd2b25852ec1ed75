using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>Reads fee collections, newest first, scoped to the caller's outlet (head office sees all).</summary>
public sealed class FeeCollectionQuery(AdminDbContext db, OutletScope scope)
{
    /// <summary>One page of collections, newest first; <paramref name="customer"/> limits to one customer (id).</summary>
    public async Task<OperationResult<Page<FeeCollection>>> ListAsync(Guid? customer, string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } badLimit)
        {
            return OperationResult<Page<FeeCollection>>.Invalid(badLimit);
        }

        var query = scope.Apply(db.Set<FeeCollection>().AsNoTracking());
        if (customer is { } id)
        {
            query = query.Where(c => c.CustomerId == id);
        }

        if (after is not null)
        {
            if (Keyset.Decode(after, 3) is not [var ticks, var outlet, var receipt]
                || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                || !long.TryParse(receipt, NumberStyles.None, CultureInfo.InvariantCulture, out var r)
                || t < DateTime.MinValue.Ticks || t > DateTime.MaxValue.Ticks)
            {
                return OperationResult<Page<FeeCollection>>.Invalid(Keyset.BadCursor());
            }

            var at = new DateTime(t, DateTimeKind.Utc);
            query = query.Where(c => c.At < at || (c.At == at && (string.Compare(c.OutletCode, outlet) < 0 || (c.OutletCode == outlet && c.ReceiptNumber < r))));
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderByDescending(c => c.At).ThenByDescending(c => c.OutletCode).ThenByDescending(c => c.ReceiptNumber)
            .Include(c => c.Lines).Take(take + 1).ToListAsync(ct);
        foreach (var row in rows)
        {
            row.Lines = row.Lines.OrderBy(l => l.LineNo).ToList();
        }

        return OperationResult<Page<FeeCollection>>.Success(Keyset.ToPage(rows, take, c =>
            Keyset.Encode(c.At.Ticks.ToString(CultureInfo.InvariantCulture), c.OutletCode, c.ReceiptNumber.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>The visible collection with this id, with its lines, or null.</summary>
    public async Task<FeeCollection?> FindAsync(Guid id, CancellationToken ct = default)
    {
        var row = await scope.Apply(db.Set<FeeCollection>().AsNoTracking()).Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (row is not null)
        {
            row.Lines = row.Lines.OrderBy(l => l.LineNo).ToList();
        }

        return row;
    }

    /// <summary>Collections per outlet code of the local day that starts at <paramref name="dayStartUtc"/>, for the home chart.</summary>
    public async Task<IReadOnlyList<(string Outlet, int Count)>> DayPerOutletAsync(DateTime dayStartUtc, CancellationToken ct = default)
    {
        var from = dayStartUtc;
        var to = from.AddDays(1);
        var rows = await scope.Apply(db.Set<FeeCollection>().AsNoTracking()).Where(c => c.At >= from && c.At < to)
            .GroupBy(c => c.OutletCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Count)).ToList();
    }
}
