using Admin.Kernel.Data;
using Admin.Modules.CardService.Contracts;
using Admin.Modules.CardService.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CardService.Services;

/// <summary>
/// The PIN locks terminals report, unscoped (terminals of every station report cards of every outlet). A report of a lock that
/// happened before the PIN was last unlocked, reset or changed is late and changes nothing, so a report sent again after the
/// counter unlocked the PIN never locks it a second time.
/// </summary>
internal sealed class PinLocksFromTerminals(AdminDbContext db) : ICardPinLocks
{
    public async Task<PinLockOutcome> LockAsync(Guid cardId, Guid outletId, DateTime lockedAtUtc, CancellationToken ct = default)
    {
        var pin = await db.Set<CardPin>().FirstOrDefaultAsync(p => p.CardId == cardId, ct);
        if (pin is null)
        {
            db.Add(new CardPin { Id = Guid.NewGuid(), CardId = cardId, OutletId = outletId, Locked = true, LockedAt = lockedAtUtc, ChangedAt = lockedAtUtc });
            return PinLockOutcome.Locked;
        }

        if (pin.Locked)
        {
            return PinLockOutcome.AlreadyLocked;
        }

        if (lockedAtUtc <= pin.UnlockedAt || (pin.Hash.Length > 0 && lockedAtUtc <= pin.ChangedAt))
        {
            return PinLockOutcome.Stale;
        }

        pin.Locked = true;
        pin.LockedAt = lockedAtUtc;
        return PinLockOutcome.Locked;
    }

    public Task<bool> IsLockedAsync(Guid cardId, CancellationToken ct = default) =>
        db.Set<CardPin>().AsNoTracking().AnyAsync(p => p.CardId == cardId && p.Locked, ct);
}
