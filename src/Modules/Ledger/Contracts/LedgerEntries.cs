namespace Admin.Modules.Ledger.Contracts;

/// <summary>An entry's header as other modules see it: its task (type and id), the outlet where it happened, what it corrects.</summary>
public sealed record EntryInfo(long Id, string TaskType, string TaskId, Guid OutletId, long? Corrects);

/// <summary>
/// Finds an entry's header, for a module that corrects entries by id (<c>POST /api/entries/{id}/reverse</c>) and must tell
/// its own tasks' entries from others'. Not scoped: the caller answers 404 for an outlet it may not see.
/// </summary>
public interface ILedgerEntries
{
    /// <summary>The entry, or null.</summary>
    Task<EntryInfo?> FindAsync(long entryId, CancellationToken ct = default);
}
