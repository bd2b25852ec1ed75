namespace Admin.Modules.Ledger.Contracts;

/// <summary>One line of an account of some kind, with its entry: the amount signed (debit positive), in CNY.</summary>
public sealed record KindLine(long EntryId, DateTime At, Guid EntryOutletId, string TaskType, string TaskId, string? OperatorLogin, string? Reference,
    AccountKind Kind, Guid OwnerId, Guid AccountOutletId, decimal Amount);

/// <summary>
/// An entry dated after the close that should have held it: <paramref name="Close"/> is <c>Shift</c> (the entry belongs to a
/// closed shift by its id but is dated after the shift's close) or <c>Day</c> (dated in a closed local day after its close).
/// </summary>
public sealed record LateEntry(long EntryId, DateTime At, Guid OutletId, string TaskType, string TaskId, string? OperatorLogin, string? Reference, string Close, DateTime ClosedAt);

/// <summary>An outlet's local day with entries and no daily close: since its first entry.</summary>
public sealed record UnclosedDay(Guid OutletId, DateOnly Day, DateTime FirstAt);

/// <summary>What ledger verification found wrong (the Ledger's codes and English templates, translated when shown).</summary>
public sealed record LedgerCheckFinding(string Code, string Message, IReadOnlyList<string> Args, long? AccountId, long? EntryId);

/// <summary>
/// Read-only queries of the ledger for the abnormal-entry check (Checks): verification, entries dated after their close, and
/// the lines of one account kind over a span. No outlet scope is applied: the check runs for head office or as the system.
/// </summary>
public interface ILedgerChecks
{
    /// <summary>Recomputes the ledger (a full scan) and answers what it found; empty when intact.</summary>
    Task<IReadOnlyList<LedgerCheckFinding>> VerifyAsync(CancellationToken ct = default);

    /// <summary>Entries with <c>At</c> in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) dated after the shift or day close that holds them.</summary>
    Task<IReadOnlyList<LateEntry>> EntriesAfterCloseAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default);

    /// <summary>The outlets' local days in <paramref name="fromDay"/>..<paramref name="toDay"/> with entries and not closed.</summary>
    Task<IReadOnlyList<UnclosedDay>> UnclosedDaysAsync(DateOnly fromDay, DateOnly toDay, CancellationToken ct = default);

    /// <summary>The lines of accounts of <paramref name="kind"/> of entries with <c>At</c> in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<KindLine>> LinesAsync(AccountKind kind, DateTime fromUtc, DateTime toUtc, int limit = 10_000, CancellationToken ct = default);
}
