using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>A customer as lists, the record page, the API and CSV show it.</summary>
public sealed record CustomerView(
    Guid Id, string Code, CustomerType Type, string Name, IdDocumentType IdType, string IdNumber, string? Phone, string? Address,
    Guid OutletId, string OutletCode, decimal Balance, CustomerStatus Status, DateTime CreatedAt, long Version);

/// <summary>One row of a customer's balance history.</summary>
public sealed record BalanceEntryView(DateTime At, decimal Amount, decimal BalanceAfter, string Reason, string? Reference, string? OperatorLogin);

/// <summary>Reads customers, scoped to the caller's outlet (head office sees all), keyset-paged by code.</summary>
public sealed class CustomerQuery(AdminDbContext db, OutletScope scope)
{
    /// <summary>Most balance-history rows the record page shows.</summary>
    public const int HistoryLimit = 100;

    /// <summary>
    /// One page of customers by code. <paramref name="search"/> matches the start of the code, the ID number or the phone,
    /// or any part of the name.
    /// </summary>
    public async Task<OperationResult<Page<CustomerView>>> ListAsync(string? search, string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } badLimit)
        {
            return OperationResult<Page<CustomerView>>.Invalid(badLimit);
        }

        string? afterCode = null;
        if (after is not null)
        {
            if (Keyset.Decode(after, 1) is not [var code])
            {
                return OperationResult<Page<CustomerView>>.Invalid(Keyset.BadCursor());
            }

            afterCode = code;
        }

        var take = limit ?? Keyset.DefaultLimit;
        var query = Filter(search);
        if (afterCode is not null)
        {
            query = query.Where(c => string.Compare(c.Code, afterCode) > 0);
        }

        var rows = await Project(query.OrderBy(c => c.Code)).Take(take + 1).ToListAsync(ct);
        return OperationResult<Page<CustomerView>>.Success(Keyset.ToPage(rows, take, c => Keyset.Encode(c.Code)));
    }

    /// <summary>Every customer matching the search, by code, for export.</summary>
    public IAsyncEnumerable<CustomerView> Stream(string? search) => Project(Filter(search).OrderBy(c => c.Code)).AsAsyncEnumerable();

    /// <summary>The visible customer with this id, or null.</summary>
    public Task<CustomerView?> FindAsync(Guid id, CancellationToken ct = default) =>
        Project(scope.Apply(db.Set<Customer>().AsNoTracking()).Where(c => c.Id == id)).FirstOrDefaultAsync(ct);

    /// <summary>The visible customers among these ids.</summary>
    public async Task<IReadOnlyList<CustomerView>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var list = ids.Distinct().ToList();
        return await Project(scope.Apply(db.Set<Customer>().AsNoTracking()).Where(c => list.Contains(c.Id))).ToListAsync(ct);
    }

    /// <summary>The visible customer with this code, or null.</summary>
    public Task<CustomerView?> FindByCodeAsync(string code, CancellationToken ct = default) =>
        Project(scope.Apply(db.Set<Customer>().AsNoTracking()).Where(c => c.Code == code)).FirstOrDefaultAsync(ct);

    /// <summary>The latest balance changes of a visible customer, newest first.</summary>
    public async Task<IReadOnlyList<BalanceEntryView>> HistoryAsync(Guid customerId, CancellationToken ct = default)
    {
        var rows = await scope.Apply(db.Set<CustomerBalanceEntry>().AsNoTracking()).Where(e => e.CustomerId == customerId)
            .Select(e => new BalanceEntryView(e.At, e.Amount, e.BalanceAfter, e.Reason, e.Reference, e.OperatorLogin))
            .ToListAsync(ct);
        return rows.OrderByDescending(e => e.At).Take(HistoryLimit).ToList();
    }

    private IQueryable<Customer> Filter(string? search)
    {
        var query = scope.Apply(db.Set<Customer>().AsNoTracking());
        var s = search?.Trim();
        if (!string.IsNullOrEmpty(s))
        {
            var upper = s.ToUpperInvariant();
            query = query.Where(c => c.Code.StartsWith(s) || c.Name.Contains(s) || c.IdNumber.StartsWith(upper) || (c.Phone != null && c.Phone.StartsWith(s)));
        }

        return query;
    }

    private static IQueryable<CustomerView> Project(IQueryable<Customer> query) =>
        query.Select(c => new CustomerView(c.Id, c.Code, c.Type, c.Name, c.IdType, c.IdNumber, c.Phone, c.Address, c.OutletId, c.OutletCode, c.Balance, c.Status, c.CreatedAt, c.Version));
}

