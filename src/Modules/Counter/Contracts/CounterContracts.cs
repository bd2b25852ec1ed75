using Admin.Kernel.Results;

namespace Admin.Modules.Counter.Contracts;

/// <summary>What other modules may know of a customer.</summary>
public sealed record CustomerInfo(Guid Id, string Code, string Type, string Name, string IdType, string IdNumber, string? Phone, Guid OutletId, decimal Balance, string Status);

/// <summary>Finds customers the caller may see (an outlet operator: their outlet's only).</summary>
public interface ICustomerDirectory
{
    /// <summary>The visible customer with this id, or null.</summary>
    Task<CustomerInfo?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>The visible customer with this code, or null.</summary>
    Task<CustomerInfo?> FindByCodeAsync(string code, CancellationToken ct = default);
}

/// <summary>
/// Changes a customer's balance (a cheque credited, a bounce reversed). The change and its balance-history row are
/// added to the caller's unit of work: the caller's SaveChanges commits them with its own rows, or neither.
/// </summary>
public interface ICustomerAccounts
{
    /// <summary>Adds <paramref name="amount"/> (negative to debit, two decimals) to the visible customer's balance, with a history row.</summary>
    Task<OperationResult<decimal>> PostAsync(Guid customerId, decimal amount, string reason, string? reference, CancellationToken ct = default);
}
