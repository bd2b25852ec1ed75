using System.Globalization;
using System.Runtime.CompilerServices;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Modules.Stations.Contracts;
using Admin.Modules.Stations.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Stations.Services;

/// <summary>The card's station records (3.14), newest first by (time, id), keyset-paged on the index (card, time, id).</summary>
internal sealed class CardTransactionsQuery(AdminDbContext db) : ICardTransactions
{
    public async Task<(IReadOnlyList<CardStationTransaction> Items, string? Next)> PageAsync(Guid cardId, DateTime fromUtc, DateTime toUtc, string? after, int limit, CancellationToken ct = default)
    {
        limit = Math.Clamp(limit, 1, Keyset.MaxLimit);
        var query = Range(cardId, fromUtc, toUtc);
        if (Keyset.Decode(after, 2) is [var at, var id]
            && long.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks
            && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var lastId))
        {
            var lastAt = new DateTime(ticks, DateTimeKind.Utc);
            query = query.Where(r => r.At < lastAt || (r.At == lastAt && r.Id < lastId));
        }

        var rows = (await (from r in query.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Take(limit + 1)
                           join t in db.Set<Terminal>() on r.TerminalId equals t.Id
                           select new { Record = r, t.StationCode, t.StationName, t.TerminalId }).ToListAsync(ct))
            .OrderByDescending(x => x.Record.At).ThenByDescending(x => x.Record.Id)
            .Select(x => new CardStationTransaction(x.Record.Id, x.StationCode, x.StationName, x.TerminalId, x.Record.Sequence, x.Record.At, x.Record.Product,
                x.Record.Quantity, x.Record.Amount, x.Record.BalanceAfter, x.Record.Grey, x.Record.Status.ToString(), x.Record.Problem))
            .ToList();
        var next = rows.Count > limit
            ? Keyset.Encode(rows[limit - 1].At.Ticks.ToString(CultureInfo.InvariantCulture), rows[limit - 1].Id.ToString(CultureInfo.InvariantCulture))
            : null;
        return (rows.Take(limit).ToList(), next);
    }

    public async IAsyncEnumerable<CardStationTransaction> AllAsync(Guid cardId, DateTime fromUtc, DateTime toUtc, [EnumeratorCancellation] CancellationToken ct = default)
    {
        string? after = null;
        do
        {
            var (items, next) = await PageAsync(cardId, fromUtc, toUtc, after, Keyset.MaxLimit, ct);
            foreach (var item in items)
            {
                yield return item;
            }

            after = next;
        }
        while (after is not null);
    }

    private IQueryable<StationRecord> Range(Guid cardId, DateTime fromUtc, DateTime toUtc) =>
        db.Set<StationRecord>().AsNoTracking().Where(r => r.CardId == cardId && r.At >= fromUtc && r.At < toUtc);
}

/// <summary>Open sequence gaps and records not posted, for the abnormal-journal checks.</summary>
internal sealed class StationRecordChecks(AdminDbContext db) : IStationRecordChecks
{
    public async Task<IReadOnlyList<StationFinding>> FindingsAsync(DateTime sinceUtc, int limit, CancellationToken ct = default)
    {
        limit = Math.Clamp(limit, 1, 1000);
        var gaps = await (from g in db.Set<TerminalGap>().AsNoTracking()
                          join t in db.Set<Terminal>() on g.TerminalId equals t.Id
                          where g.FilledAt == null && g.FoundAt >= sinceUtc
                          orderby g.FoundAt
                          select new StationFinding("gap", t.TerminalId, t.StationCode, g.From, g.To, null, null, null, g.FoundAt)).Take(limit).ToListAsync(ct);
        var exceptions = await (from r in db.Set<StationRecord>().AsNoTracking()
                                join t in db.Set<Terminal>() on r.TerminalId equals t.Id
                                where r.Status == StationRecordStatus.Exception && r.ReceivedAt >= sinceUtc
                                orderby r.ReceivedAt
                                select new StationFinding("exception", t.TerminalId, t.StationCode, r.Sequence, r.Sequence, r.CardNumber, r.Amount, r.Problem, r.ReceivedAt))
            .Take(limit).ToListAsync(ct);
        return gaps.Concat(exceptions).OrderBy(f => f.At).Take(limit).ToList();
    }
}
