using Admin.Kernel.Paging;
using Admin.Kernel.Results;

namespace Admin.Modules.Ledger.Contracts;

/// <summary>
/// One line of an owner's account as the owner's screens show it: the account kind, the change on the account's own side
/// (positive: the balance grew), the entry's instant, task, memo, reference and operator.
/// </summary>
public sealed record OwnerLine(long LineId, long EntryId, AccountKind Kind, decimal Change, DateTime At, string TaskType, string TaskId, string Memo, string? Reference, string? OperatorLogin, long? CorrectsEntryId);

/// <summary>
/// Reads the lines of an owner's accounts of some kinds (a card's card account and purse), newest first, keyset-paged, for another
/// module's screens. No outlet scope is applied: the caller shows only owners it found in its own scope.
/// </summary>
public interface ILedgerOwnerLines
{
    /// <summary>The lines, newest first; <paramref name="after"/> is the cursor of the previous page (400 <c>paging.badCursor</c> when malformed).</summary>
    Task<OperationResult<Page<OwnerLine>>> LinesAsync(Guid owner, IReadOnlyCollection<AccountKind> kinds, string? after, int? limit, CancellationToken ct = default);
}
