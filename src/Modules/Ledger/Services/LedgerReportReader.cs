using Admin.Kernel.Data;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Ledger.Services;

/// <summary>The reports' reads (see <see cref="ILedgerReportData"/>): grouped in SQL, so a month of a network is a few result rows.</summary>
internal sealed class LedgerReportReader(AdminDbContext db) : ILedgerReportData
{
    private const string ClosesPrefix = "Closes.";

    public async Task<IReadOnlyList<TillTakingsRow>> TillTakingsAsync(Guid? outletId, DateTime fromUtc, DateTime toUtc, CancellationToken ct = default)
    {
        var lines = TillLines(outletId, fromUtc, toUtc);
        // Two grouped reads: all entries (split by "is a correction"), then those corrected by a later entry; the second is
        // taken out of the first's standing entries, so no per-entry rows cross the wire.
        var all = await lines.GroupBy(x => new { x.OutletId, x.TaskType, x.Method, Correction = x.CorrectsEntryId != null })
            .Select(g => new { g.Key.OutletId, g.Key.TaskType, g.Key.Method, g.Key.Correction, Entries = g.Select(x => x.EntryId).Distinct().Count(), Amount = g.Sum(x => x.Amount) })
            .ToListAsync(ct);
        var corrected = await lines.Where(x => x.CorrectsEntryId == null && db.Set<LedgerEntry>().Any(c => c.CorrectsEntryId == x.EntryId))
            .GroupBy(x => new { x.OutletId, x.TaskType, x.Method })
            .Select(g => new { g.Key.OutletId, g.Key.TaskType, g.Key.Method, Entries = g.Select(x => x.EntryId).Distinct().Count(), Amount = g.Sum(x => x.Amount) })
            .ToListAsync(ct);
        var rows = new List<TillTakingsRow>();
        foreach (var g in all)
        {
            if (g.Correction)
            {
                rows.Add(new TillTakingsRow(g.OutletId, g.TaskType, g.Method, EntryStatuses.Correction, g.Entries, Fen.ToCny(g.Amount)));
                continue;
            }

            var c = corrected.FirstOrDefault(x => x.OutletId == g.OutletId && x.TaskType == g.TaskType && x.Method == g.Method);
            if (g.Entries - (c?.Entries ?? 0) > 0)
            {
                rows.Add(new TillTakingsRow(g.OutletId, g.TaskType, g.Method, EntryStatuses.Succeeded, g.Entries - (c?.Entries ?? 0), Fen.ToCny(g.Amount - (c?.Amount ?? 0))));
            }

            if (c is not null)
            {
                rows.Add(new TillTakingsRow(g.OutletId, g.TaskType, g.Method, EntryStatuses.Corrected, c.Entries, Fen.ToCny(c.Amount)));
            }
        }

        return rows;
    }

    public async Task<IReadOnlyList<TillEntryRow>> TillEntriesAsync(
        Guid outletId, DateTime fromUtc, DateTime toUtc, string? taskType, string? paymentMethod, int limit, CancellationToken ct = default)
    {
        var lines = TillLines(outletId, fromUtc, toUtc);
        if (!string.IsNullOrEmpty(taskType))
        {
            lines = lines.Where(x => x.TaskType == taskType);
        }

        if (!string.IsNullOrEmpty(paymentMethod))
        {
            lines = lines.Where(x => x.Method == paymentMethod);
        }

        var rows = await lines.GroupBy(x => new { x.EntryId, x.Method })
            .Select(g => new { g.Key.EntryId, g.Key.Method, Amount = g.Sum(x => x.Amount) })
            .OrderBy(x => x.EntryId).Take(limit).ToListAsync(ct);
        var ids = rows.Select(r => r.EntryId).Distinct().ToList();
        var entries = await db.Set<LedgerEntry>().AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.OutletId, e.At, e.TaskType, e.TaskId, e.Reference, e.OperatorLogin, e.CorrectsEntryId, e.Memo }).ToDictionaryAsync(e => e.Id, ct);
        var correctedIds = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.CorrectsEntryId != null && ids.Contains(e.CorrectsEntryId.Value))
            .Select(e => e.CorrectsEntryId!.Value).ToListAsync(ct);
        return rows.Select(r =>
        {
            var e = entries[r.EntryId];
            var status = e.CorrectsEntryId is not null ? EntryStatuses.Correction : correctedIds.Contains(e.Id) ? EntryStatuses.Corrected : EntryStatuses.Succeeded;
            return new TillEntryRow(e.Id, e.OutletId, e.At, e.TaskType, e.TaskId, e.Reference, e.OperatorLogin, r.Method, status, Fen.ToCny(r.Amount), e.Memo);
        }).ToList();
    }

    public async Task<IReadOnlyList<BalanceAsOfRow>> BalancesAsOfAsync(IReadOnlyCollection<AccountKind> kinds, DateTime beforeUtc, Guid? outletId, CancellationToken ct = default)
    {
        var kindList = kinds.ToList();
        var accounts = db.Set<LedgerAccount>().AsNoTracking().Where(a => kindList.Contains(a.Kind));
        if (outletId is { } o)
        {
            accounts = accounts.Where(a => a.OutletId == o);
        }

        var sums = await (
            from a in accounts
            join l in db.Set<LedgerLine>() on a.Id equals l.AccountId
            join e in db.Set<LedgerEntry>() on l.EntryId equals e.Id
            where e.At < beforeUtc
            group l.Amount by new { a.OutletId, a.Kind, a.OwnerId } into g
            select new { g.Key.OutletId, g.Key.Kind, g.Key.OwnerId, Amount = g.Sum() }).ToListAsync(ct);
        return sums.Where(s => s.Amount != 0)
            .Select(s => new BalanceAsOfRow(s.OutletId, s.Kind, s.OwnerId, Fen.ToCny(s.Amount * ChartOfAccounts.Of(s.Kind).Sign))).ToList();
    }

    private IQueryable<TillLine> TillLines(Guid? outletId, DateTime fromUtc, DateTime toUtc)
    {
        var entries = db.Set<LedgerEntry>().AsNoTracking().Where(e => e.At >= fromUtc && e.At < toUtc && !e.TaskType.StartsWith(ClosesPrefix));
        if (outletId is { } o)
        {
            entries = entries.Where(e => e.OutletId == o);
        }

        return from e in entries
               from l in e.Lines
               join a in db.Set<LedgerAccount>() on l.AccountId equals a.Id
               where a.Kind == AccountKind.Till
               select new TillLine { EntryId = e.Id, OutletId = e.OutletId, TaskType = e.TaskType, Method = a.Method, CorrectsEntryId = e.CorrectsEntryId, Amount = l.Amount };
    }

    private sealed class TillLine
    {
        public long EntryId { get; init; }
        public Guid OutletId { get; init; }
        public string TaskType { get; init; } = "";
        public string Method { get; init; } = "";
        public long? CorrectsEntryId { get; init; }
        public long Amount { get; init; }
    }
}
