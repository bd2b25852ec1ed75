using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>A customer as lists, the record page, the API and CSV show it.</summary>
public sealed record CustomerView(
    Guid Id, string Code, CustomerType Type, string Name, IdDocumentType IdType, string IdNumber, string? Phone, string? Address,
    Guid OutletId, string OutletCode, decimal Balance, CustomerStatus Status, DateTime CreatedAt, long Version);

/// <summary>One row of a customer's balance history.</summary>
public sealed record BalanceEntryView(DateTime At, decimal Amount, decimal BalanceAfter, string Reason, string? Reference, string? OperatorLogin);

/// <summary>
/// Reads customers, scoped to the caller's outlet (head office sees all), keyset-paged by code. The balance is the
/// customer's position in the ledger (<see cref="BalanceKinds"/>): the Customer account less what the customer owes
/// (Receivable, a balance left negative before the ledger).
/// </summary>
public sealed class CustomerQuery(AdminDbContext db, OutletScope scope, ILedgerReader ledger)
{
    /// <summary>The ledger accounts whose position is a customer's balance.</summary>
    public static readonly IReadOnlyList<AccountKind> BalanceKinds = [AccountKind.Customer, AccountKind.Receivable];

    /// <summary>Customers read per query of their balances in an export.</summary>
    private const int BalanceBatch = 500;

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

        var rows = await WithBalancesAsync(await Project(query.OrderBy(c => c.Code)).Take(take + 1).ToListAsync(ct), ct);
        return OperationResult<Page<CustomerView>>.Success(Keyset.ToPage(rows, take, c => Keyset.Encode(c.Code)));
    }

    /// <summary>Every customer matching the search, by code, for export.</summary>
    public async IAsyncEnumerable<CustomerView> Stream(string? search, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        // Keyset batches, not one open reader: the balances are read between batches on the same connection.
        string? last = null;
        while (true)
        {
            var query = Filter(search);
            if (last is not null)
            {
                query = query.Where(c => string.Compare(c.Code, last) > 0);
            }

            var batch = await Project(query.OrderBy(c => c.Code)).Take(BalanceBatch).ToListAsync(ct);
            foreach (var shown in await WithBalancesAsync(batch, ct))
            {
                yield return shown;
            }

            if (batch.Count < BalanceBatch)
            {
                yield break;
            }

            last = batch[^1].Code;
        }
    }

    /// <summary>The visible customer with this id, or null.</summary>
    public async Task<CustomerView?> FindAsync(Guid id, CancellationToken ct = default) =>
        await WithBalanceAsync(await Project(scope.Apply(db.Set<Customer>().AsNoTracking()).Where(c => c.Id == id)).FirstOrDefaultAsync(ct), ct);

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
    public async Task<CustomerView?> FindByCodeAsync(string code, CancellationToken ct = default) =>
        await WithBalanceAsync(await Project(scope.Apply(db.Set<Customer>().AsNoTracking()).Where(c => c.Code == code)).FirstOrDefaultAsync(ct), ct);

    /// <summary>
    /// The latest balance changes of a visible customer, newest first, from the ledger's lines of the customer's accounts
    /// (reason: the entry's memo; reference: the task's document, such as a cheque receipt).
    /// </summary>
    public async Task<IReadOnlyList<BalanceEntryView>> HistoryAsync(Guid customerId, CancellationToken ct = default)
    {
        if (!await scope.Apply(db.Set<Customer>().AsNoTracking()).AnyAsync(c => c.Id == customerId, ct))
        {
            return [];
        }

        return (await ledger.HistoryAsync(BalanceKinds, customerId, HistoryLimit, ct))
            .Select(e => new BalanceEntryView(e.At, e.Amount, e.BalanceAfter, e.Memo, e.Reference, e.OperatorLogin)).ToList();
    }

    private async Task<CustomerView?> WithBalanceAsync(CustomerView? customer, CancellationToken ct) =>
        customer is null ? null : (await WithBalancesAsync([customer], ct))[0];

    private async Task<List<CustomerView>> WithBalancesAsync(List<CustomerView> customers, CancellationToken ct)
    {
        if (customers.Count == 0)
        {
            return customers;
        }

        var balances = await ledger.PositionsAsync(BalanceKinds, customers.Select(c => c.Id).ToList(), ct);
        return customers.Select(c => c with { Balance = balances.GetValueOrDefault(c.Id) }).ToList();
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
        query.Select(c => new CustomerView(c.Id, c.Code, c.Type, c.Name, c.IdType, c.IdNumber, c.Phone, c.Address, c.OutletId, c.OutletCode, 0m, c.Status, c.CreatedAt, c.Version));
}

