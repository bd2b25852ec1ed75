namespace Admin.Modules.Closes.Contracts;

/// <summary>A shift close whose count differed from the ledger: the close, its operator, the day and the net difference (over positive).</summary>
public sealed record ShiftDifferenceFact(Guid Id, string Number, Guid OutletId, string OutletCode, string OperatorLogin, DateOnly Day, DateTime ClosedAt, decimal Difference, string? ReviewerLogin);

/// <summary>A daily close: the outlet, its local day and when it was closed.</summary>
public sealed record DayCloseFact(Guid Id, Guid OutletId, string OutletCode, DateOnly Day, DateTime ClosedAt);

/// <summary>
/// Read-only facts of the closes for other modules (the abnormal-entry check): till differences and the daily closes made
/// after an instant, so a module can act on each day closed without the Closes module knowing it. Not outlet-scoped.
/// </summary>
public interface ICloseFacts
{
    /// <summary>Shift closes with a difference, closed in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    Task<IReadOnlyList<ShiftDifferenceFact>> ShiftDifferencesAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default);

    /// <summary>Daily closes made after <paramref name="afterUtc"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<DayCloseFact>> DaysClosedAfterAsync(DateTime afterUtc, int limit = 500, CancellationToken ct = default);

    /// <summary>How many local days of [<paramref name="from"/>, <paramref name="to"/>] each outlet has closed (outlets with none left out).</summary>
    Task<IReadOnlyDictionary<Guid, int>> ClosedDayCountsAsync(DateOnly from, DateOnly to, CancellationToken ct = default);
}
