using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Transfers.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Transfers.Services;

/// <summary>Manual transfers, newest first (outlet-scoped: they belong to head office).</summary>
public sealed class TransferQuery(AdminDbContext db, OutletScope scope)
{
    public async Task<OperationResult<Page<ManualTransfer>>> ListAsync(string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } badLimit)
        {
            return OperationResult<Page<ManualTransfer>>.Invalid(badLimit);
        }

        var query = scope.Apply(db.Set<ManualTransfer>().AsNoTracking());
        if (after is not null)
        {
            if (Keyset.Decode(after, 2) is not [var ticks, var id] || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                || t > DateTime.MaxValue.Ticks || !Guid.TryParse(id, out var g))
            {
                return OperationResult<Page<ManualTransfer>>.Invalid(Keyset.BadCursor());
            }

            var at = new DateTime(t, DateTimeKind.Utc);
            query = query.Where(x => x.At < at || (x.At == at && x.Id.CompareTo(g) < 0));
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderByDescending(x => x.At).ThenByDescending(x => x.Id).Take(take + 1).ToListAsync(ct);
        return OperationResult<Page<ManualTransfer>>.Success(Keyset.ToPage(rows, take, x => Keyset.Encode(x.At.Ticks.ToString(CultureInfo.InvariantCulture), x.Id.ToString("N"))));
    }

    public Task<ManualTransfer?> FindAsync(Guid id, CancellationToken ct = default) =>
        scope.Apply(db.Set<ManualTransfer>().AsNoTracking()).SingleOrDefaultAsync(x => x.Id == id, ct);
}
