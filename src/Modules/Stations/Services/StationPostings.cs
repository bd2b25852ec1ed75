using System.Globalization;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Stations.Models;

namespace Admin.Modules.Stations.Services;

/// <summary>
/// Posts a batch's purchases in sequence order, a few entries instead of one per record: each entry takes the next records until
/// it holds <see cref="CardsPerEntry"/> cards, D <c>Purse(card)</c> per card (at the card's outlet) · C <c>SalesClearing</c> at the
/// outlet that settles the terminal's station. Each record keeps the id of its entry.
/// </summary>
public sealed class StationPostings(ILedger ledger)
{
    /// <summary>Cards per entry: the ledger takes at most 100 lines, one of which is the clearing line.</summary>
    public const int CardsPerEntry = 99;

    public const string SaleTask = "Stations.Sale";

    public async Task<OperationResult> PostAsync(Terminal terminal, Guid batchId, string batchNo, IReadOnlyList<(StationRecord Record, CardInfo Card)> records, CancellationToken ct)
    {
        var chunk = new List<(StationRecord Record, CardInfo Card)>();
        var cardsInChunk = new HashSet<Guid>();
        var entryNo = 0;
        foreach (var item in records)
        {
            if (!cardsInChunk.Contains(item.Card.Id) && cardsInChunk.Count == CardsPerEntry)
            {
                if (await PostChunkAsync(terminal, batchId, batchNo, ++entryNo, chunk, ct) is { } failed)
                {
                    return failed;
                }

                chunk.Clear();
                cardsInChunk.Clear();
            }

            cardsInChunk.Add(item.Card.Id);
            chunk.Add(item);
        }

        if (chunk.Count > 0 && await PostChunkAsync(terminal, batchId, batchNo, ++entryNo, chunk, ct) is { } last)
        {
            return last;
        }

        return OperationResult.Success();
    }

    private async Task<OperationResult?> PostChunkAsync(Terminal terminal, Guid batchId, string batchNo, int entryNo, List<(StationRecord Record, CardInfo Card)> chunk, CancellationToken ct)
    {
        var lines = chunk.GroupBy(c => c.Card.Id)
            .Select(g => PostingLine.Debit(AccountRef.Purse(g.Key, g.First().Card.OutletId), g.Sum(x => x.Record.Amount)))
            .ToList();
        lines.Add(PostingLine.Credit(AccountRef.OfOutlet(AccountKind.SalesClearing, terminal.OutletId), chunk.Sum(c => c.Record.Amount)));
        var memo = string.Create(CultureInfo.InvariantCulture,
            $"station {terminal.StationCode} terminal {terminal.TerminalId}: {chunk.Count} purchases, sequence {chunk[0].Record.Sequence}–{chunk[^1].Record.Sequence}");
        var posted = await ledger.PostAsync(new Posting(SaleTask, $"{batchId:N}-{entryNo}", terminal.OutletId, memo, lines) { Reference = batchNo }, ct);
        if (!posted.Succeeded)
        {
            return posted;
        }

        foreach (var (record, _) in chunk)
        {
            record.EntryId = posted.Value!.EntryId;
        }

        return null;
    }
}
