using Admin.Kernel.Data;
using Admin.Modules.Reviews.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Reviews.Services;

/// <summary>Why a record broke its outlet's chain.</summary>
public sealed record ChainFailure(long? RecordId, long Sequence, string Problem, params object[] Args)
{
    /// <summary>The problem with its arguments, untranslated.</summary>
    public override string ToString() => string.Format(System.Globalization.CultureInfo.InvariantCulture, Problem, Args);
}

/// <summary>One outlet's chain as verified: its length, head hash and the first failure, if any.</summary>
public sealed record OutletChain(Guid OutletId, string OutletCode, long Count, string HeadHash, ChainFailure? Failure)
{
    public bool Intact => Failure is null;
}

/// <summary>A chain head an auditor kept: the outlet's code, a sequence number and that record's hash.</summary>
public sealed record KeptHead(string OutletCode, long Sequence, string Hash)
{
    /// <summary>Reads <c>outletCode:sequence:hash</c> entries separated by commas or whitespace; null when one is unreadable.</summary>
    public static IReadOnlyList<KeptHead>? ParseList(string? text)
    {
        var heads = new List<KeptHead>();
        foreach (var entry in (text ?? "").Split([',', ' ', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split(':');
            if (parts is not [var code, var seq, var hash] || !Outlets.Contracts.OutletCodes.IsValid(code)
                || !long.TryParse(seq, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sequence) || sequence < 1
                || hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
            {
                return null;
            }

            heads.Add(new KeptHead(code, sequence, hash.ToLowerInvariant()));
        }

        return heads.Count > 200 ? null : heads;
    }
}

/// <summary>The verdict over every chain.</summary>
public sealed record ChainVerification(DateTime VerifiedAt, IReadOnlyList<OutletChain> Outlets)
{
    public bool Intact => Outlets.All(o => o.Intact);
}

/// <summary>
/// The authorisation log's hash chains: appends (serialised per outlet by bumping the outlet's chain-head row inside the
/// caller's transaction, which holds the row's lock until commit) and verification. There is no update or delete path.
/// </summary>
public sealed class AuthorisationChain(AdminDbContext db, TimeProvider clock)
{
    private sealed record HeadRow(long Sequence, string Hash);

    /// <summary>
    /// Gives the record the next sequence number and the previous hash of its outlet's chain, computes its hash and adds it
    /// to the context. Must run inside a transaction: the caller's SaveChanges and commit store record and head together.
    /// </summary>
    public async Task AppendAsync(Authorisation record, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Authorisation records are appended inside the task's transaction (BeginTransactionAsync first).");
        }

        var outlet = record.OutletId;
        var genesis = Authorisation.Genesis;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Reviews_ChainHeads" ("OutletId", "Sequence", "Hash") VALUES ({outlet}, 0, {genesis})
            ON CONFLICT ("OutletId") DO NOTHING
            """, ct);

        // The UPDATE takes the head row's lock (PostgreSQL) or the database's write lock (SQLite) until the transaction
        // ends: a second append at the same outlet waits here and then reads the head this one leaves.
        var head = (await db.Database.SqlQuery<HeadRow>($"""
            UPDATE "Reviews_ChainHeads" SET "Sequence" = "Sequence" + 1 WHERE "OutletId" = {outlet}
            RETURNING "Sequence", "Hash"
            """).ToListAsync(ct)).Single();

        record.Sequence = head.Sequence;
        record.PreviousHash = head.Hash.Trim();
        record.OccurredAt = Authorisation.Truncate(record.OccurredAt == default ? clock.GetUtcNow().UtcDateTime : record.OccurredAt);
        record.RequestedAt = record.RequestedAt is { } requested ? Authorisation.Truncate(requested) : null;
        record.Hash = record.ComputeHash();
        var hash = record.Hash;
        var sequence = record.Sequence;
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "Reviews_ChainHeads" SET "Hash" = {hash} WHERE "OutletId" = {outlet} AND "Sequence" = {sequence}
            """, ct);
        db.Add(record);
    }

    /// <summary>
    /// Walks every outlet's chain from its first record to its head. <paramref name="keptHeads"/> are heads an auditor kept
    /// from an earlier verification or export (outlet code, sequence, hash): each must still be in its chain, unchanged.
    /// </summary>
    public async Task<ChainVerification> VerifyAsync(CancellationToken ct, IReadOnlyList<KeptHead>? keptHeads = null)
    {
        var heads = await db.Set<ChainHead>().AsNoTracking().ToDictionaryAsync(h => h.OutletId, ct);
        var outlets = await db.Set<Authorisation>().AsNoTracking()
            .GroupBy(a => a.OutletId).Select(g => new { OutletId = g.Key, Code = g.Max(a => a.OutletCode) }).ToListAsync(ct);
        var codes = outlets.ToDictionary(o => o.OutletId, o => o.Code);
        var results = new List<OutletChain>();
        foreach (var outletId in heads.Keys.Union(codes.Keys).Distinct())
        {
            results.Add(await VerifyOutletAsync(outletId, codes.GetValueOrDefault(outletId) ?? "", heads.GetValueOrDefault(outletId), ct));
        }

        foreach (var kept in keptHeads ?? [])
        {
            var index = results.FindIndex(r => r.OutletCode == kept.OutletCode);
            if (index >= 0 && results[index].Failure is not null)
            {
                continue;
            }

            var stored = await db.Set<Authorisation>().AsNoTracking()
                .Where(a => a.OutletCode == kept.OutletCode && a.Sequence == kept.Sequence).Select(a => new { a.Id, a.Hash }).FirstOrDefaultAsync(ct);
            var failure = stored is null
                ? new ChainFailure(null, kept.Sequence, "Record {0}, whose hash you kept, is gone: the chain was truncated or rewritten.", kept.Sequence)
                : !string.Equals(stored.Hash.Trim(), kept.Hash, StringComparison.OrdinalIgnoreCase)
                    ? new ChainFailure(stored.Id, kept.Sequence, "Record {0} no longer has the hash you kept: the chain was rewritten.", kept.Sequence)
                    : null;
            if (failure is not null)
            {
                if (index >= 0)
                {
                    results[index] = results[index] with { Failure = failure };
                }
                else
                {
                    results.Add(new OutletChain(Guid.Empty, kept.OutletCode, 0, Authorisation.Genesis, failure));
                }
            }
        }

        return new ChainVerification(clock.GetUtcNow().UtcDateTime, results.OrderBy(r => r.OutletCode, StringComparer.Ordinal).ToList());
    }

    /// <summary>The head (count and hash) of every outlet's chain as stored now, by outlet code.</summary>
    public async Task<IReadOnlyList<(string OutletCode, long Sequence, string Hash)>> HeadsAsync(CancellationToken ct)
    {
        var heads = await db.Set<ChainHead>().AsNoTracking().ToListAsync(ct);
        var codes = await db.Set<Authorisation>().AsNoTracking().GroupBy(a => a.OutletId)
            .Select(g => new { g.Key, Code = g.Max(a => a.OutletCode) }).ToDictionaryAsync(x => x.Key, x => x.Code, ct);
        return heads.Select(h => (codes.GetValueOrDefault(h.OutletId) ?? h.OutletId.ToString(), h.Sequence, h.Hash.Trim()))
            .OrderBy(h => h.Item1, StringComparer.Ordinal).ToList();
    }

    private async Task<OutletChain> VerifyOutletAsync(Guid outletId, string code, ChainHead? head, CancellationToken ct)
    {
        var expected = 1L;
        var previous = Authorisation.Genesis;
        ChainFailure? failure = null;
        await foreach (var record in db.Set<Authorisation>().AsNoTracking().Where(a => a.OutletId == outletId)
                           .OrderBy(a => a.Sequence).ThenBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (failure is null)
            {
                failure = record.Sequence != expected
                    ? new ChainFailure(record.Id, record.Sequence, record.Sequence < expected
                        ? "Sequence number {0} appears twice."
                        : "Records {0} to {1} are missing.", record.Sequence < expected ? [record.Sequence] : [expected, record.Sequence - 1])
                    : record.PreviousHash.Trim() != previous
                        ? new ChainFailure(record.Id, record.Sequence, "The previous hash does not match the record before.")
                        : record.ComputeHash() != record.Hash.Trim()
                            ? new ChainFailure(record.Id, record.Sequence, "The record's content does not match its hash: it was changed.")
                            : null;
            }

            previous = record.Hash.Trim();
            expected = Math.Max(expected, record.Sequence) + 1;
        }

        var count = expected - 1;
        if (failure is null && (head is null || head.Sequence != count || head.Hash.Trim() != previous))
        {
            failure = head is null
                ? new ChainFailure(null, count, "The outlet has records but no chain head.")
                : head.Sequence > count
                    ? new ChainFailure(null, count + 1, "The chain head says {0} records, only {1} are left: the tail was removed.", head.Sequence, count)
                    : head.Sequence < count
                        ? new ChainFailure(null, count, "There are records after the chain head ({0}): they were inserted.", head.Sequence)
                        : new ChainFailure(null, count, "The last record's hash differs from the chain head.");
        }

        return new OutletChain(outletId, code, count, previous, failure);
    }
}
