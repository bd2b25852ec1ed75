using Admin.Kernel.Data;
using Admin.Modules.Closes.Contracts;
using Admin.Modules.Closes.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Closes.Services;

/// <summary>The closes' facts for other modules (<see cref="ICloseFacts"/>).</summary>
internal sealed class CloseFactsReader(AdminDbContext db) : ICloseFacts
{
    public async Task<IReadOnlyList<ShiftDifferenceFact>> ShiftDifferencesAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default) =>
        await db.Set<ShiftClose>().AsNoTracking().Where(s => s.ClosedAt >= fromUtc && s.ClosedAt < toUtc && s.Difference != 0).OrderBy(s => s.ClosedAt).Take(10_000)
            .Select(s => new ShiftDifferenceFact(s.Id, s.Number, s.OutletId, s.OutletCode, s.OperatorLogin, s.Day, s.ClosedAt, s.Difference, s.ReviewerLogin)).ToListAsync(ct);

    public async Task<IReadOnlyList<DayCloseFact>> DaysClosedAfterAsync(DateTime afterUtc, int limit = 500, CancellationToken ct = default) =>
        await db.Set<DayClose>().AsNoTracking().Where(d => d.ClosedAt > afterUtc).OrderBy(d => d.ClosedAt).Take(limit)
            .Select(d => new DayCloseFact(d.Id, d.OutletId, d.OutletCode, d.Day, d.ClosedAt)).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, int>> ClosedDayCountsAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        await db.Set<DayClose>().AsNoTracking().Where(d => d.Day >= from && d.Day <= to).GroupBy(d => d.OutletId)
            .Select(g => new { OutletId = g.Key, Days = g.Count() }).ToDictionaryAsync(g => g.OutletId, g => g.Days, ct);
}
