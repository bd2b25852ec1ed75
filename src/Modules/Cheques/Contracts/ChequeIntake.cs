using Admin.Kernel.Results;
using Admin.Kernel.Reviews;

namespace Admin.Modules.Cheques.Contracts;

/// <summary>
/// A cheque paid for a customer's top-up or receipt, as another module's counter task hands it over: the customer (code
/// or id, of the caller's outlet), the cheque as typed, and the reviewer after a 428.
/// </summary>
public sealed record ChequeIntakeRequest(
    string Customer, string? Number, string? DrawerName, string? DrawerBank, string? DrawerAccount, decimal? Amount, DateOnly? ChequeDate,
    ReviewCredentials? Review = null);

/// <summary>
/// Receives a cheque for a customer exactly as the cheque counter does (its checks, review points, receipt number, ledger
/// entry, history, audit record), so a top-up paid by cheque credits the customer only when the cheque clears, through the
/// cheque's own lifecycle. Runs its own task transaction: call it instead of, not inside, your own.
/// </summary>
public interface IChequeIntake
{
    /// <summary>The received cheque (status Received), or the cheque counter's refusal (400 naming cheque fields, 409, 428).</summary>
    Task<OperationResult<ChequeInfo>> ReceiveAsync(ChequeIntakeRequest request, CancellationToken ct = default);
}
