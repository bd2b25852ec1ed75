namespace Admin.Modules.Cheques.Contracts;

/// <summary>A received cheque as other modules (printing) see it.</summary>
public sealed record ChequeInfo(
    Guid Id, Guid OutletId, string OutletCode, string Receipt, Guid CustomerId, string CustomerCode, string CustomerName,
    string Number, string DrawerName, string DrawerBank, string? DrawerAccount, decimal Amount, DateOnly ChequeDate,
    string Purpose, DateTime ReceivedAt, DateOnly ReceivedOn, string? ReceivedBy, string? ReviewerLogin, string Status);

/// <summary>Reads cheques the caller may see (an outlet operator: their outlet's only).</summary>
public interface IChequeReader
{
    /// <summary>The visible cheque with this id, or null (another outlet's is null too).</summary>
    Task<ChequeInfo?> FindAsync(Guid id, CancellationToken ct = default);
}
