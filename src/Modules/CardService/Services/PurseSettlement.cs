using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.CardService.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CardService.Services;

/// <summary>
/// The second half of a replacement: the old card's purse as last known moves to the new card's account once the settlement
/// window has passed (terminal records of the old card may arrive until then), once, by its own entry: on demand (the card's
/// page, the API), lazily when either card is read after it fell due, and by the recurring <see cref="PurseMoveJob"/>. The
/// first of them to stamp the replacement moves the money; the others find it moved. Also reads replacements.
/// </summary>
public sealed class PurseSettlement(AdminDbContext db, CardServiceChecks checks, ILedger ledger, TaskTransaction transaction, IAuditTrail audit, OutletScope scope)
{
    public const string TaskType = "CardService.MovePurse";

    /// <summary>Moves the old card's purse as last known to the new card's account, once the settlement window has passed.</summary>
    public async Task<OperationResult<Replacement>> MovePurseAsync(Guid id, CancellationToken ct = default)
    {
        var found = await FindAsync(id, ct);
        if (found is null)
        {
            return OperationResult<Replacement>.NotFound(CardServiceErrors.ReplacementNotFound());
        }

        if (found.PurseMovedAt is not null)
        {
            return OperationResult<Replacement>.Conflict(CardServiceErrors.PurseMoved());
        }

        var now = checks.Now;
        if (!found.PurseDue(now))
        {
            var early = OperationResult<Replacement>.Conflict(CardServiceErrors.PurseNotDue(await checks.LocalAsync(found.PurseDueAt, ct)));
            early.With("purseDueAt", found.PurseDueAt);
            return early;
        }

        return await MoveAsync(found, now, ct);
    }

    /// <summary>
    /// Moves every purse balance that is due (oldest first, up to <paramref name="max"/>), each in its own transaction; answers
    /// how many it moved. The recurring job's work; safe beside a move on demand or a lazy one.
    /// </summary>
    public async Task<int> MoveDueAsync(int max = 500, CancellationToken ct = default)
    {
        var now = checks.Now;
        var due = await db.Set<Replacement>().AsNoTracking().Where(r => r.PurseMovedAt == null && r.PurseDueAt <= now)
            .OrderBy(r => r.PurseDueAt).Take(max).ToListAsync(ct);
        var moved = 0;
        foreach (var r in due)
        {
            moved += (await MoveAsync(r, now, ct)).Succeeded ? 1 : 0;
        }

        return moved;
    }

    private async Task<OperationResult<Replacement>> MoveAsync(Replacement found, DateTime now, CancellationToken ct)
    {
        var id = found.Id;
        var newOutlet = found.OutletId; // replaced at the card's own outlet: another outlet's card is not visible there
        try
        {
            return await transaction.RunAsync(async token =>
            {
                // The move happens once: the first task to stamp the row moves the money; a parallel one finds it stamped.
                var stamped = await db.Set<Replacement>().Where(r => r.Id == id && r.PurseMovedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.PurseMovedAt, now).SetProperty(r => r.PurseMovedBy, checks.LoginName), token);
                if (stamped == 0)
                {
                    return OperationResult<Replacement>.Conflict(CardServiceErrors.PurseMoved());
                }

                var purse = await ledger.BalanceAsync(AccountRef.Purse(found.OldCardId, found.OutletId), token);
                long? entry = null;
                if (purse > 0)
                {
                    var posted = await ledger.PostAsync(new Posting(TaskType, found.Id.ToString(), found.OutletId, $"replacement {found.OldNumber} → {found.NewNumber}: purse of the old card",
                        [PostingLine.Debit(AccountRef.Purse(found.OldCardId, found.OutletId), purse), PostingLine.Credit(AccountRef.Card(found.NewCardId, newOutlet), purse)])
                    { Reference = found.NewNumber }, token);
                    if (!posted.Succeeded)
                    {
                        return OperationResult<Replacement>.From(posted);
                    }

                    entry = posted.Value!.EntryId;
                }

                await db.Set<Replacement>().Where(r => r.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.PurseAmount, purse).SetProperty(r => r.PurseEntryId, entry), token);
                audit.Record(new AuditRecord(CardServiceModule.ModuleId, "Card.MovePurse", nameof(Replacement), found.Id.ToString(), null,
                    new { card = found.OldNumber, newCard = found.NewNumber, purse }) { OutletId = found.OutletId, OutletCode = found.OutletCode });
                var after = await db.Set<Replacement>().AsNoTracking().FirstAsync(r => r.Id == id, token);
                return OperationResult<Replacement>.Success(after);
            }, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            db.ChangeTracker.Clear();
            return LostRace.Conflict<Replacement>();
        }
    }

    /// <summary>The visible replacement, or null.</summary>
    public Task<Replacement?> FindAsync(Guid id, CancellationToken ct = default) =>
        scope.Apply(db.Set<Replacement>().AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>
    /// The replacement of the card (as the old or the new card), or null. A purse balance that fell due is moved on the way (the
    /// lazy move: a card read at the counter after its window shows the money where it is), outside any task's transaction.
    /// </summary>
    public async Task<Replacement?> OfCardAsync(Guid cardId, CancellationToken ct = default)
    {
        var found = await scope.Apply(db.Set<Replacement>().AsNoTracking()).Where(r => r.OldCardId == cardId || r.NewCardId == cardId)
            .OrderByDescending(r => r.At).FirstOrDefaultAsync(ct);
        // Only at a counter: an auditor or head office reading the card moves no money under their name.
        if (found is not null && found.PurseDue(checks.Now) && db.Database.CurrentTransaction is null && (await checks.CounterAsync(ct)).Succeeded
            && (await MoveAsync(found, checks.Now, ct)).Value is { } moved)
        {
            return moved;
        }

        return found;
    }
}
