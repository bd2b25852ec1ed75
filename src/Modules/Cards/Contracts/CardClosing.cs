namespace Admin.Modules.Cards.Contracts;

/// <summary>Closes cards inside another module's task (closing a customer, 客户清户).</summary>
public interface ICardClosing
{
    /// <summary>
    /// Marks the card Closed in the caller's unit of work (nothing is saved here), from any status but Replaced and Closed.
    /// False when there is no such card or it is already replaced or closed. The card's money is the caller's to move first:
    /// this only changes its status. A parallel change of the card makes the caller's save throw a concurrency exception.
    /// </summary>
    Task<bool> CloseAsync(Guid cardId, CancellationToken ct = default);
}
