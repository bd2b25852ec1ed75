using Admin.Kernel.Results;

namespace Admin.Modules.Ledger.Contracts;

/// <summary>
/// Names an account: kind, owner (an id of another module's thing, or <see cref="Guid.Empty"/> for the outlet's own
/// accounts), payment method (tills only) and the outlet the account belongs to. The account is created on first posting.
/// </summary>
public sealed record AccountRef(AccountKind Kind, Guid OwnerId, Guid OutletId, string? PaymentMethod = null)
{
    /// <summary>A customer's account (客户账户), kept at the customer's outlet.</summary>
    public static AccountRef Customer(Guid customerId, Guid outletId) => new(AccountKind.Customer, customerId, outletId);

    /// <summary>A card's account (卡账户).</summary>
    public static AccountRef Card(Guid cardId, Guid outletId) => new(AccountKind.Card, cardId, outletId);

    /// <summary>A card's purse as last known (电子钱包).</summary>
    public static AccountRef Purse(Guid cardId, Guid outletId) => new(AccountKind.Purse, cardId, outletId);

    /// <summary>The deposit held for a card (押金).</summary>
    public static AccountRef Deposit(Guid cardId, Guid outletId) => new(AccountKind.Deposit, cardId, outletId);

    /// <summary>A deposit held for a customer who has no card yet (a standalone fee collection's 押金).</summary>
    public static AccountRef CustomerDeposit(Guid customerId, Guid outletId) => new(AccountKind.CustomerDeposit, customerId, outletId);

    /// <summary>What a customer owes (应收款).</summary>
    public static AccountRef Receivable(Guid customerId, Guid outletId) => new(AccountKind.Receivable, customerId, outletId);

    /// <summary>An operator's till for one payment method (<see cref="ChartOfAccounts.TillMethods"/>).</summary>
    public static AccountRef Till(Guid operatorId, Guid outletId, string paymentMethod) => new(AccountKind.Till, operatorId, outletId, paymentMethod);

    /// <summary>An outlet's account of a kind without owner (fee income, cheques in clearing, settlement, suspense).</summary>
    public static AccountRef OfOutlet(AccountKind kind, Guid outletId) => new(kind, Guid.Empty, outletId);

    /// <summary>An operator's cash over and short (长短款).</summary>
    public static AccountRef OverShort(Guid operatorId, Guid outletId) => new(AccountKind.OverShort, operatorId, outletId);

    /// <summary>What the outlet holds for handover to head office, per payment method (待缴款项).</summary>
    public static AccountRef Handover(Guid outletId, string paymentMethod) => new(AccountKind.Handover, Guid.Empty, outletId, paymentMethod);

    /// <summary>A customer's refunds payable.</summary>
    public static AccountRef RefundsPayable(Guid customerId, Guid outletId) => new(AccountKind.RefundsPayable, customerId, outletId);
}

/// <summary>One line of a posting: an account and a signed amount in CNY, <b>debit positive, credit negative</b>.</summary>
public sealed record PostingLine(AccountRef Account, decimal Amount)
{
    /// <summary>A debit (increases a debit-side account such as a till, decreases a credit-side one such as a customer account).</summary>
    public static PostingLine Debit(AccountRef account, decimal amount) => new(account, amount);

    /// <summary>A credit (increases a credit-side account such as a customer account or fee income).</summary>
    public static PostingLine Credit(AccountRef account, decimal amount) => new(account, -amount);
}

/// <summary>
/// What a task posts: lines that sum to zero, tagged with the task (type and id, e.g. <c>Counter.FeeCollection</c> and the
/// collection's id), the outlet where it happened and a memo. <see cref="Corrects"/> names the entry a correction corrects.
/// </summary>
public sealed record Posting(string TaskType, string TaskId, Guid OutletId, string Memo, IReadOnlyList<PostingLine> Lines)
{
    /// <summary>The entry this one corrects, for a correcting entry.</summary>
    public long? Corrects { get; init; }

    /// <summary>What a person calls the task's document (a receipt number), at most 64 characters; shown beside the memo.</summary>
    public string? Reference { get; init; }
}

/// <summary>A written entry and the balances (account side) of its accounts after it.</summary>
public sealed record PostedEntry(long EntryId, IReadOnlyDictionary<AccountRef, decimal> BalancesAfter);

/// <summary>The balance (account side) of one owner's accounts of one kind, summed over outlets and payment methods.</summary>
public sealed record OwnerBalance(Guid OwnerId, AccountKind Kind, decimal Balance);

/// <summary>
/// The double-entry ledger every money-moving task posts to. Call it inside the task's transaction on the request's
/// <c>AdminDbContext</c> (run the task with the kernel's <c>TaskTransaction.RunAsync</c>): the balance checks run at once as
/// conditional updates and the entry is written at once, so the task, the entry, the balances and the audit record commit
/// together. A failure result means the task must not commit (<c>TaskTransaction</c> rolls it back).
/// </summary>
public interface ILedger
{
    /// <summary>
    /// Posts an entry. Refused (nothing changed once the transaction rolls back): lines that do not sum to zero, fewer than
    /// two lines, an amount of zero or with more than two decimals (400 <c>ledger.*</c>); a line that would take a
    /// never-negative account below zero (409 <c>ledger.insufficientFunds</c>, naming the account); an unknown corrected entry.
    /// </summary>
    Task<OperationResult<PostedEntry>> PostAsync(Posting posting, CancellationToken ct = default);

    /// <summary>Posts the exact opposite of an entry as a new entry that corrects it (the entry itself never changes).</summary>
    Task<OperationResult<PostedEntry>> ReverseAsync(long entryId, string taskType, string taskId, string memo, CancellationToken ct = default);

    /// <summary>An account's balance (account side), zero when it has never been posted to.</summary>
    Task<decimal> BalanceAsync(AccountRef account, CancellationToken ct = default);

    /// <summary>
    /// The balances of the given owners' accounts of the given kinds (e.g. a page of cards: card account, purse, deposit), one
    /// row per owner and kind that has an account; an owner or kind without an account has none (its balance is zero).
    /// Not scoped: the caller asks only for owners it may show.
    /// </summary>
    Task<IReadOnlyList<OwnerBalance>> BalancesOfAsync(IReadOnlyCollection<Guid> owners, IReadOnlyCollection<AccountKind> kinds, CancellationToken ct = default);
}

/// <summary>
/// One entry as an owner sees it (a customer's balance history): the change of the owner's position by the entry (credit
/// positive: money the network holds for the owner), the position after it, and the entry's task, memo and reference.
/// </summary>
public sealed record OwnerEntry(long EntryId, DateTime At, decimal Amount, decimal BalanceAfter, string TaskType, string TaskId, string Memo, string? Reference, string? OperatorLogin);

/// <summary>
/// Reads owners' money for other modules' screens (the ledger's own screens have their own queries). An owner's
/// <b>position</b> over some kinds is what the network holds for them there: Σ credit-side balances − Σ debit-side
/// balances of the owner's accounts of those kinds, in every outlet (a customer's balance: Customer − Receivable).
/// No outlet scope is applied: the caller shows only owners it found in its own scope.
/// </summary>
public interface ILedgerReader
{
    /// <summary>The position of each owner over <paramref name="kinds"/>; owners without accounts are absent (zero).</summary>
    Task<IReadOnlyDictionary<Guid, decimal>> PositionsAsync(IReadOnlyCollection<AccountKind> kinds, IReadOnlyCollection<Guid> owners, CancellationToken ct = default);

    /// <summary>
    /// The latest <paramref name="limit"/> entries that changed the owner's position over <paramref name="kinds"/>, newest
    /// first, with the position after each (entries that only move money between those kinds are left out).
    /// </summary>
    Task<IReadOnlyList<OwnerEntry>> HistoryAsync(IReadOnlyCollection<AccountKind> kinds, Guid owner, int limit, CancellationToken ct = default);
}
