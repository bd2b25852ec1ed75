namespace Admin.Modules.Counter.Contracts;

/// <summary>
/// One counter transaction in a day journal (操作员当日流水). <paramref name="Kind"/> is a stable code (<c>FeeCollection</c>,
/// <c>ChequeReceipt</c>, ...) and <paramref name="KindLabel"/> its English label (translated when shown).
/// <paramref name="PaymentMethod"/> is the payment method's code when the transaction took money at the counter (it counts
/// toward the totals by payment method), null when it settles something taken earlier (a cheque clearing or bouncing).
/// <paramref name="Link"/> is the record's screen path, or null.
/// </summary>
public sealed record JournalEntry(
    DateTime At, string Kind, string KindLabel, string Reference, Guid OutletId, string OutletCode, Guid? OperatorId, string? OperatorLogin,
    string? CustomerCode, string? CustomerName, decimal Amount, string? PaymentMethod, string? ReviewerLogin, string? Link)
{
    /// <summary>
    /// The money this entry took is no longer held (a cheque received and since bounced): listed, but kept out of the
    /// takings and shown apart.
    /// </summary>
    public bool NotHeld { get; init; }
}

/// <summary>
/// Which transactions: at or after <paramref name="FromUtc"/> and before <paramref name="ToUtc"/>, of one outlet (null: every
/// outlet the caller sees) and one operator (null: all). <paramref name="OperatorLogin"/> is that operator's login name, for
/// a source whose rows record a later step by login only (a refund paid, an arrival matched).
/// </summary>
public sealed record JournalRequest(DateTime FromUtc, DateTime ToUtc, Guid? OutletId, Guid? OperatorId, string? OperatorLogin = null);

/// <summary>
/// A module's counter transactions for the day journal. Counter implements it for fee collections; other modules (Cheques)
/// register their own. A source answers only what the caller may see (its outlet scope) and nothing while its module is disabled.
/// </summary>
public interface IJournalSource
{
    /// <summary>The transactions matching <paramref name="request"/>, in any order.</summary>
    Task<IReadOnlyList<JournalEntry>> ListAsync(JournalRequest request, CancellationToken ct = default);
}
