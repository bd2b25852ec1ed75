using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>
/// Balance changes in the caller's unit of work: the balance and a history row are changed together (the balance is the
/// sum of the history), with an audit record; the caller's SaveChanges commits them. The customer's version guards the
/// balance: when two postings race, the later save fails with a concurrency error and its unit of work rolls back.
/// </summary>
internal sealed class CustomerAccounts(AdminDbContext db, OutletScope scope, ICurrentOperator current, IAuditTrail audit, TimeProvider clock) : ICustomerAccounts
{
    public async Task<OperationResult<decimal>> PostAsync(Guid customerId, decimal amount, string reason, string? reference, CancellationToken ct = default)
    {
        if (amount == 0 || !Money.HasTwoDecimalsAtMost(amount) || Math.Abs(amount) > Money.Max)
        {
            return OperationResult<decimal>.Invalid(CounterErrors.BalanceAmountInvalid());
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return OperationResult<decimal>.Invalid(CounterErrors.ReasonRequired());
        }

        var customer = await scope.Apply(db.Set<Customer>()).FirstOrDefaultAsync(c => c.Id == customerId, ct);
        if (customer is null)
        {
            return OperationResult<decimal>.NotFound(CounterErrors.CustomerNotFound());
        }

        var before = customer.Balance;
        customer.Balance += amount;
        db.Add(new CustomerBalanceEntry
        {
            Id = Guid.NewGuid(), CustomerId = customer.Id, OutletId = customer.OutletId, At = clock.GetUtcNow().UtcDateTime,
            Amount = amount, BalanceAfter = customer.Balance, Reason = reason.Trim()[..Math.Min(reason.Trim().Length, 200)],
            Reference = reference?.Trim() is { Length: > 0 } r ? r[..Math.Min(r.Length, 100)] : null, OperatorLogin = current.LoginName,
        });
        audit.Record(new AuditRecord(CounterModule.ModuleId, "Customer.Balance", nameof(Customer), customer.Code,
            new { Balance = Money.Format(before) }, new { Balance = Money.Format(customer.Balance), Amount = Money.Format(amount), reference }, reason)
        { OutletId = customer.OutletId, OutletCode = customer.OutletCode });
        return OperationResult<decimal>.Success(customer.Balance);
    }
}
