namespace Admin.Modules.CardService.Contracts;

/// <summary>What a terminal's report of a PIN locked at the pump did to the card's PIN.</summary>
public enum PinLockOutcome
{
    /// <summary>The PIN is locked now (a card without a PIN known here gets a locked one: only a reset at the counter sets it).</summary>
    Locked,
    /// <summary>It was locked already (by this report sent again or an earlier one): nothing changed.</summary>
    AlreadyLocked,
    /// <summary>The lock happened before the PIN was last unlocked, reset or changed at the counter: a late report, nothing changed.</summary>
    Stale,
}

/// <summary>
/// PIN locks reported by terminals after too many wrong PINs at a pump (3.24), for the stations' side. The counter's unlock (or a
/// reset) clears the lock; the card profile terminals fetch says whether the PIN is locked.
/// </summary>
public interface ICardPinLocks
{
    /// <summary>
    /// Locks the PIN of card <paramref name="cardId"/> (at outlet <paramref name="outletId"/>) as locked at <paramref name="lockedAtUtc"/>.
    /// Call it inside your task's transaction (<c>TaskTransaction</c>): it saves nothing itself.
    /// </summary>
    Task<PinLockOutcome> LockAsync(Guid cardId, Guid outletId, DateTime lockedAtUtc, CancellationToken ct = default);

    /// <summary>True when the card's PIN is locked.</summary>
    Task<bool> IsLockedAsync(Guid cardId, CancellationToken ct = default);
}
