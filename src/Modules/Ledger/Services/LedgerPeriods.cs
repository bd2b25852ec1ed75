using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Admin.Kernel.Data;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Ledger.Services;

/// <summary>Shift marks and closed days (see <see cref="ILedgerPeriods"/>).</summary>
internal sealed class LedgerPeriods(AdminDbContext db) : ILedgerPeriods
{
    public async Task<TillShift> ShiftAsync(Guid operatorId, Guid outletId, CancellationToken ct = default)
    {
        var mark = await db.Set<LedgerShiftMark>().AsNoTracking().Where(m => m.OutletId == outletId && m.OperatorId == operatorId)
            .OrderByDescending(m => m.LastEntryId).Select(m => new { m.LastEntryId, m.At }).FirstOrDefaultAsync(ct);
        var tills = await db.Set<LedgerAccount>().AsNoTracking().Where(a => a.Kind == AccountKind.Till && a.OutletId == outletId && a.OwnerId == operatorId)
            .Select(a => new { a.Id, a.Method, a.Balance }).ToListAsync(ct);
        return await ShiftOfAsync(operatorId, outletId, mark?.LastEntryId ?? 0, mark?.At, tills.Select(t => (t.Id, t.Method, t.Balance)).ToList(), ct);
    }

    public async Task<IReadOnlyList<TillShift>> OpenShiftsAsync(Guid outletId, CancellationToken ct = default)
    {
        var marks = await db.Set<LedgerShiftMark>().AsNoTracking().Where(m => m.OutletId == outletId)
            .GroupBy(m => m.OperatorId).Select(g => new { OperatorId = g.Key, Last = g.Max(m => m.LastEntryId), At = g.Max(m => m.At) }).ToListAsync(ct);
        var tills = await db.Set<LedgerAccount>().AsNoTracking().Where(a => a.Kind == AccountKind.Till && a.OutletId == outletId)
            .Select(a => new { a.Id, a.OwnerId, a.Method, a.Balance }).ToListAsync(ct);
        var open = new List<TillShift>();
        foreach (var till in tills.GroupBy(t => t.OwnerId))
        {
            var mark = marks.FirstOrDefault(m => m.OperatorId == till.Key);
            var shift = await ShiftOfAsync(till.Key, outletId, mark?.Last ?? 0, mark?.At, till.Select(t => (t.Id, t.Method, t.Balance)).ToList(), ct);
            if (shift.IsOpen)
            {
                open.Add(shift);
            }
        }

        return open.OrderBy(s => s.FirstAt).ToList();
    }

    public void MarkShiftClosed(Guid operatorId, Guid outletId, long lastEntryId, string taskId, DateTime at) =>
        db.Add(new LedgerShiftMark { OperatorId = operatorId, OutletId = outletId, LastEntryId = lastEntryId, TaskId = taskId, At = at });

    public async Task<bool> IsInClosedShiftAsync(long entryId, CancellationToken ct = default)
    {
        var entry = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.Id == entryId).Select(e => new { e.OutletId, e.OperatorId }).FirstOrDefaultAsync(ct);
        return entry?.OperatorId is { } op
            && await db.Set<LedgerShiftMark>().AnyAsync(m => m.OutletId == entry.OutletId && m.OperatorId == op && m.LastEntryId >= entryId, ct);
    }

    public Task<bool> IsDayClosedAsync(Guid outletId, DateOnly day, CancellationToken ct = default) =>
        db.Set<LedgerClosedDay>().AnyAsync(d => d.OutletId == outletId && d.Day == day, ct);

    public void CloseDay(Guid outletId, DateOnly day, string taskId, DateTime at) =>
        db.Add(new LedgerClosedDay { OutletId = outletId, Day = day, TaskId = taskId, ClosedAt = at });

    public Task ReopenDayAsync(Guid outletId, DateOnly day, CancellationToken ct = default) =>
        db.Set<LedgerClosedDay>().Where(d => d.OutletId == outletId && d.Day == day).ExecuteDeleteAsync(ct);

    public async Task<DaySums> SumsAsync(Guid outletId, DateTime fromUtc, DateTime toUtc, CancellationToken ct = default)
    {
        var rows = await (
            from e in db.Set<LedgerEntry>().AsNoTracking()
            where e.OutletId == outletId && e.At >= fromUtc && e.At < toUtc
            from l in e.Lines
            join a in db.Set<LedgerAccount>() on l.AccountId equals a.Id
            select new { e.Id, e.TaskType, a.Kind, a.Method, l.Amount }).ToListAsync(ct);
        var lines = rows.GroupBy(r => (r.TaskType, r.Kind, r.Method))
            .Select(g => new DayLineSum(g.Key.TaskType, g.Key.Kind, g.Key.Method.Length == 0 ? null : g.Key.Method,
                Fen.ToCny(g.Where(r => r.Amount > 0).Sum(r => r.Amount)), Fen.ToCny(-g.Where(r => r.Amount < 0).Sum(r => r.Amount)), g.Select(r => r.Id).Distinct().Count()))
            .OrderBy(s => s.TaskType, StringComparer.Ordinal).ThenBy(s => s.Kind).ThenBy(s => s.PaymentMethod, StringComparer.Ordinal)
            .ToList();
        var byTask = rows.GroupBy(r => r.TaskType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.Id).Distinct().Count(), StringComparer.Ordinal);
        return new DaySums(lines, byTask);
    }

    public async Task<LedgerDigest> DigestAsync(Guid outletId, DateTime fromUtc, DateTime toUtc, CancellationToken ct = default)
    {
        var entries = await db.Set<LedgerEntry>().AsNoTracking().Include(e => e.Lines)
            .Where(e => e.OutletId == outletId && e.At >= fromUtc && e.At < toUtc).OrderBy(e => e.Id).AsSplitQuery().ToListAsync(ct);
        // One line of text per entry and per ledger line, every field that carries meaning: a change to any of them, an
        // entry or line added or taken away, changes the hash.
        var text = new StringBuilder();
        var lines = 0;
        foreach (var e in entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"E|{e.Id}|{e.TaskType}|{e.TaskId}|{e.OperatorId:N}|{e.OperatorLogin}|{e.At.Ticks}|{e.Memo}|{e.Reference}|{e.CorrectsEntryId}\n");
            foreach (var l in e.Lines.OrderBy(l => l.LineNo))
            {
                text.Append(CultureInfo.InvariantCulture, $"L|{l.Id}|{l.LineNo}|{l.AccountId}|{l.Amount}\n");
                lines++;
            }
        }

        return new LedgerDigest(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))), entries.Count, lines);
    }

    private async Task<TillShift> ShiftOfAsync(Guid operatorId, Guid outletId, long last, DateTime? since, List<(long Id, string Method, long Balance)> tills, CancellationToken ct)
    {
        var ids = tills.Select(t => t.Id).ToList();
        var after = await (
            from l in db.Set<LedgerLine>().AsNoTracking()
            where ids.Contains(l.AccountId) && l.EntryId > last
            join e in db.Set<LedgerEntry>() on l.EntryId equals e.Id
            select new { e.Id, e.At, e.OperatorLogin }).Distinct().ToListAsync(ct);
        var first = after.OrderBy(e => e.Id).FirstOrDefault();
        return new TillShift(operatorId, outletId, first?.OperatorLogin, since, first?.At, after.Count == 0 ? last : after.Max(e => e.Id), after.Count,
            tills.Where(t => t.Method.Length > 0).ToDictionary(t => t.Method, t => Fen.ToCny(t.Balance)));
    }
}
