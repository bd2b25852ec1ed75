namespace Admin.Modules.Stations.Contracts;

/// <summary>
/// A purchase made with a card at a station (3.14), as its terminal reported it: the station and terminal, the terminal's sequence
/// number, when (UTC), product, quantity, amount, the purse after it, and its state (<c>Posted</c>, <c>Grey</c>, <c>Settled</c>,
/// <c>Exception</c>).
/// </summary>
public sealed record CardStationTransaction(
    long Id, string StationCode, string StationName, string TerminalId, long Sequence, DateTime At, string Product, decimal Quantity,
    decimal Amount, decimal BalanceAfter, bool Grey, string Status, string? Problem);

/// <summary>The transactions made with a card at stations, for the card's screens (CardService) and the stations' own.</summary>
public interface ICardTransactions
{
    /// <summary>
    /// The card's records, newest first, from <paramref name="fromUtc"/> (inclusive) to <paramref name="toUtc"/> (exclusive), after the
    /// keyset cursor <paramref name="after"/> (opaque; null: the first page), at most <paramref name="limit"/> (1–500); the cursor of
    /// the next page or null. A malformed cursor starts from the first page.
    /// </summary>
    Task<(IReadOnlyList<CardStationTransaction> Items, string? Next)> PageAsync(Guid cardId, DateTime fromUtc, DateTime toUtc, string? after, int limit, CancellationToken ct = default);

    /// <summary>Every record of the range, newest first, streamed (CSV export).</summary>
    IAsyncEnumerable<CardStationTransaction> AllAsync(Guid cardId, DateTime fromUtc, DateTime toUtc, CancellationToken ct = default);
}

/// <summary>An abnormal station finding: a sequence gap or a record that could not be posted.</summary>
public sealed record StationFinding(string Kind, string TerminalId, string StationCode, long From, long To, string? CardNumber, decimal? Amount, string? Problem, DateTime At);

/// <summary>The check hook for the abnormal-journal checks (异常流水检查): open sequence gaps and records not posted.</summary>
public interface IStationRecordChecks
{
    /// <summary>Open gaps and exception records found from <paramref name="sinceUtc"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StationFinding>> FindingsAsync(DateTime sinceUtc, int limit, CancellationToken ct = default);
}
