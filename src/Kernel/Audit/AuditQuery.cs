using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Admin.Kernel.Audit;

/// <summary>Filters of the audit trail. Dates are inclusive local days (the network's, <see cref="Time.LocalClock"/>).</summary>
public sealed record AuditFilter(string? Module, string? Operator, string? Outlet, DateOnly? From, DateOnly? To, string? After, int? Limit);

/// <summary>Reads the audit trail, newest first, keyset-paged; scoped to the caller's outlets.</summary>
public sealed class AuditQuery(AdminDbContext db, OutletScope scope, Time.LocalClock local)
{
    /// <summary>One page of events matching the filter.</summary>
    public async Task<OperationResult<Page<AuditEvent>>> ListAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        if (Keyset.CheckLimit(filter.Limit) is { } limitError)
        {
            errors.Add(limitError);
        }

        long? afterId = null;
        if (filter.After is not null)
        {
            var parts = Keyset.Decode(filter.After, 1);
            if (parts is null || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                errors.Add(Keyset.BadCursor());
            }
            else
            {
                afterId = id;
            }
        }

        if (filter.From is { } f && filter.To is { } t && f > t)
        {
            errors.Add(KernelErrors.BadDateRange());
        }

        if (errors.Count > 0)
        {
            return OperationResult<Page<AuditEvent>>.Invalid([.. errors]);
        }

        var limit = filter.Limit ?? Keyset.DefaultLimit;
        var rows = await Query(filter, afterId, await local.OffsetAsync(ct)).Take(limit + 1).ToListAsync(ct);
        return OperationResult<Page<AuditEvent>>.Success(Keyset.ToPage(rows, limit, e => Keyset.Encode(e.Id.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>Every event matching the filter, for export (streamed, newest first).</summary>
    public async IAsyncEnumerable<AuditEvent> StreamAsync(AuditFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var e in Query(filter, null, await local.OffsetAsync(ct)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return e;
        }
    }

    private IQueryable<AuditEvent> Query(AuditFilter filter, long? afterId, TimeSpan offset)
    {
        var q = db.Set<AuditEvent>().AsNoTracking();
        q = scope.Apply(q, e => e.OutletId);

        if (!string.IsNullOrWhiteSpace(filter.Module))
        {
            q = q.Where(e => e.Module == filter.Module.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Operator))
        {
            q = q.Where(e => e.OperatorLogin == filter.Operator.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Outlet))
        {
            q = q.Where(e => e.OutletCode == filter.Outlet.Trim());
        }

        var range = Time.LocalClock.DaysUtc(filter.From, filter.To, offset);
        if (range.HasStart)
        {
            var start = range.StartUtc;
            q = q.Where(e => e.OccurredAt >= start);
        }

        if (range.HasEnd)
        {
            var end = range.EndUtc;
            q = q.Where(e => e.OccurredAt < end);
        }

        if (afterId is { } after)
        {
            q = q.Where(e => e.Id < after);
        }

        return q.OrderByDescending(e => e.Id);
    }
}
