using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Stations.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Stations.Services;

/// <summary>A record of the batch that was not posted, and why (<c>Grey</c>, <c>unknownCard</c>, <c>purseShort</c>).</summary>
public sealed record RecordNote(long Sequence, string Status, string? Problem);

/// <summary>What became of a batch: counts, the sequence gaps it revealed, the records not posted. A replayed batch answers its first answer's counts.</summary>
public sealed record BatchOutcome(
    Guid Batch, string Terminal, string BatchNo, bool Replayed, int Records, int Posted, int Duplicates, int Grey, int Exceptions,
    IReadOnlyList<(long From, long To)> Gaps, IReadOnlyList<RecordNote> NotPosted);

/// <summary>
/// Takes a gateway's signed batch for one terminal: the whole batch or nothing. Checks the terminal, the signature over the canonical
/// body, completeness and every record; a batch number sent again with the same body is acknowledged without running again, with
/// another body refused. In one transaction: the terminal's row first (batches of one terminal queue on it), records already received
/// acknowledged (unique terminal + sequence), the new ones posted in sequence order (<see cref="StationPostings"/>), gaps stored.
/// </summary>
public sealed class BatchReceiver(
    AdminDbContext db, TaskTransaction transaction, TerminalKeys keys, INetworkCards cards, ILedger ledger, StationPostings postings, IAuditTrail audit,
    ICurrentOperator current, TimeProvider clock)
{
    public const int MaxRecords = 10_000;

    public async Task<OperationResult<BatchOutcome>> ReceiveAsync(BatchInput batch, string? signature, CancellationToken ct)
    {
        var terminalId = batch.Terminal?.Trim().ToUpperInvariant() ?? "";
        var terminal = terminalId.Length is 0 or > Terminal.MaxTerminalId ? null
            : await db.Set<Terminal>().AsNoTracking().FirstOrDefaultAsync(t => t.TerminalId == terminalId && t.Active, ct);
        if (terminal is null)
        {
            return OperationResult<BatchOutcome>.Invalid(StationsErrors.TerminalUnknown());
        }

        if (string.IsNullOrWhiteSpace(signature))
        {
            return OperationResult<BatchOutcome>.Invalid(StationsErrors.SignatureMissing());
        }

        var canonical = StationBatchCanonical.Of(batch);
        if (!keys.Verify(terminal.ProtectedKey, canonical, signature))
        {
            return OperationResult<BatchOutcome>.Fail(FailureKind.Unprocessable, StationsErrors.SignatureWrong());
        }

        var errors = StationBatchCanonical.Check(batch, MaxRecords);
        if (errors.Count > 0)
        {
            return OperationResult<BatchOutcome>.Invalid([.. errors]);
        }

        var hash = StationBatchCanonical.Hash(canonical);
        var batchNo = batch.BatchNo!.Trim();
        if (await ReplayAsync(terminal, batchNo, hash, ct) is { } replay)
        {
            return replay;
        }

        try
        {
            return await transaction.RunAsync(token => ReceiveInTransactionAsync(terminal, batch, batchNo, hash, token), ct);
        }
        catch (Exception e) when (LostRace.Is(e) || (e is DbUpdateException u && UniqueViolation.Is(u)))
        {
            // The same batch (or records) received by a parallel request: its answer is the first one's.
            return await ReplayAsync(terminal, batchNo, hash, ct) ?? LostRace.Conflict<BatchOutcome>();
        }
    }

    private async Task<OperationResult<BatchOutcome>?> ReplayAsync(Terminal terminal, string batchNo, string hash, CancellationToken ct)
    {
        var earlier = await db.Set<StationBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.TerminalId == terminal.Id && b.BatchNo == batchNo, ct);
        if (earlier is null)
        {
            return null;
        }

        return earlier.BodyHash == hash
            ? OperationResult<BatchOutcome>.Success(new BatchOutcome(earlier.Id, terminal.TerminalId, batchNo, true, earlier.Records, earlier.Posted, earlier.Duplicates,
                earlier.GreyHeld, earlier.Exceptions, [], []))
            : OperationResult<BatchOutcome>.Conflict(StationsErrors.BatchNoReused(batchNo));
    }

    private async Task<OperationResult<BatchOutcome>> ReceiveInTransactionAsync(Terminal terminal, BatchInput batch, string batchNo, string hash, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The terminal's row first: parallel batches of one terminal queue here, so the highest sequence and the gaps stay right.
        await db.Set<Terminal>().Where(t => t.Id == terminal.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastContactAt, now), ct);
        var highest = await db.Set<Terminal>().Where(t => t.Id == terminal.Id).Select(t => t.HighestSequence).SingleAsync(ct);

        var sent = batch.Records!.Select(r => r!).OrderBy(r => r.Sequence).ToList();
        var (min, max) = (sent[0].Sequence!.Value, sent[^1].Sequence!.Value);
        var known = await db.Set<StationRecord>().AsNoTracking()
            .Where(r => r.TerminalId == terminal.Id && r.Sequence >= min && r.Sequence <= max)
            .Select(r => new { r.Sequence, r.CardNumber, r.Amount, r.At, r.Grey }).ToDictionaryAsync(r => r.Sequence, ct);
        var fresh = new List<BatchRecordInput>(sent.Count);
        foreach (var r in sent)
        {
            if (!known.TryGetValue(r.Sequence!.Value, out var k))
            {
                fresh.Add(r);
            }
            else if (k.CardNumber != r.Card!.Trim() || k.Amount != r.Amount || k.At != r.At!.Value.ToUniversalTime() || k.Grey != r.Grey)
            {
                return OperationResult<BatchOutcome>.Conflict(StationsErrors.SequenceReused(r.Sequence.Value));
            }
        }

        var cardsByNumber = (await cards.FindByNumbersAsync(fresh.Select(r => r.Card!.Trim()).ToList(), ct)).ToDictionary(c => c.Number, StringComparer.Ordinal);
        var purses = (await ledger.BalancesOfAsync(cardsByNumber.Values.Select(c => c.Id).ToList(), [AccountKind.Purse], ct)).ToDictionary(b => b.OwnerId, b => b.Balance);
        var batchId = Guid.NewGuid();
        var rows = new List<StationRecord>(fresh.Count);
        var toPost = new List<(StationRecord Record, CardInfo Card)>();
        var notes = new List<RecordNote>();
        foreach (var r in fresh)
        {
            var card = cardsByNumber.GetValueOrDefault(r.Card!.Trim());
            var row = new StationRecord
            {
                TerminalId = terminal.Id, Sequence = r.Sequence!.Value, BatchId = batchId, CardNumber = r.Card.Trim(), CardId = card?.Id,
                At = r.At!.Value.ToUniversalTime(), Product = r.Product!.Trim().ToUpperInvariant(), Quantity = r.Quantity!.Value, Amount = r.Amount!.Value,
                BalanceAfter = r.BalanceAfter!.Value, Grey = r.Grey!.Value, ReceivedAt = now,
            };
            if (card is null)
            {
                (row.Status, row.Problem) = (StationRecordStatus.Exception, "unknownCard");
            }
            else if (row.Grey)
            {
                row.Status = StationRecordStatus.Grey;
            }
            else if (purses.GetValueOrDefault(card.Id) < row.Amount)
            {
                // The chip spent money the host does not know of on the purse (e.g. a replaced card after the settlement window).
                (row.Status, row.Problem) = (StationRecordStatus.Exception, "purseShort");
            }
            else
            {
                row.Status = StationRecordStatus.Posted;
                purses[card.Id] = purses.GetValueOrDefault(card.Id) - row.Amount;
                toPost.Add((row, card));
            }

            if (row.Status != StationRecordStatus.Posted)
            {
                notes.Add(new RecordNote(row.Sequence, row.Status.ToString(), row.Problem));
            }

            rows.Add(row);
        }

        var posted = await postings.PostAsync(terminal, batchId, batchNo, toPost, ct);
        if (!posted.Succeeded)
        {
            return posted.Failure == FailureKind.Conflict && posted.Errors.Any(e => e.Code == "ledger.insufficientFunds")
                ? OperationResult<BatchOutcome>.Conflict(StationsErrors.PurseChanged())
                : OperationResult<BatchOutcome>.From(posted);
        }

        var gaps = Gaps(highest, rows.Select(r => r.Sequence));
        db.AddRange(gaps.Select(g => new TerminalGap { TerminalId = terminal.Id, From = g.From, To = g.To, FoundAt = now }));
        db.AddRange(rows);
        var summary = new StationBatch
        {
            Id = batchId, TerminalId = terminal.Id, BatchNo = batchNo, BodyHash = hash, ReceivedAt = now, ReceivedBy = current.LoginName, Records = sent.Count,
            Posted = toPost.Count, Duplicates = sent.Count - fresh.Count, GreyHeld = rows.Count(r => r.Status == StationRecordStatus.Grey),
            Exceptions = rows.Count(r => r.Status == StationRecordStatus.Exception), NewGaps = gaps.Count,
        };
        db.Add(summary);
        var newHighest = Math.Max(highest, max);
        if (newHighest != highest)
        {
            await db.Set<Terminal>().Where(t => t.Id == terminal.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.HighestSequence, newHighest), ct);
        }

        audit.Record(new AuditRecord(StationsModule.ModuleId, "Batch.Receive", nameof(StationBatch), $"{terminal.TerminalId}/{batchNo}", null, new
        {
            Terminal = terminal.TerminalId, Batch = batchNo, summary.Records, summary.Posted, summary.Duplicates, Grey = summary.GreyHeld, summary.Exceptions,
            Gaps = gaps.Select(g => $"{g.From}-{g.To}").ToList(),
        }));
        await db.SaveChangesAsync(ct);
        if (rows.Any(r => r.Sequence < highest))
        {
            await FillGapsAsync(terminal.Id, now, ct);
        }

        return OperationResult<BatchOutcome>.Success(new BatchOutcome(batchId, terminal.TerminalId, batchNo, false, sent.Count, summary.Posted, summary.Duplicates,
            summary.GreyHeld, summary.Exceptions, gaps, notes));
    }

    /// <summary>The runs of sequence numbers above <paramref name="highest"/> that the new records skip.</summary>
    internal static List<(long From, long To)> Gaps(long highest, IEnumerable<long> sequences)
    {
        var gaps = new List<(long, long)>();
        var expected = highest + 1;
        foreach (var s in sequences.Where(s => s > highest).Order())
        {
            if (s > expected)
            {
                gaps.Add((expected, s - 1));
            }

            expected = s + 1;
        }

        return gaps;
    }

    // Late records (below the highest) may complete gaps reported before.
    private async Task FillGapsAsync(Guid terminal, DateTime now, CancellationToken ct)
    {
        var open = await db.Set<TerminalGap>().Where(g => g.TerminalId == terminal && g.FilledAt == null).ToListAsync(ct);
        foreach (var gap in open)
        {
            var received = await db.Set<StationRecord>().CountAsync(r => r.TerminalId == terminal && r.Sequence >= gap.From && r.Sequence <= gap.To, ct);
            if (received >= gap.Missing)
            {
                gap.FilledAt = now;
            }
        }
    }
}
