using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Closes.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Closes.Services;

/// <summary>Closes the caller may see: their outlet's (every outlet's for head office); another outlet's is not found.</summary>
public sealed class ClosesQuery(AdminDbContext db, OutletScope scope)
{
    public Task<ShiftClose?> FindShiftAsync(Guid id, CancellationToken ct = default) =>
        scope.Apply(db.Set<ShiftClose>().AsNoTracking()).Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == id, ct);

    public Task<DayClose?> FindDayAsync(Guid id, CancellationToken ct = default) =>
        scope.Apply(db.Set<DayClose>().AsNoTracking()).FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>Shift closes, newest first (by number within a day), keyset-paged.</summary>
    public async Task<OperationResult<Page<ShiftClose>>> ShiftsAsync(string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } badLimit)
        {
            return OperationResult<Page<ShiftClose>>.Invalid(badLimit);
        }

        var query = scope.Apply(db.Set<ShiftClose>().AsNoTracking()).Include(s => s.Lines).AsQueryable();
        if (after is not null)
        {
            if (Keyset.Decode(after, 2) is not [var ticks, var number] || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t) || t > DateTime.MaxValue.Ticks)
            {
                return OperationResult<Page<ShiftClose>>.Invalid(Keyset.BadCursor());
            }

            var at = new DateTime(t, DateTimeKind.Utc);
            query = query.Where(s => s.ClosedAt < at || (s.ClosedAt == at && string.Compare(s.Number, number) < 0));
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderByDescending(s => s.ClosedAt).ThenByDescending(s => s.Number).Take(take + 1).ToListAsync(ct);
        return OperationResult<Page<ShiftClose>>.Success(Keyset.ToPage(rows, take, s => Keyset.Encode(s.ClosedAt.Ticks.ToString(CultureInfo.InvariantCulture), s.Number)));
    }

    /// <summary>Daily closes, latest day first, keyset-paged on (day, outlet code).</summary>
    public async Task<OperationResult<Page<DayClose>>> DaysAsync(string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } badLimit)
        {
            return OperationResult<Page<DayClose>>.Invalid(badLimit);
        }

        var query = scope.Apply(db.Set<DayClose>().AsNoTracking());
        if (after is not null)
        {
            if (Keyset.Decode(after, 2) is not [var dayText, var outlet] || !DateOnly.TryParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return OperationResult<Page<DayClose>>.Invalid(Keyset.BadCursor());
            }

            query = query.Where(d => d.Day < day || (d.Day == day && string.Compare(d.OutletCode, outlet) < 0));
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderByDescending(d => d.Day).ThenByDescending(d => d.OutletCode).Take(take + 1).ToListAsync(ct);
        return OperationResult<Page<DayClose>>.Success(Keyset.ToPage(rows, take, d => Keyset.Encode(d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.OutletCode)));
    }
}
