using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CustomerAccounts.Services;

/// <summary>A customer's credit line as shown: rating, limit, exposure (credited cheques not cleared), debt, what is free.</summary>
public sealed record CreditView(CustomerInfo Customer, string? Rating, decimal Limit, decimal Exposure, decimal Debt, string? Version, DateTime? SetAt, string? SetBy)
{
    /// <summary>Credit still free: none while the customer owes anything.</summary>
    public decimal Free => Debt > 0 ? 0m : Math.Max(0m, Limit - Exposure);
}

/// <summary>The credit line the cheque receipt reads, its row locked in the receipt's transaction.</summary>
internal sealed class CreditLineSource(AdminDbContext db, ModuleStates modules) : ICreditLineSource
{
    public async Task<CreditLine?> LockAsync(Guid customerId, CancellationToken ct = default)
    {
        if (!modules.IsEnabled(CustomerAccountsModule.ModuleId))
        {
            return null;
        }

        // An update of the row takes its lock (PostgreSQL) or the database's write lock (SQLite) until the receipt commits.
        if (await db.Set<CreditRating>().Where(r => r.CustomerId == customerId).ExecuteUpdateAsync(u => u.SetProperty(r => r.Version, r => r.Version), ct) == 0)
        {
            return null;
        }

        var row = await db.Set<CreditRating>().AsNoTracking().SingleAsync(r => r.CustomerId == customerId, ct);
        return new CreditLine(row.Rating, row.Limit);
    }
}

/// <summary>
/// Head office rates company customers (客户信誉度维护 3.2): a grade and a credit limit for cheques credited before they clear.
/// Lowering the limit below the exposure is refused, naming the exposure; the change and the receipts take the same row lock.
/// </summary>
public sealed class CreditRatings(AdminDbContext db, TaskTransaction transaction, ICustomerDirectory customers, IEnumerable<ICreditExposureSource> exposures, ILedger ledger, IAuditTrail audit, AccountChecks checks)
{
    public async Task<CreditView?> FindAsync(Guid customerId, CancellationToken ct = default)
    {
        if (await customers.FindAsync(customerId, ct) is not { } customer)
        {
            return null;
        }

        var row = await db.Set<CreditRating>().AsNoTracking().SingleOrDefaultAsync(r => r.CustomerId == customerId, ct);
        var debt = await ledger.BalanceAsync(AccountRef.Receivable(customer.Id, customer.OutletId), ct);
        return new CreditView(customer, row?.Rating, row?.Limit ?? 0m, await ExposureAsync(customer.Id, ct), debt, row is null ? null : Admin.Kernel.Data.Versions.Format(row.Version), row?.SetAt, row?.SetBy);
    }

    public async Task<OperationResult<CreditView>> SetAsync(Guid customerId, string? rating, decimal? limit, CancellationToken ct = default)
    {
        if (await customers.FindAsync(customerId, ct) is not { } customer)
        {
            return OperationResult<CreditView>.NotFound(CustomerAccountsErrors.CustomerNotFound());
        }

        var errors = new List<OperationError>();
        var grade = rating?.Trim().ToUpperInvariant();
        if (grade is null || !CreditRating.Grades.Contains(grade))
        {
            errors.Add(CustomerAccountsErrors.RatingInvalid(string.Join(", ", CreditRating.Grades)));
        }

        if (Money.Check(limit, "limit") is { } bad)
        {
            errors.Add(bad);
        }

        if (errors.Count > 0)
        {
            return OperationResult<CreditView>.Invalid([.. errors]);
        }

        if (customer.Type != "Company")
        {
            return OperationResult<CreditView>.Fail(FailureKind.Unprocessable, CustomerAccountsErrors.CompanyOnly(customer.Code));
        }

        if (customer.Status == "Closed")
        {
            return OperationResult<CreditView>.Conflict(CustomerAccountsErrors.CustomerClosed(customer.Code));
        }

        OperationResult<CreditRating> written;
        try
        {
            written = await Write(customer, grade!, limit!.Value, ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Two first ratings of one customer at once: the other one's row is there now.
            db.ChangeTracker.Clear();
            return OperationResult<CreditView>.Conflict(CustomerAccountsErrors.ChangedMeanwhile());
        }

        return written.Succeeded ? OperationResult<CreditView>.Success((await FindAsync(customer.Id, ct))!) : OperationResult<CreditView>.From(written);
    }

    private Task<OperationResult<CreditRating>> Write(CustomerInfo customer, string grade, decimal limit, CancellationToken ct) =>
        transaction.RunAsync(async token =>
        {
            // Insert or take the row first: from here a receipt of this customer waits for this change, and the exposure read next stays true.
            var row = await db.Set<CreditRating>().SingleOrDefaultAsync(r => r.CustomerId == customer.Id, token);
            object? before = row is null ? null : new { row.Rating, Limit = Money.Format(row.Limit) };
            if (row is null)
            {
                row = new CreditRating { CustomerId = customer.Id, CustomerCode = customer.Code, CustomerName = customer.Name, OutletId = customer.OutletId };
                db.Add(row);
                await db.SaveChangesAsync(token);
            }
            else
            {
                await db.Set<CreditRating>().Where(r => r.CustomerId == customer.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Version, r => r.Version), token);
            }

            var exposed = await ExposureAsync(customer.Id, token);
            if (limit < exposed)
            {
                var refused = OperationResult<CreditRating>.Conflict(CustomerAccountsErrors.LimitBelowExposure(limit, exposed));
                refused.With("exposure", exposed);
                return refused;
            }

            row.Rating = grade;
            row.Limit = limit;
            row.SetAt = checks.Now;
            row.SetBy = checks.LoginName;
            audit.Record(new AuditRecord(CustomerAccountsModule.ModuleId, "Customer.Rate", "Customer", customer.Code, before, new { Rating = grade, Limit = Money.Format(limit) })
                { OutletId = customer.OutletId });
            return OperationResult<CreditRating>.Success(row);
        }, ct);

    private async Task<decimal> ExposureAsync(Guid customerId, CancellationToken ct)
    {
        var total = 0m;
        foreach (var source in exposures)
        {
            total += await source.ExposureAsync(customerId, ct);
        }

        return total;
    }
}
