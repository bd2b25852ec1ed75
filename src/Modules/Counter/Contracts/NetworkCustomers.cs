namespace Admin.Modules.Counter.Contracts;

/// <summary>
/// Customers of every outlet, for the few counter tasks the network serves at any outlet (top-up and receipts: the seeds'
/// rule for networked counters). Maintenance and queries keep <see cref="ICustomerDirectory"/> (another outlet's is 404);
/// a task using this shows another outlet's customer only as <see cref="CustomerInfo.Name"/>, a masked ID number
/// (<see cref="NetworkCustomers.MaskId"/>) and the card status, and records who served them where.
/// </summary>
public interface INetworkCustomers
{
    /// <summary>The customer with this id at any outlet, or null (balance left at zero: not for display).</summary>
    Task<CustomerInfo?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>The customer with this code at any outlet, or null.</summary>
    Task<CustomerInfo?> FindByCodeAsync(string code, CancellationToken ct = default);
}

/// <summary>How another outlet sees a customer's ID number.</summary>
public static class NetworkCustomers
{
    /// <summary>The first three and last four characters, the rest as asterisks (short numbers: all but the last two).</summary>
    public static string MaskId(string? idNumber)
    {
        var id = idNumber ?? "";
        if (id.Length <= 7)
        {
            return id.Length <= 2 ? new string('*', id.Length) : new string('*', id.Length - 2) + id[^2..];
        }

        return id[..3] + new string('*', id.Length - 7) + id[^4..];
    }
}
