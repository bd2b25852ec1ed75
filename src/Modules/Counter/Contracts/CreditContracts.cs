namespace Admin.Modules.Counter.Contracts;

/// <summary>A company customer's credit line (客户信誉度): its rating and the limit of cheques credited before they clear.</summary>
public sealed record CreditLine(string Rating, decimal Limit);

/// <summary>
/// Where a cheque receipt finds a customer's credit line (implemented by CustomerAccounts; absent or switched off, no cheque
/// is credited before it clears). Here in Counter's contracts so that neither module needs the other.
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

/// <summary>A customer's credit exposure: money credited before it was received for good (Cheques: cheques credited at receipt, not yet cleared).</summary>
public interface ICreditExposureSource
{
    /// <summary>The customer's exposure (0.00 when none).</summary>
    Task<decimal> ExposureAsync(Guid customerId, CancellationToken ct = default);
}
