using Admin.Kernel.Data;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Ledger.Services;

/// <summary>Entry headers for other modules (<see cref="ILedgerEntries"/>).</summary>
internal sealed class LedgerEntryDirectory(AdminDbContext db) : ILedgerEntries
{
    public Task<EntryInfo?> FindAsync(long entryId, CancellationToken ct = default) =>
        db.Set<LedgerEntry>().AsNoTracking().Where(e => e.Id == entryId)
            .Select(e => (EntryInfo?)new EntryInfo(e.Id, e.TaskType, e.TaskId, e.OutletId, e.CorrectsEntryId)).FirstOrDefaultAsync(ct);
}
