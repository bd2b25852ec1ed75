namespace Admin.Modules.Cheques.Contracts;

/// <summary>A company customer's credit line (客户信誉度): its rating and the limit of cheques credited before they clear.</summary>
public sealed record CreditLine(string Rating, decimal Limit);

/// <summary>
/// Where the cheque receipt finds a customer's credit line (implemented by CustomerAccounts, which depends on Cheques; absent
/// or switched off, no cheque is credited before it clears).
/// </summary>
public interface ICreditLineSource
{
    /// <summary>
    /// Inside the caller's transaction: the customer's credit line, with its row locked until the caller commits (so that two
    /// receipts of one customer, or a receipt and a change of the rating, count the exposure one after the other); null when
    /// the customer is not rated.
    /// </summary>
    Task<CreditLine?> LockAsync(Guid customerId, CancellationToken ct = default);
}

/// <summary>The customers' cheque exposure: cheques credited at receipt and not yet cleared (a bounce ends it too).</summary>
public interface IChequeExposure
{
    /// <summary>The customer's exposure (0.00 when none).</summary>
    Task<decimal> ExposureAsync(Guid customerId, CancellationToken ct = default);
}
