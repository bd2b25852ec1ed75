using Admin.Kernel.Data;
using Admin.Kernel.Time;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Ledger.Services;

/// <summary>The abnormal-entry check's reading of the ledger (<see cref="ILedgerChecks"/>).</summary>
internal sealed class LedgerChecks(AdminDbContext db, LedgerVerifier verifier, LocalClock local) : ILedgerChecks
{
    public async Task<IReadOnlyList<LedgerCheckFinding>> VerifyAsync(CancellationToken ct = default) =>
        (await verifier.VerifyAsync(ct)).Findings.Select(f => new LedgerCheckFinding(f.Code, f.Message, f.Args, f.AccountId, f.EntryId)).ToList();

    public async Task<IReadOnlyList<LateEntry>> EntriesAfterCloseAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default)
    {
        var entries = db.Set<LedgerEntry>().AsNoTracking().Where(e => e.At >= fromUtc && e.At < toUtc);
        // A shift mark holds every entry of the operator's till at the outlet up to its id; one dated after the mark was
        // written while (or after) the shift closed. Entries up to the previous mark belong to the earlier shift. The close's
        // own entry (same task) is posted a moment after the instant the close records, and is no late task; nor is the
        // daily close's handover.
        var marks = db.Set<LedgerShiftMark>().AsNoTracking();
        var shiftLate = await (from e in entries
                               from m in marks
                               where m.OutletId == e.OutletId && m.OperatorId == e.OperatorId && e.Id <= m.LastEntryId && e.At > m.At && e.TaskId != m.TaskId
                                     && !marks.Any(p => p.OutletId == m.OutletId && p.OperatorId == m.OperatorId && p.LastEntryId < m.LastEntryId && p.LastEntryId >= e.Id)
                               orderby e.Id
                               select new LateEntry(e.Id, e.At, e.OutletId, e.TaskType, e.TaskId, e.OperatorLogin, e.Reference, "Shift", m.At)).Take(1000).ToListAsync(ct);

        var offset = await local.OffsetAsync(ct);
        var fromDay = LocalClock.DayOf(fromUtc, offset).AddDays(-1);
        var toDay = LocalClock.DayOf(toUtc, offset);
        var closed = await db.Set<LedgerClosedDay>().AsNoTracking().Where(d => d.Day >= fromDay && d.Day <= toDay).ToListAsync(ct);
        var dayLate = new List<LateEntry>();
        foreach (var day in closed)
        {
            var end = LocalClock.EndUtc(day.Day, offset);
            dayLate.AddRange(await entries.Where(e => e.OutletId == day.OutletId && e.At > day.ClosedAt && e.At < end && e.TaskId != day.TaskId).OrderBy(e => e.Id).Take(1000)
                .Select(e => new LateEntry(e.Id, e.At, e.OutletId, e.TaskType, e.TaskId, e.OperatorLogin, e.Reference, "Day", day.ClosedAt)).ToListAsync(ct));
        }

        return [.. shiftLate, .. dayLate];
    }

    public async Task<IReadOnlyList<UnclosedDay>> UnclosedDaysAsync(DateOnly fromDay, DateOnly toDay, CancellationToken ct = default)
    {
        var offset = await local.OffsetAsync(ct);
        var found = new List<UnclosedDay>();
        for (var day = fromDay; day <= toDay; day = day.AddDays(1))
        {
            var (start, end) = (LocalClock.StartUtc(day, offset), LocalClock.EndUtc(day, offset));
            var d = day;
            var open = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.At >= start && e.At < end)
                .Where(e => !db.Set<LedgerClosedDay>().Any(c => c.OutletId == e.OutletId && c.Day == d))
                .GroupBy(e => e.OutletId).Select(g => new { OutletId = g.Key, FirstAt = g.Min(e => e.At) }).ToListAsync(ct);
            found.AddRange(open.Select(o => new UnclosedDay(o.OutletId, day, o.FirstAt)));
        }

        return found;
    }

    public async Task<IReadOnlyList<KindLine>> LinesAsync(AccountKind kind, DateTime fromUtc, DateTime toUtc, int limit = 10_000, CancellationToken ct = default)
    {
        var rows = await (from l in db.Set<LedgerLine>().AsNoTracking()
                          join a in db.Set<LedgerAccount>().AsNoTracking() on l.AccountId equals a.Id
                          join e in db.Set<LedgerEntry>().AsNoTracking() on l.EntryId equals e.Id
                          where a.Kind == kind && e.At >= fromUtc && e.At < toUtc
                          orderby l.Id
                          select new { e.Id, e.At, e.OutletId, e.TaskType, e.TaskId, e.OperatorLogin, e.Reference, a.OwnerId, AccountOutlet = a.OutletId, l.Amount }).Take(limit).ToListAsync(ct);
        return rows.Select(r => new KindLine(r.Id, r.At, r.OutletId, r.TaskType, r.TaskId, r.OperatorLogin, r.Reference, kind, r.OwnerId, r.AccountOutlet, Fen.ToCny(r.Amount))).ToList();
    }
}
