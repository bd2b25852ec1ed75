using System.Globalization;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Reviews.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Reviews.Services;

/// <summary>The authorisation log's filters (dates are the network's local days, inclusive).</summary>
public sealed record AuthorisationFilter(
    string? Outlet = null, DateOnly? From = null, DateOnly? To = null, string? Maker = null, string? Reviewer = null,
    string? Point = null, string? Result = null, string? After = null, int? Limit = null);

/// <summary>Reads the authorisation log, newest first, keyset-paged; outlet operators see their outlet only.</summary>
public sealed class AuthorisationQuery(Kernel.Data.AdminDbContext db, OutletScope scope, Kernel.Time.LocalClock local)
{
    public async Task<OperationResult<Page<Authorisation>>> ListAsync(AuthorisationFilter filter, CancellationToken ct = default)
    {
        var check = Filtered(filter, await local.OffsetAsync(ct));
        if (!check.Succeeded)
        {
            return OperationResult<Page<Authorisation>>.From(check);
        }

        var query = check.Value!;
        if (filter.After is not null)
        {
            if (Keyset.Decode(filter.After, 1) is not [var last] || !long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastId))
            {
                return OperationResult<Page<Authorisation>>.Invalid(Keyset.BadCursor());
            }

            query = query.Where(a => a.Id < lastId);
        }

        var limit = filter.Limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderByDescending(a => a.Id).Take(limit + 1).ToListAsync(ct);
        return OperationResult<Page<Authorisation>>.Success(Keyset.ToPage(rows, limit, a => Keyset.Encode(a.Id.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>Every matching record, newest first (for the CSV export).</summary>
    public async IAsyncEnumerable<Authorisation> StreamAsync(AuthorisationFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var check = Filtered(filter with { After = null, Limit = null }, await local.OffsetAsync(ct));
        if (!check.Succeeded)
        {
            yield break;
        }

        await foreach (var a in check.Value!.OrderByDescending(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return a;
        }
    }

    /// <summary>One record the caller may see, or null.</summary>
    public Task<Authorisation?> FindAsync(long id, CancellationToken ct = default) =>
        scope.Apply(db.Set<Authorisation>().AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Checks the filters and answers the filtered query; its days are local days at <paramref name="offset"/>.</summary>
    public OperationResult<IQueryable<Authorisation>> Filtered(AuthorisationFilter filter, TimeSpan offset)
    {
        var errors = new List<OperationError>();
        if (!string.IsNullOrEmpty(filter.Outlet) && !Outlets.Contracts.OutletCodes.IsValid(filter.Outlet.Trim()))
        {
            errors.Add(ReviewsErrors.OutletFilterInvalid());
        }

        AuthorisationResult? result = null;
        if (!string.IsNullOrEmpty(filter.Result))
        {
            if (Enum.TryParse<AuthorisationResult>(filter.Result, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !filter.Result.Any(char.IsDigit))
            {
                result = parsed;
            }
            else
            {
                errors.Add(ReviewsErrors.ResultFilterInvalid());
            }
        }

        if (filter.From is { } f && filter.To is { } t && f > t)
        {
            errors.Add(ReviewsErrors.RangeInvalid());
        }

        foreach (var (name, value) in new[] { ("maker", filter.Maker), ("reviewer", filter.Reviewer), ("point", filter.Point) })
        {
            if (value?.Length > 64)
            {
                errors.Add(ReviewsErrors.FilterTooLong(name));
            }
        }

        if (Keyset.CheckLimit(filter.Limit) is { } badLimit)
        {
            errors.Add(badLimit);
        }

        if (errors.Count > 0)
        {
            return OperationResult<IQueryable<Authorisation>>.Invalid([.. errors]);
        }

        var query = scope.Apply(db.Set<Authorisation>().AsNoTracking());
        if (!string.IsNullOrWhiteSpace(filter.Outlet))
        {
            var code = filter.Outlet.Trim();
            query = query.Where(a => a.OutletCode == code);
        }

        var range = Kernel.Time.LocalClock.DaysUtc(filter.From, filter.To, offset);
        if (range.HasStart)
        {
            var start = range.StartUtc;
            query = query.Where(a => a.OccurredAt >= start);
        }

        if (range.HasEnd)
        {
            var end = range.EndUtc;
            query = query.Where(a => a.OccurredAt < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.Maker))
        {
            var maker = filter.Maker.Trim();
            query = query.Where(a => a.MakerLogin == maker);
        }

        if (!string.IsNullOrWhiteSpace(filter.Reviewer))
        {
            var reviewer = filter.Reviewer.Trim();
            query = query.Where(a => a.ReviewerLogin == reviewer);
        }

        if (!string.IsNullOrWhiteSpace(filter.Point))
        {
            var point = filter.Point.Trim();
            query = query.Where(a => a.PointCodes == point || a.PointCodes.StartsWith(point + ",") || a.PointCodes.EndsWith("," + point) || a.PointCodes.Contains("," + point + ","));
        }

        if (result is { } r)
        {
            query = query.Where(a => a.Result == r);
        }

        return OperationResult<IQueryable<Authorisation>>.Success(query);
    }
}
