using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Admin.Modules.Allocations.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Allocations.Services;

/// <summary>What a complete or void did: the transfer as it stands now and, when it did not do what was asked, why (answered 409).</summary>
public sealed record TransferOutcome(PurseTransfer Transfer, OperationError? Refusal = null);

/// <summary>
/// Load (圈存 2.16) and unload (圈提 2.20), two-phase. <b>Start</b> moves the amount out of its source into the card's
/// <c>PurseInTransit</c> account (load: from the card account, unload: from the purse as last known) and writes the transfer
/// Pending, in one transaction. <b>Complete</b> (the reader wrote the chip) moves it on to the destination; <b>void</b> (the
/// reader failed, or the timeout passed) moves it back. Each phase is one transaction with one entry, so at every moment the
/// money is in exactly one of source, in transit, destination; the status leaves Pending once, by a conditional update.
/// </summary>
public sealed class PurseTransfers(AdminDbContext db, AllocationChecks checks, TaskTransaction transaction, ILedger ledger, IAuditTrail audit, OutletScope scope, SystemSettings settings)
{
    public static string TaskType(PurseTransferKind kind) => $"{AllocationsModule.ModuleId}.{kind}";

    /// <summary>The audit summary of a transfer voided for its timeout (translated where the trail is read).</summary>
    public const string TimeoutSummary = "Not completed within the timeout: voided, the money is back where it came from";

    public async Task<OperationResult<PurseTransfer>> StartAsync(PurseTransferKind kind, string? cardNumber, decimal? amount, CancellationToken ct = default)
    {
        var place = await checks.OutletAsync(ct);
        if (!place.Succeeded)
        {
            return OperationResult<PurseTransfer>.From(place);
        }

        var (outlet, operatorId) = place.Value;
        var errors = new List<OperationError>();
        var card = await checks.ChipCardAsync(cardNumber, "card", errors, ct);
        var value = AllocationChecks.Amount(amount, "amount", errors);
        if (errors.Count > 0)
        {
            return OperationResult<PurseTransfer>.Invalid([.. errors]);
        }

        var timeout = await settings.GetIntAsync(AllocationsSettings.PendingTimeoutSeconds, ct);
        var now = checks.Now;
        var transfer = new PurseTransfer
        {
            Id = Guid.NewGuid(), Kind = kind, Status = PurseTransferStatus.Pending, OutletId = outlet.Id, OutletCode = outlet.Code, CardId = card!.Id,
            CardNumber = card.Number, CardOutletId = card.OutletId, Amount = value!.Value, StartedAt = now, ExpiresAt = now.AddSeconds(timeout),
            OperatorId = operatorId, OperatorLogin = checks.LoginName,
        };
        try
        {
            return await transaction.RunAsync(async token =>
            {
                // A transfer of this card left pending past its timeout is voided first; one still running stops this one.
                var pending = await db.Set<PurseTransfer>().FirstOrDefaultAsync(t => t.CardId == card.Id && t.Status == PurseTransferStatus.Pending, token);
                if (pending is not null)
                {
                    if (pending.ExpiresAt > now)
                    {
                        return OperationResult<PurseTransfer>.Conflict(AllocationsErrors.TransferPending(card.Number));
                    }

                    var voided = await SettleInTransactionAsync(pending, PurseTransferStatus.Voided, VoidReason.Timeout, null, now, token);
                    if (!voided.Succeeded)
                    {
                        return OperationResult<PurseTransfer>.From(voided);
                    }
                }

                var (from, _) = Sides(transfer);
                var posted = await ledger.PostAsync(new Posting(TaskType(kind), transfer.Id.ToString(), outlet.Id, $"{kind.ToString().ToLowerInvariant()} {card.Number} started",
                    [PostingLine.Debit(from, transfer.Amount), PostingLine.Credit(InTransit(transfer), transfer.Amount)]), token);
                if (!posted.Succeeded)
                {
                    return OperationResult<PurseTransfer>.From(posted);
                }

                transfer.StartEntryId = posted.Value!.EntryId;
                db.Add(transfer);
                audit.Record(new AuditRecord(AllocationsModule.ModuleId, $"{kind}.Start", nameof(PurseTransfer), transfer.Id.ToString(), null,
                    new { card = card.Number, amount = transfer.Amount, expiresAt = transfer.ExpiresAt }) { OutletId = outlet.Id, OutletCode = outlet.Code });
                return OperationResult<PurseTransfer>.Success(transfer);
            }, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            // A parallel start of the same card won the one-pending-per-card index (or the database's write lock).
            db.ChangeTracker.Clear();
            return OperationResult<PurseTransfer>.Conflict(AllocationsErrors.TransferPending(card.Number));
        }
    }

    /// <summary>Completes (the reader wrote the chip) or voids (the reader failed) a pending transfer of this kind.</summary>
    public async Task<OperationResult<TransferOutcome>> SettleAsync(Guid id, PurseTransferKind kind, PurseTransferStatus to, CancellationToken ct = default)
    {
        // Not the lazy lookup: its void would claim this request's idempotency key in a transaction of its own.
        var found = await scope.Apply(db.Set<PurseTransfer>().AsNoTracking()).AnyAsync(t => t.Id == id && t.Kind == kind, ct);
        if (!found)
        {
            return OperationResult<TransferOutcome>.NotFound(AllocationsErrors.TransferNotFound());
        }

        try
        {
            return await transaction.RunAsync(async token =>
            {
                var now = checks.Now;
                var transfer = await db.Set<PurseTransfer>().AsNoTracking().FirstAsync(t => t.Id == id, token);
                if (transfer.Status != PurseTransferStatus.Pending)
                {
                    return OperationResult<TransferOutcome>.Success(new TransferOutcome(transfer, AllocationsErrors.TransferSettled(transfer.Status.ToString())));
                }

                // Past its timeout a transfer is void, whatever the reader says now: the sweep may be about to void it too.
                var expired = to == PurseTransferStatus.Completed && transfer.ExpiresAt <= now;
                var settled = await SettleInTransactionAsync(transfer, expired ? PurseTransferStatus.Voided : to, expired || to == PurseTransferStatus.Voided
                    ? (expired ? VoidReason.Timeout : VoidReason.Reader) : null, checks.LoginName, now, token);
                if (!settled.Succeeded)
                {
                    return OperationResult<TransferOutcome>.From(settled);
                }

                if (settled.Value is null)
                {
                    var current = await db.Set<PurseTransfer>().AsNoTracking().FirstAsync(t => t.Id == id, token);
                    return OperationResult<TransferOutcome>.Success(new TransferOutcome(current, AllocationsErrors.TransferSettled(current.Status.ToString())));
                }

                var seconds = (int)Math.Round((transfer.ExpiresAt - transfer.StartedAt).TotalSeconds);
                return OperationResult<TransferOutcome>.Success(new TransferOutcome(settled.Value, expired ? AllocationsErrors.TransferTimedOut(seconds) : null));
            }, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            // The other of two parallel settles held the database: it won; answer with what it left.
            db.ChangeTracker.Clear();
            var current = await db.Set<PurseTransfer>().AsNoTracking().FirstAsync(t => t.Id == id, ct);
            return OperationResult<TransferOutcome>.Success(new TransferOutcome(current, AllocationsErrors.TransferSettled(current.Status.ToString())));
        }
    }

    /// <summary>The visible transfer of this kind, or null; one pending past its timeout is voided on the way (the lazy check).</summary>
    public async Task<PurseTransfer?> FindAsync(Guid id, PurseTransferKind kind, CancellationToken ct = default)
    {
        var transfer = await scope.Apply(db.Set<PurseTransfer>().AsNoTracking()).FirstOrDefaultAsync(t => t.Id == id && t.Kind == kind, ct);
        if (transfer is { Status: PurseTransferStatus.Pending } && transfer.ExpiresAt <= checks.Now && db.Database.CurrentTransaction is null)
        {
            await VoidIfDueAsync(transfer.Id, ct);
            transfer = await db.Set<PurseTransfer>().AsNoTracking().FirstAsync(t => t.Id == id, ct);
        }

        return transfer;
    }

    /// <summary>The card's balances now: card account, purse as last known, in transit.</summary>
    public async Task<(decimal Card, decimal Purse, decimal InTransit)> BalancesAsync(Guid cardId, CancellationToken ct = default)
    {
        var all = await ledger.BalancesOfAsync([cardId], AllocationChecks.HeldKinds, ct);
        decimal Of(AccountKind k) => all.Where(b => b.Kind == k).Sum(b => b.Balance);
        return (Of(AccountKind.Card), Of(AccountKind.Purse), Of(AccountKind.PurseInTransit));
    }

    /// <summary>Voids a pending transfer past its timeout in a transaction of its own (no outlet scope: the sweep calls it too). True when it voided it.</summary>
    internal async Task<bool> VoidIfDueAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var result = await transaction.RunAsync(async token =>
            {
                var now = checks.Now;
                var transfer = await db.Set<PurseTransfer>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, token);
                if (transfer is not { Status: PurseTransferStatus.Pending } || transfer.ExpiresAt > now)
                {
                    return OperationResult<bool>.Success(false);
                }

                var settled = await SettleInTransactionAsync(transfer, PurseTransferStatus.Voided, VoidReason.Timeout, null, now, token);
                return settled.Succeeded ? OperationResult<bool>.Success(settled.Value is not null) : OperationResult<bool>.From(settled);
            }, ct);
            return result.Succeeded && result.Value;
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// Moves the status out of Pending by a conditional update (null when another task moved it first: nothing done), then
    /// posts the entry that takes the money out of transit and records the audit event.
    /// </summary>
    private async Task<OperationResult<PurseTransfer?>> SettleInTransactionAsync(PurseTransfer transfer, PurseTransferStatus to, VoidReason? reason, string? by, DateTime now, CancellationToken ct)
    {
        var moved = await db.Set<PurseTransfer>().Where(t => t.Id == transfer.Id && t.Status == PurseTransferStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, to).SetProperty(t => t.VoidReason, reason).SetProperty(t => t.SettledAt, now).SetProperty(t => t.SettledBy, by), ct);
        if (moved == 0)
        {
            return OperationResult<PurseTransfer?>.Success(null);
        }

        var (from, dest) = Sides(transfer);
        var back = to == PurseTransferStatus.Voided;
        var verb = back ? "voided" : "completed";
        var posted = await ledger.PostAsync(new Posting(TaskType(transfer.Kind), transfer.Id.ToString(), transfer.OutletId,
            $"{transfer.Kind.ToString().ToLowerInvariant()} {transfer.CardNumber} {verb}{(reason == VoidReason.Timeout ? " (timeout)" : "")}",
            [PostingLine.Debit(InTransit(transfer), transfer.Amount), PostingLine.Credit(back ? from : dest, transfer.Amount)]), ct);
        if (!posted.Succeeded)
        {
            return OperationResult<PurseTransfer?>.From(posted);
        }

        var entry = posted.Value!.EntryId;
        await db.Set<PurseTransfer>().Where(t => t.Id == transfer.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.SettleEntryId, entry), ct);
        audit.Record(new AuditRecord(AllocationsModule.ModuleId, $"{transfer.Kind}.{(back ? "Void" : "Complete")}", nameof(PurseTransfer), transfer.Id.ToString(),
            new { status = nameof(PurseTransferStatus.Pending) }, new { status = to.ToString(), reason = reason?.ToString(), card = transfer.CardNumber, amount = transfer.Amount },
            reason == VoidReason.Timeout ? TimeoutSummary : null)
        { OutletId = transfer.OutletId, OutletCode = transfer.OutletCode });
        var settled = await db.Set<PurseTransfer>().AsNoTracking().FirstAsync(t => t.Id == transfer.Id, ct);
        return OperationResult<PurseTransfer?>.Success(settled);
    }

    private static AccountRef InTransit(PurseTransfer t) => new(AccountKind.PurseInTransit, t.CardId, t.CardOutletId);

    /// <summary>Where the money comes from and where it goes.</summary>
    private static (AccountRef From, AccountRef To) Sides(PurseTransfer t) => t.Kind == PurseTransferKind.Load
        ? (AccountRef.Card(t.CardId, t.CardOutletId), AccountRef.Purse(t.CardId, t.CardOutletId))
        : (AccountRef.Purse(t.CardId, t.CardOutletId), AccountRef.Card(t.CardId, t.CardOutletId));
}

/// <summary>
/// What the recurring <see cref="PurseSweepJob"/> runs (also callable on its own): voids every pending load and unload
/// past its timeout, each in its own transaction, oldest first. Safe to run on several hosts at once and beside the lazy
/// check on access: a transfer leaves Pending once.
/// </summary>
public sealed class PurseTransferSweep(AdminDbContext db, PurseTransfers transfers, TimeProvider clock)
{
    /// <summary>Voids up to <paramref name="max"/> expired pending transfers; answers how many it voided.</summary>
    public async Task<int> VoidExpiredAsync(int max = 500, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<PurseTransfer>().AsNoTracking().Where(t => t.Status == PurseTransferStatus.Pending && t.ExpiresAt <= now)
            .OrderBy(t => t.ExpiresAt).Select(t => t.Id).Take(max).ToListAsync(ct);
        var voided = 0;
        foreach (var id in due)
        {
            voided += await transfers.VoidIfDueAsync(id, ct) ? 1 : 0;
        }

        return voided;
    }
}
