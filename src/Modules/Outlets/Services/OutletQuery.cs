using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Modules.Outlets.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Outlets.Services;

/// <summary>An outlet as lists, the record page, the API and CSV show it: with its parent's code and name.</summary>
public sealed record OutletView(
    Guid Id, string Code, string Name, string? ShortName, OutletType Type, string? ParentCode, string? ParentName,
    string? Address, string? Phone, string? Manager, OutletStatus Status, DateOnly? OpenedOn, DateOnly? ClosedOn,
    string? StatusReason, long Version)
{
    /// <summary>The names in Chinese (null: none apart from the English ones).</summary>
    public string? NameZh { get; init; }
    public string? ShortNameZh { get; init; }
    public string? ParentNameZh { get; init; }

    /// <summary>The name in the reader's language.</summary>
    public string LocalName => Kernel.Localization.LocalNames.Pick(Name, NameZh);
    public string? LocalShortName => Kernel.Localization.LocalNames.PickOptional(ShortName, ShortNameZh);
    public string? LocalParentName => Kernel.Localization.LocalNames.PickOptional(ParentName, ParentNameZh);

    /// <summary>The statuses the outlet may move to now.</summary>
    public IReadOnlyList<OutletStatus> AllowedTransitions => Outlet.Transitions(Type, Status);
}

/// <summary>
/// Filters of the outlet list, as text from the URL. <see cref="Search"/> matches the start of the code or any part of
/// the name or short name; <see cref="Parent"/> is a parent's code (its direct outlets).
/// </summary>
public sealed record OutletFilter(string? Search, string? Status, string? Parent, string? Type, string? After = null, int? Limit = null);

/// <summary>One outlet and those under it, for the tree view.</summary>
public sealed record OutletNode(OutletView Outlet, IReadOnlyList<OutletNode> Children);

/// <summary>Reads outlets, scoped to what the caller may see (<see cref="OutletVisibility"/>), keyset-paged by code.</summary>
public sealed class OutletQuery(AdminDbContext db, OutletVisibility visibility)
{
    /// <summary>Most history rows the record page shows.</summary>
    public const int HistoryLimit = 100;

    /// <summary>One page of outlets matching the filter, by code.</summary>
    public async Task<OperationResult<Page<OutletView>>> ListAsync(OutletFilter filter, CancellationToken ct = default)
    {
        var checkedFilter = Check(filter);
        if (!checkedFilter.Succeeded)
        {
            return OperationResult<Page<OutletView>>.From(checkedFilter);
        }

        var limit = filter.Limit ?? Keyset.DefaultLimit;
        var rows = await Query(checkedFilter.Value!).Take(limit + 1).ToListAsync(ct);
        return OperationResult<Page<OutletView>>.Success(Keyset.ToPage(rows, limit, o => Keyset.Encode(o.Code)));
    }

    /// <summary>Every outlet matching the filter (paging ignored), by code, for export.</summary>
    public OperationResult<IAsyncEnumerable<OutletView>> Stream(OutletFilter filter)
    {
        var checkedFilter = Check(filter with { After = null, Limit = null });
        return checkedFilter.Succeeded
            ? OperationResult<IAsyncEnumerable<OutletView>>.Success(Query(checkedFilter.Value!).AsAsyncEnumerable())
            : OperationResult<IAsyncEnumerable<OutletView>>.From(checkedFilter);
    }

    /// <summary>The outlet with this code, or null when there is none or the caller may not see it.</summary>
    public async Task<OutletView?> FindAsync(string? code, CancellationToken ct = default) =>
        Outlet.IsValidCode(code)
            ? await Project(visibility.Apply(db.Set<Outlet>().AsNoTracking()).Where(o => o.Code == code)).FirstOrDefaultAsync(ct)
            : null;

    /// <summary>The network as the caller may see it: head office → branches → outlets, each level by code.</summary>
    public async Task<IReadOnlyList<OutletNode>> TreeAsync(CancellationToken ct = default)
    {
        var all = await Project(visibility.Apply(db.Set<Outlet>().AsNoTracking())).ToListAsync(ct);
        var visible = all.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var children = all.Where(o => o.ParentCode is not null).ToLookup(o => o.ParentCode!, StringComparer.Ordinal);

        OutletNode Build(OutletView outlet, int depth) =>
            new(outlet, depth > 3 ? [] : children[outlet.Code].Select(c => Build(c, depth + 1)).ToList());

        // A root is an outlet whose parent the caller cannot see (or that has none).
        return all.Where(o => o.ParentCode is null || !visible.Contains(o.ParentCode))
            .OrderBy(o => o.Type == OutletType.HeadOffice ? 0 : 1).ThenBy(o => o.Code, StringComparer.Ordinal)
            .Select(o => Build(o, 0)).ToList();
    }

    /// <summary>The outlet's audit history, newest first (at most <see cref="HistoryLimit"/> events).</summary>
    public async Task<IReadOnlyList<AuditEvent>> HistoryAsync(string code, CancellationToken ct = default) =>
        await db.Set<AuditEvent>().AsNoTracking()
            .Where(e => e.Module == OutletsModule.ModuleId && e.EntityId == code)
            .OrderByDescending(e => e.Id)
            .Take(HistoryLimit)
            .ToListAsync(ct);

    /// <summary>How many outlets sit directly under this one.</summary>
    public Task<int> CountChildrenAsync(Guid id, CancellationToken ct = default) =>
        db.Set<Outlet>().CountAsync(o => o.ParentId == id, ct);

    /// <summary>The outlets that can be a parent (head office and branches) the caller may see: head office first, then by code.</summary>
    public async Task<IReadOnlyList<OutletView>> ParentsAsync(CancellationToken ct = default)
    {
        var parents = await Project(visibility.Apply(db.Set<Outlet>().AsNoTracking())
            .Where(o => o.Type == OutletType.HeadOffice || o.Type == OutletType.Branch)).ToListAsync(ct);
        return parents.OrderBy(o => o.Type == OutletType.HeadOffice ? 0 : 1).ThenBy(o => o.Code, StringComparer.Ordinal).ToList();
    }

    private sealed record CheckedFilter(string? Search, OutletStatus? Status, string? Parent, OutletType? Type, string? After);

    private static OperationResult<CheckedFilter> Check(OutletFilter filter)
    {
        var errors = new List<OperationError>();
        if (Keyset.CheckLimit(filter.Limit) is { } limitError)
        {
            errors.Add(limitError);
        }

        var search = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim();
        if (search?.Length > 100)
        {
            errors.Add(OutletsErrors.TooLong("search", 100));
        }

        OutletStatus? status = null;
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            status = OutletFields.ParseStatus(filter.Status);
            if (status is null)
            {
                errors.Add(OutletsErrors.StatusInvalid());
            }
        }

        OutletType? type = null;
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            type = OutletFields.ParseType(filter.Type);
            if (type is null)
            {
                errors.Add(OutletsErrors.TypeInvalid());
            }
        }

        var parent = string.IsNullOrWhiteSpace(filter.Parent) ? null : filter.Parent.Trim();
        if (parent is not null && !Outlet.IsValidCode(parent))
        {
            errors.Add(OutletsErrors.CodeInvalid("parent"));
        }

        string? after = null;
        if (filter.After is not null)
        {
            var parts = Keyset.Decode(filter.After, 1);
            if (parts is null || !Outlet.IsValidCode(parts[0]))
            {
                errors.Add(Keyset.BadCursor());
            }
            else
            {
                after = parts[0];
            }
        }

        return errors.Count == 0
            ? OperationResult<CheckedFilter>.Success(new CheckedFilter(search, status, parent, type, after))
            : OperationResult<CheckedFilter>.Invalid([.. errors]);
    }

    private IQueryable<OutletView> Query(CheckedFilter filter)
    {
        var q = visibility.Apply(db.Set<Outlet>().AsNoTracking());
        if (filter.Search is { } search)
        {
            var lower = search.ToLowerInvariant();
            q = q.Where(o => o.Code.StartsWith(search) || o.Name.ToLower().Contains(lower) || (o.ShortName != null && o.ShortName.ToLower().Contains(lower)));
        }

        if (filter.Status is { } status)
        {
            q = q.Where(o => o.Status == status);
        }

        if (filter.Type is { } type)
        {
            q = q.Where(o => o.Type == type);
        }

        if (filter.Parent is { } parent)
        {
            q = q.Where(o => db.Set<Outlet>().Any(p => p.Id == o.ParentId && p.Code == parent));
        }

        if (filter.After is { } after)
        {
            q = q.Where(o => string.Compare(o.Code, after) > 0);
        }

        return Project(q);
    }

    /// <summary>Outlets with their parent's code and name, by code (the keyset order).</summary>
    private IQueryable<OutletView> Project(IQueryable<Outlet> outlets) =>
        from o in outlets
        join p in db.Set<Outlet>() on o.ParentId equals p.Id into parents
        from p in parents.DefaultIfEmpty()
        orderby o.Code
        select new OutletView(
            o.Id, o.Code, o.Name, o.ShortName, o.Type, p == null ? null : p.Code, p == null ? null : p.Name,
            o.Address, o.Phone, o.Manager, o.Status, o.OpenedOn, o.ClosedOn, o.StatusReason, o.Version)
        { NameZh = o.NameZh, ShortNameZh = o.ShortNameZh, ParentNameZh = p == null ? null : p.NameZh };
}
