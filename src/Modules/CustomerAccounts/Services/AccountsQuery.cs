using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.CustomerAccounts.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CustomerAccounts.Services;

/// <summary>Refunds and arrivals the caller may see (an outlet operator: their outlet's; another's is not found).</summary>
public sealed class AccountsQuery(AdminDbContext db, OutletScope scope)
{
    public Task<Refund?> RefundAsync(Guid id, CancellationToken ct = default) =>
        scope.Apply(db.Set<Refund>().AsNoTracking()).SingleOrDefaultAsync(r => r.Id == id, ct);

    public Task<Arrival?> ArrivalAsync(Guid id, CancellationToken ct = default) =>
        scope.Apply(db.Set<Arrival>().AsNoTracking()).SingleOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Refunds newest first, optionally of one status; keyset pages on (At, Id).</summary>
    public async Task<OperationResult<Page<Refund>>> RefundsAsync(RefundStatus? status, string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } bad)
        {
            return OperationResult<Page<Refund>>.Invalid(bad);
        }

        var take = limit ?? Keyset.DefaultLimit;
        var query = scope.Apply(db.Set<Refund>().AsNoTracking());
        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        if (after is not null)
        {
            if (Cursor(after) is not { } c)
            {
                return OperationResult<Page<Refund>>.Invalid(Keyset.BadCursor());
            }

            query = query.Where(r => r.At <= c.At && (r.At < c.At || (r.At == c.At && (string.Compare(r.OutletCode, c.Outlet) < 0 || (r.OutletCode == c.Outlet && r.Number < c.Number)))));
        }

        var rows = await query.OrderByDescending(r => r.At).ThenByDescending(r => r.OutletCode).ThenByDescending(r => r.Number).Take(take + 1).ToListAsync(ct);
        return OperationResult<Page<Refund>>.Success(Keyset.ToPage(rows, take, r => CursorOf(r.At, r.OutletCode, r.Number)));
    }

    /// <summary>Arrivals newest first, optionally of one status; keyset pages on (RecordedAt, Id).</summary>
    public async Task<OperationResult<Page<Arrival>>> ArrivalsAsync(ArrivalStatus? status, string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } bad)
        {
            return OperationResult<Page<Arrival>>.Invalid(bad);
        }

        var take = limit ?? Keyset.DefaultLimit;
        var query = scope.Apply(db.Set<Arrival>().AsNoTracking());
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        if (after is not null)
        {
            if (Cursor(after) is not { } c)
            {
                return OperationResult<Page<Arrival>>.Invalid(Keyset.BadCursor());
            }

            query = query.Where(a => a.RecordedAt <= c.At && (a.RecordedAt < c.At || (a.RecordedAt == c.At && (string.Compare(a.OutletCode, c.Outlet) < 0 || (a.OutletCode == c.Outlet && a.Number < c.Number)))));
        }

        var rows = await query.OrderByDescending(a => a.RecordedAt).ThenByDescending(a => a.OutletCode).ThenByDescending(a => a.Number).Take(take + 1).ToListAsync(ct);
        return OperationResult<Page<Arrival>>.Success(Keyset.ToPage(rows, take, a => CursorOf(a.RecordedAt, a.OutletCode, a.Number)));
    }

    private static string CursorOf(DateTime at, string outlet, long number) =>
        Keyset.Encode(at.Ticks.ToString(CultureInfo.InvariantCulture), outlet, number.ToString(CultureInfo.InvariantCulture));

    private static (DateTime At, string Outlet, long Number)? Cursor(string after) =>
        Keyset.Decode(after, 3) is [var ticks, var outlet, var number] && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            && t <= DateTime.MaxValue.Ticks && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? (new DateTime(t, DateTimeKind.Utc), outlet, n) : null;
}
