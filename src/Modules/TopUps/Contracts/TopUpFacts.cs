namespace Admin.Modules.TopUps.Contracts;

/// <summary>
/// One top-up or receipt as the abnormal-entry check reads it: where and by whom, for which customer or card, how paid, how
/// much, and whether it was cancelled or reversed (by whom, when).
/// </summary>
public sealed record TopUpFact(
    Guid Id, string Receipt, string Kind, string Status, Guid OutletId, string OutletCode, Guid? CustomerId, string? CustomerCode, Guid? CardId, string? CardNumber,
    string PaymentMethod, decimal Amount, DateTime At, Guid OperatorId, string? OperatorLogin, DateTime? CorrectedAt, Guid? CorrectedById, string? CorrectedBy);

/// <summary>Read-only queries of the top-ups for the abnormal-entry check (Checks). No outlet scope: the check runs for head office.</summary>
public interface ITopUpFacts
{
    /// <summary>Top-ups and receipts made with <c>At</c> in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), at most <paramref name="limit"/>, oldest first.</summary>
    Task<IReadOnlyList<TopUpFact>> MadeAsync(DateTime fromUtc, DateTime toUtc, int limit = 10_000, CancellationToken ct = default);

    /// <summary>Receipts cancelled or reversed with <c>CorrectedAt</c> in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<TopUpFact>> CorrectedAsync(DateTime fromUtc, DateTime toUtc, int limit = 10_000, CancellationToken ct = default);
}
