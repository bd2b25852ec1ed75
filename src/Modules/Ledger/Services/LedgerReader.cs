using Admin.Kernel.Data;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Ledger.Services;

/// <summary>Owners' positions and histories from the cached balances and the lines (see <see cref="ILedgerReader"/>).</summary>
internal sealed class LedgerReader(AdminDbContext db) : ILedgerReader
{
    public async Task<IReadOnlyDictionary<Guid, decimal>> PositionsAsync(IReadOnlyCollection<AccountKind> kinds, IReadOnlyCollection<Guid> owners, CancellationToken ct = default)
    {
        if (owners.Count == 0 || kinds.Count == 0)
        {
            return new Dictionary<Guid, decimal>();
        }

        var kindList = kinds.Distinct().ToList();
        var ownerList = owners.Distinct().ToList();
        var credit = ChartOfAccounts.CreditKinds.ToList();
        var rows = await db.Set<LedgerAccount>().AsNoTracking()
            .Where(a => kindList.Contains(a.Kind) && ownerList.Contains(a.OwnerId))
            .Select(a => new { a.OwnerId, Position = credit.Contains(a.Kind) ? a.Balance : -a.Balance })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.OwnerId).ToDictionary(g => g.Key, g => Fen.ToCny(g.Sum(r => r.Position)));
    }

    public async Task<IReadOnlyList<OwnerEntry>> HistoryAsync(IReadOnlyCollection<AccountKind> kinds, Guid owner, int limit, CancellationToken ct = default)
    {
        var kindList = kinds.Distinct().ToList();
        var accounts = await db.Set<LedgerAccount>().AsNoTracking()
            .Where(a => a.OwnerId == owner && kindList.Contains(a.Kind)).Select(a => a.Id).ToListAsync(ct);
        if (accounts.Count == 0)
        {
            return [];
        }

        // Lines are debit positive: the owner's position moves by minus their sum.
        var changes = await db.Set<LedgerLine>().AsNoTracking()
            .Where(l => accounts.Contains(l.AccountId))
            .GroupBy(l => l.EntryId)
            .Select(g => new { EntryId = g.Key, Sum = g.Sum(l => l.Amount) })
            .ToListAsync(ct);
        var moved = changes.Where(c => c.Sum != 0).OrderBy(c => c.EntryId).ToList();
        var shownIds = moved.Skip(Math.Max(0, moved.Count - limit)).Select(c => c.EntryId).ToList();
        var entries = await db.Set<LedgerEntry>().AsNoTracking().Where(e => shownIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, ct);

        var history = new List<OwnerEntry>(shownIds.Count);
        long position = 0;
        foreach (var change in moved)
        {
            position -= change.Sum;
            if (entries.TryGetValue(change.EntryId, out var e))
            {
                history.Add(new OwnerEntry(e.Id, e.At, Fen.ToCny(-change.Sum), Fen.ToCny(position), e.TaskType, e.TaskId, e.Memo, e.Reference, e.OperatorLogin));
            }
        }

        history.Reverse();
        return history;
    }
}
