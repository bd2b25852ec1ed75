using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.BatchTopUps.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.BatchTopUps.Services;

/// <summary>Filters of the list of lists (all optional).</summary>
public sealed record BatchTopUpFilter(BatchTopUpStatus? Status = null, string? Customer = null, string? After = null, int Limit = Keyset.DefaultLimit);

/// <summary>Reads lists and their lines through the caller's outlet scope (another outlet's list is not found), keyset-paged.</summary>
public sealed class BatchTopUpQuery(AdminDbContext db, OutletScope scope)
{
    public Task<BatchTopUpList?> FindAsync(Guid id, CancellationToken ct) =>
        scope.Apply(db.Set<BatchTopUpList>().AsNoTracking()).FirstOrDefaultAsync(l => l.Id == id, ct);

    /// <summary>Newest first; the cursor is the last row's submission instant and number (numbers carry the outlet's code).</summary>
    public async Task<OperationResult<Page<BatchTopUpList>>> ListAsync(BatchTopUpFilter filter, CancellationToken ct)
    {
        var limit = Math.Clamp(filter.Limit, 1, Keyset.MaxLimit);
        var lists = scope.Apply(db.Set<BatchTopUpList>().AsNoTracking());
        if (filter.Status is { } status)
        {
            lists = lists.Where(l => l.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Customer))
        {
            var code = filter.Customer.Trim();
            lists = lists.Where(l => l.CustomerCode == code);
        }

        if (filter.After is not null)
        {
            if (Keyset.Decode(filter.After, 2) is not [var ticks, var number] || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                || t < DateTime.MinValue.Ticks || t > DateTime.MaxValue.Ticks)
            {
                return OperationResult<Page<BatchTopUpList>>.Invalid(Keyset.BadCursor());
            }

            var at = new DateTime(t, DateTimeKind.Utc);
            lists = lists.Where(l => l.SubmittedAt < at || (l.SubmittedAt == at && string.Compare(l.Number, number) < 0));
        }

        var rows = await lists.OrderByDescending(l => l.SubmittedAt).ThenByDescending(l => l.Number).Take(limit + 1).ToListAsync(ct);
        var next = rows.Count > limit ? Keyset.Encode(rows[limit - 1].SubmittedAt.Ticks.ToString(CultureInfo.InvariantCulture), rows[limit - 1].Number) : null;
        return OperationResult<Page<BatchTopUpList>>.Success(new Page<BatchTopUpList>([.. rows.Take(limit)], next));
    }

    /// <summary>A list's lines in order, after line <paramref name="after"/> (a cursor of the line number).</summary>
    public async Task<Page<BatchTopUpLine>> LinesAsync(Guid listId, string? after, int limit, CancellationToken ct)
    {
        limit = Math.Clamp(limit, 1, Keyset.MaxLimit);
        var from = Keyset.Decode(after, 1) is [var text] && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var rows = await db.Set<BatchTopUpLine>().AsNoTracking().Where(l => l.ListId == listId && l.LineNo > from)
            .OrderBy(l => l.LineNo).Take(limit + 1).ToListAsync(ct);
        var next = rows.Count > limit ? Keyset.Encode(rows[limit - 1].LineNo.ToString(CultureInfo.InvariantCulture)) : null;
        return new Page<BatchTopUpLine>([.. rows.Take(limit)], next);
    }
}
