namespace Admin.Modules.Ledger.Contracts;

/// <summary>How an entry stands for a reconciliation: posted and standing, corrected later (cancelled or reversed), or itself a correction.</summary>
public static class EntryStatuses
{
    public const string Succeeded = "Succeeded";
    public const string Corrected = "Corrected";
    public const string Correction = "Correction";

    public static readonly IReadOnlyList<string> All = [Succeeded, Corrected, Correction];
}

/// <summary>What the tills of one outlet took in a span for one task type, payment method and status: entries and net amount (in less out).</summary>
public sealed record TillTakingsRow(Guid OutletId, string TaskType, string PaymentMethod, string Status, int Entries, decimal Amount);

/// <summary>One entry behind a reconciliation figure (the drill-down to the receipt).</summary>
public sealed record TillEntryRow(long EntryId, Guid OutletId, DateTime At, string TaskType, string TaskId, string? Reference, string? OperatorLogin, string PaymentMethod, string Status, decimal Amount, string Memo);

/// <summary>An account's balance as of an instant (on its own side, as the ledger shows balances), with the account's outlet and owner.</summary>
public sealed record BalanceAsOfRow(Guid OutletId, AccountKind Kind, Guid OwnerId, decimal Balance);

/// <summary>
/// What the period reports read from the ledger (the Reports module): sums over spans without loading entries, the entries
/// behind a figure, and balances as of an instant from the lines (not the cached balances, which are only "now").
/// </summary>
public interface ILedgerReportData
{
    /// <summary>
    /// The till movements of entries with <c>At</c> in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) (of one outlet when given),
    /// grouped by outlet, task type, payment method and status; closes (<c>Closes.*</c>, which empty the tills) left out.
    /// </summary>
    Task<IReadOnlyList<TillTakingsRow>> TillTakingsAsync(Guid? outletId, DateTime fromUtc, DateTime toUtc, CancellationToken ct = default);

    /// <summary>The entries behind one figure of <see cref="TillTakingsAsync"/> (at most <paramref name="limit"/>, in id order).</summary>
    Task<IReadOnlyList<TillEntryRow>> TillEntriesAsync(Guid outletId, DateTime fromUtc, DateTime toUtc, string? taskType, string? paymentMethod, int limit, CancellationToken ct = default);

    /// <summary>Balances of the accounts of <paramref name="kinds"/> from the lines of entries before <paramref name="beforeUtc"/> (of one outlet when given); zero balances left out.</summary>
    Task<IReadOnlyList<BalanceAsOfRow>> BalancesAsOfAsync(IReadOnlyCollection<AccountKind> kinds, DateTime beforeUtc, Guid? outletId, CancellationToken ct = default);
}
