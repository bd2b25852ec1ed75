namespace Admin.Modules.Ledger.Contracts;

/// <summary>
/// An operator's till since their last shift close at an outlet: the balance per payment method (what the count is checked
/// against), the entries that touched it since, the first of them and the last entry id.
/// </summary>
public sealed record TillShift(
    Guid OperatorId, Guid OutletId, string? OperatorLogin, DateTime? Since, DateTime? FirstAt, long LastEntryId, int Entries, IReadOnlyDictionary<string, decimal> Balances)
{
    /// <summary>True when the till saw an entry since the last close.</summary>
    public bool IsOpen => Entries > 0;
}

/// <summary>What a closed day's entries of an outlet add up to, grouped by the entries' task type, account kind and payment method.</summary>
public sealed record DayLineSum(string TaskType, AccountKind Kind, string? PaymentMethod, decimal Debits, decimal Credits, int Entries);

/// <summary>The sums of a span's entries of an outlet, and how many entries each task type posted.</summary>
public sealed record DaySums(IReadOnlyList<DayLineSum> Lines, IReadOnlyDictionary<string, int> EntriesByTask);

/// <summary>The fingerprint of an outlet's ledger in a span: the SHA-256 over its entries and lines in id order.</summary>
public sealed record LedgerDigest(string Hash, int Entries, int Lines);

/// <summary>
/// Shift and day closes as the ledger keeps them (the Closes module writes them, every money task is held to them):
/// a shift close marks the operator's till, so a task of a closed shift is known (<see cref="IsInClosedShiftAsync"/>:
/// cancel refused, reverse allowed); a closed day makes <see cref="ILedger.PostAsync"/> refuse every posting of that outlet
/// while the outlet's local day is the closed one (409 <c>ledger.dayClosed</c>). Writes join the caller's transaction.
/// </summary>
public interface ILedgerPeriods
{
    /// <summary>The operator's till at the outlet since their last shift close.</summary>
    Task<TillShift> ShiftAsync(Guid operatorId, Guid outletId, CancellationToken ct = default);

    /// <summary>The tills of the outlet with entries since their operator's last shift close (the open shifts).</summary>
    Task<IReadOnlyList<TillShift>> OpenShiftsAsync(Guid outletId, CancellationToken ct = default);

    /// <summary>Marks the operator's shift at the outlet closed up to <paramref name="lastEntryId"/> (saved with the caller's task).</summary>
    void MarkShiftClosed(Guid operatorId, Guid outletId, long lastEntryId, string taskId, DateTime at);

    /// <summary>True when the entry's operator has closed a shift at the entry's outlet that includes it.</summary>
    Task<bool> IsInClosedShiftAsync(long entryId, CancellationToken ct = default);

    /// <summary>True when the outlet's local day is closed.</summary>
    Task<bool> IsDayClosedAsync(Guid outletId, DateOnly day, CancellationToken ct = default);

    /// <summary>Closes the outlet's day (saved with the caller's task); postings of that outlet on that local day are refused from then on.</summary>
    void CloseDay(Guid outletId, DateOnly day, string taskId, DateTime at);

    /// <summary>Opens a closed day again (head office's reviewed reopening, in the caller's transaction): postings of that day are taken again.</summary>
    Task ReopenDayAsync(Guid outletId, DateOnly day, CancellationToken ct = default);

    /// <summary>The sums of the outlet's entries with <c>At</c> in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    Task<DaySums> SumsAsync(Guid outletId, DateTime fromUtc, DateTime toUtc, CancellationToken ct = default);

    /// <summary>The digest of the outlet's entries with <c>At</c> in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) and their lines.</summary>
    Task<LedgerDigest> DigestAsync(Guid outletId, DateTime fromUtc, DateTime toUtc, CancellationToken ct = default);
}
