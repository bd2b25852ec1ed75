using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Admin.Kernel.Time;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Stations.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Stations.Services;

/// <summary>The interrupted purchase as the card's grey record names it (read from the chip or typed): terminal, sequence, time (UTC).</summary>
public sealed record UnGreyInput(string? Card, string? TerminalId, long? Sequence, DateTime? GreyAtUtc, ReviewCredentials? Review);

/// <summary>
/// Un-grey (解灰 3.26) at the card's outlet: with the terminal's record of the interrupted purchase, the purse is debited once from it
/// (D Purse · C SalesClearing; the record leaves Grey by a conditional update); with no record after the grey settlement window, the
/// card is released without a debit, reviewed by a colleague. Head office forces it for internal cards (3.27: <see cref="ForcedUnGreyTask"/>).
/// </summary>
public sealed class UnGreyTask(
    AdminDbContext db, TaskTransaction transaction, CounterTask counter, ICards cards, ILedger ledger, ICurrentOperator current, SystemSettings settings,
    LocalClock local, TimeProvider clock)
{
    public const string TaskType = "Stations.UnGrey";

    public async Task<OperationResult<UnGrey>> RunAsync(UnGreyInput input, CancellationToken ct)
    {
        var (errors, card, terminal) = await FindAsync(input.Card, input.TerminalId, input.Sequence, ct);
        if (errors.Count > 0)
        {
            return OperationResult<UnGrey>.Invalid([.. errors]);
        }

        if (current.OutletId != card!.OutletId)
        {
            return OperationResult<UnGrey>.Conflict(StationsErrors.OutletOnly());
        }

        var sequence = input.Sequence!.Value;
        var (done, record) = await RecordAsync(card, terminal!, sequence, ct);
        if (done is not null)
        {
            return done;
        }

        return record is null ? await ReleaseAsync(input, card, terminal!, ct) : await SettleAsync(card, terminal!, record, null, null, ct);
    }

    /// <summary>The card, the terminal and the sequence as typed, checked: every error at once (fields <c>card</c>, <c>terminalId</c>, <c>sequence</c>).</summary>
    internal async Task<(List<OperationError> Errors, CardInfo? Card, Terminal? Terminal)> FindAsync(string? number, string? terminalIdText, long? sequence, CancellationToken ct)
    {
        var errors = new List<OperationError>();
        if (string.IsNullOrWhiteSpace(number))
        {
            errors.Add(StationsErrors.CardNumberRequired());
        }

        var terminalId = terminalIdText?.Trim().ToUpperInvariant() ?? "";
        if (terminalId.Length is 0 or > Terminal.MaxTerminalId)
        {
            errors.Add(StationsErrors.GreyTerminalRequired());
        }

        if (sequence is not > 0)
        {
            errors.Add(StationsErrors.GreySequenceRequired());
        }

        var card = string.IsNullOrWhiteSpace(number) ? null : await cards.FindByNumberAsync(number, ct);
        if (card is null && !string.IsNullOrWhiteSpace(number))
        {
            errors.Add(StationsErrors.CardNotFound());
        }

        var terminal = terminalId.Length is 0 or > Terminal.MaxTerminalId ? null
            : await db.Set<Terminal>().AsNoTracking().FirstOrDefaultAsync(t => t.TerminalId == terminalId, ct);
        if (terminal is null && terminalId.Length is > 0 and <= Terminal.MaxTerminalId)
        {
            errors.Add(StationsErrors.TerminalNotFound() with { Field = "terminalId" });
        }

        return (errors, card, terminal);
    }

    /// <summary>
    /// The terminal's record of the interrupted purchase, or null when none arrived; a refusal when it was un-greyed before, is of
    /// another card, or is not grey.
    /// </summary>
    internal async Task<(OperationResult<UnGrey>? Refused, StationRecord? Record)> RecordAsync(CardInfo card, Terminal terminal, long sequence, CancellationToken ct)
    {
        if (await db.Set<UnGrey>().AnyAsync(u => u.TerminalId == terminal.TerminalId && u.Sequence == sequence, ct))
        {
            return (OperationResult<UnGrey>.Conflict(StationsErrors.AlreadyDone()), null);
        }

        var record = await db.Set<StationRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.TerminalId == terminal.Id && r.Sequence == sequence, ct);
        if (record is null)
        {
            return (null, null);
        }

        if (record.CardNumber != card.Number)
        {
            return (OperationResult<UnGrey>.Invalid(StationsErrors.RecordOfAnotherCard(record.Sequence.ToString(CultureInfo.InvariantCulture))), null);
        }

        if (record.Status == StationRecordStatus.Settled)
        {
            return (OperationResult<UnGrey>.Conflict(StationsErrors.AlreadyDone()), null);
        }

        return record.Status != StationRecordStatus.Grey ? (OperationResult<UnGrey>.Conflict(StationsErrors.RecordNotGrey()), null) : (null, record);
    }

    /// <summary>Debits the purse once from the grey record (the record leaves Grey by a conditional update); <paramref name="forced"/>: head office's reason.</summary>
    internal async Task<OperationResult<UnGrey>> SettleAsync(CardInfo card, Terminal terminal, StationRecord record, string? forced, ReviewGrant? grant, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await GuardedAsync(() => transaction.RunAsync(async token =>
        {
            var taken = await db.Set<StationRecord>().Where(r => r.Id == record.Id && r.Status == StationRecordStatus.Grey)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, StationRecordStatus.Settled).SetProperty(r => r.SettledAt, now), token);
            if (taken == 0)
            {
                return OperationResult<UnGrey>.Conflict(StationsErrors.AlreadyDone());
            }

            var unGrey = New(card, terminal.TerminalId, record.Sequence, record.At, now, settled: true, record.Amount, forced, grant);
            var posted = await ledger.PostAsync(new Posting(TaskType, unGrey.Id.ToString("N"), card.OutletId,
                string.Create(CultureInfo.InvariantCulture, $"un-grey {card.Number}: station {terminal.StationCode} terminal {terminal.TerminalId} sequence {record.Sequence}"),
                [PostingLine.Debit(AccountRef.Purse(card.Id, card.OutletId), record.Amount), PostingLine.Credit(AccountRef.OfOutlet(AccountKind.SalesClearing, terminal.OutletId), record.Amount)])
            { Reference = card.Number }, token);
            if (!posted.Succeeded)
            {
                return OperationResult<UnGrey>.From(posted);
            }

            (unGrey.RecordId, unGrey.EntryId) = (record.Id, posted.Value!.EntryId);
            await db.Set<StationRecord>().Where(r => r.Id == record.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.EntryId, unGrey.EntryId), token);
            db.Add(unGrey);
            await counter.RecordAsync(Audit(forced is null ? "Card.UnGreySettle" : "Card.UnGreyForce", unGrey), grant, unGrey.Id.ToString(), token);
            return OperationResult<UnGrey>.Success(unGrey);
        }, ct));
    }

    /// <summary>Releases the card without a debit (no terminal record), reviewed; <paramref name="forced"/>: head office's reason.</summary>
    internal async Task<OperationResult<UnGrey>> ReleaseAsync(CardInfo card, string terminalId, long sequence, DateTime greyAt, string? forced, ReviewGrant? grant, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await GuardedAsync(() => transaction.RunAsync(async token =>
        {
            var unGrey = New(card, terminalId, sequence, greyAt, now, settled: false, 0m, forced, grant);
            db.Add(unGrey);
            await counter.RecordAsync(Audit(forced is null ? "Card.UnGreyRelease" : "Card.UnGreyForce", unGrey), grant, unGrey.Id.ToString(), token);
            return OperationResult<UnGrey>.Success(unGrey);
        }, ct));
    }

    private async Task<OperationResult<UnGrey>> ReleaseAsync(UnGreyInput input, CardInfo card, Terminal terminal, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (input.GreyAtUtc is not { } greyAt)
        {
            return OperationResult<UnGrey>.Invalid(StationsErrors.GreyTimeRequired());
        }

        greyAt = DateTime.SpecifyKind(greyAt, DateTimeKind.Utc);
        if (greyAt > now.AddMinutes(5))
        {
            return OperationResult<UnGrey>.Invalid(StationsErrors.GreyInFuture());
        }

        var until = greyAt.AddHours(await settings.GetIntAsync(StationsSettings.GreySettlementHours, ct));
        if (now < until)
        {
            var open = OperationResult<UnGrey>.Conflict(StationsErrors.WindowOpen(LocalTimes.Format(until, await local.OffsetAsync(ct), LocalTimeFormat.Minutes)));
            open.With("releasableFrom", until);
            return open;
        }

        var sequence = input.Sequence!.Value;
        var summary = CanonicalJson.Object(s => s.Text("card", card.Number).Text("terminal", terminal.TerminalId)
            .Text("sequence", sequence.ToString(CultureInfo.InvariantCulture)).Text("greyAt", greyAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        var reasons = new[] { new ReviewReason(StationsReviewPoints.UnGreyRelease, "no record of terminal {0} sequence {1} arrived within the settlement window", terminal.TerminalId, sequence) };
        var review = await counter.ReviewAsync(new ReviewRequest(TaskType, card.OutletId, reasons, summary, input.Review),
            new ReviewText("the release of grey card {0} without a terminal record", card.Number), ct);
        if (!review.Succeeded)
        {
            return OperationResult<UnGrey>.From(review);
        }

        return await ReleaseAsync(card, terminal.TerminalId, sequence, greyAt, null, review.Value, ct);
    }

    private UnGrey New(CardInfo card, string terminalId, long sequence, DateTime greyAt, DateTime now, bool settled, decimal amount, string? forced, ReviewGrant? grant) => new()
    {
        Id = Guid.NewGuid(), CardId = card.Id, CardNumber = card.Number, OutletId = card.OutletId, TerminalId = terminalId, Sequence = sequence, GreyAt = greyAt,
        Settled = settled, Amount = amount, At = now, OperatorLogin = current.LoginName, Forced = forced is not null, Reason = forced, ReviewerLogin = grant?.ReviewerLogin,
    };

    private static AuditRecord Audit(string action, UnGrey u) => new(StationsModule.ModuleId, action, nameof(UnGrey), u.Id.ToString(), null, u.Forced
        ? new { card = u.CardNumber, terminal = u.TerminalId, sequence = u.Sequence, amount = Kernel.Money.Money.Format(u.Amount), settled = u.Settled, reason = u.Reason }
        : (object)new { card = u.CardNumber, terminal = u.TerminalId, sequence = u.Sequence, amount = Kernel.Money.Money.Format(u.Amount) });

    private async Task<OperationResult<UnGrey>> GuardedAsync(Func<Task<OperationResult<UnGrey>>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (LostRace.Is(e) || (e is DbUpdateException u && UniqueViolation.Is(u)))
        {
            db.ChangeTracker.Clear();
            return OperationResult<UnGrey>.Conflict(StationsErrors.AlreadyDone());
        }
    }
}
