namespace Admin.Modules.Counter.Contracts;

/// <summary>Closes a customer inside another module's task (客户清户).</summary>
public interface ICustomerClosing
{
    /// <summary>
    /// Marks the customer Closed in the caller's unit of work (nothing is saved here). False when there is no such customer
    /// or it is closed already. The money and the cards are the caller's to settle first. A parallel change of the customer
    /// makes the caller's save throw a concurrency exception.
    /// </summary>
    Task<bool> CloseAsync(Guid customerId, CancellationToken ct = default);
}
