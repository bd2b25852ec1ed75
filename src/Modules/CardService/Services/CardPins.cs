using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.CardService.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CardService.Services;

/// <summary>What a PIN task did (never the PIN): the card, whether its PIN is locked now, and who reviewed a reset.</summary>
public sealed record PinOutcome(string Card, bool Locked, string? ReviewedBy);

/// <summary>
/// Card PINs (3.23–3.25): change with the old PIN, unlock (after too many wrong PINs at the pumps) and reset (the customer's ID
/// document checked, always reviewed by a colleague: review point <c>CardService.PinReset</c>). A new PIN is 6 digits, not one
/// digit repeated, not the holder's birth date. The PIN is kept as a slow salted hash only; no answer, log or audit record holds it.
/// </summary>
public sealed class CardPins(AdminDbContext db, CardServiceChecks checks, TaskTransaction transaction, IAuditTrail audit, CounterTask task)
{
    public const string ResetTask = "CardService.PinReset";

    public async Task<OperationResult<PinOutcome>> ChangeAsync(string? cardNumber, string? oldPin, string? newPin, string? confirmPin, CancellationToken ct = default)
    {
        var presented = await checks.PresentedAsync(cardNumber, ct);
        if (!presented.Succeeded)
        {
            return OperationResult<PinOutcome>.From(presented);
        }

        var card = presented.Value.Card;
        var errors = new List<OperationError>();
        var pin = await db.Set<CardPin>().AsNoTracking().FirstOrDefaultAsync(p => p.CardId == card.Id, ct);
        if (pin is null)
        {
            return OperationResult<PinOutcome>.Conflict(CardServiceErrors.PinNotSet(card.Number));
        }

        if (pin.Locked)
        {
            return OperationResult<PinOutcome>.Conflict(CardServiceErrors.PinLocked(card.Number));
        }

        if (!pin.IsSet)
        {
            return OperationResult<PinOutcome>.Conflict(CardServiceErrors.PinNotSet(card.Number));
        }

        await NewPinAsync(card, newPin, confirmPin, errors, ct);
        if (!pin.Matches(oldPin))
        {
            errors.Add(CardServiceErrors.PinWrong());
        }

        if (errors.Count > 0)
        {
            return OperationResult<PinOutcome>.Invalid([.. errors]);
        }

        return await transaction.RunGuardedAsync(db, async token =>
        {
            var row = await db.Set<CardPin>().FirstAsync(p => p.Id == pin.Id, token);
            db.Entry(row).Property(p => p.Version).OriginalValue = pin.Version;
            row.Set(newPin!, checks.Now, checks.LoginName);
            audit.Record(new AuditRecord(CardServiceModule.ModuleId, "Pin.Change", "Card", card.Number) { OutletId = card.OutletId, OutletCode = card.OutletCode });
            return OperationResult<PinOutcome>.Success(new PinOutcome(card.Number, false, null));
        }, ct);
    }

    public async Task<OperationResult<PinOutcome>> UnlockAsync(string? cardNumber, string? idNumber, CancellationToken ct = default)
    {
        var registered = await RegisteredAsync(cardNumber, ct);
        if (!registered.Succeeded)
        {
            return OperationResult<PinOutcome>.From(registered);
        }

        var (_, card) = registered.Value;
        var pin = await db.Set<CardPin>().AsNoTracking().FirstOrDefaultAsync(p => p.CardId == card.Id, ct);
        if (pin is not { Locked: true })
        {
            return OperationResult<PinOutcome>.Conflict(CardServiceErrors.PinNotLocked(card.Number));
        }

        if (await checks.IdentifiedAsync(card, idNumber, ct) is { } wrongId)
        {
            return OperationResult<PinOutcome>.From(wrongId);
        }

        return await transaction.RunGuardedAsync(db, async token =>
        {
            var unlocked = await db.Set<CardPin>().Where(p => p.Id == pin.Id && p.Locked)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Locked, false).SetProperty(p => p.FailedAttempts, 0).SetProperty(p => p.LockedAt, (DateTime?)null)
                    .SetProperty(p => p.UnlockedAt, checks.Now).SetProperty(p => p.Version, p => p.Version + 1), token);
            if (unlocked == 0)
            {
                return OperationResult<PinOutcome>.Conflict(CardServiceErrors.PinNotLocked(card.Number));
            }

            audit.Record(new AuditRecord(CardServiceModule.ModuleId, "Pin.Unlock", "Card", card.Number) { OutletId = card.OutletId, OutletCode = card.OutletCode });
            return OperationResult<PinOutcome>.Success(new PinOutcome(card.Number, false, null));
        }, ct);
    }

    public async Task<OperationResult<PinOutcome>> ResetAsync(string? cardNumber, string? idNumber, string? newPin, string? confirmPin, ReviewCredentials? review, CancellationToken ct = default)
    {
        var registered = await RegisteredAsync(cardNumber, ct);
        if (!registered.Succeeded)
        {
            return OperationResult<PinOutcome>.From(registered);
        }

        var (outlet, card) = registered.Value;
        var errors = new List<OperationError>();
        await checks.IdentityAsync(card, idNumber, errors, ct);
        await NewPinAsync(card, newPin, confirmPin, errors, ct);
        if (errors.Count > 0)
        {
            return OperationResult<PinOutcome>.Invalid([.. errors]);
        }

        // The summary names the card only: the reviewer authorises the reset, never sees the PIN.
        var summary = CanonicalJson.Object(o => o.Text("card", card.Number).Text("task", "pinReset"));
        var reasons = new[] { new ReviewReason(CardServiceReviewPoints.PinReset, "the PIN of card {0} is reset without the old PIN", card.Number) };
        var granted = await task.ReviewAsync(new ReviewRequest(ResetTask, outlet.Id, reasons, summary, review), new ReviewText("the PIN reset of card {0}", card.Number), ct);
        if (!granted.Succeeded)
        {
            return OperationResult<PinOutcome>.From(granted);
        }

        return await transaction.RunGuardedAsync(db, async token =>
        {
            var row = await db.Set<CardPin>().FirstOrDefaultAsync(p => p.CardId == card.Id, token);
            if (row is null)
            {
                row = new CardPin { Id = Guid.NewGuid(), CardId = card.Id, OutletId = card.OutletId };
                db.Add(row);
            }

            row.Set(newPin!, checks.Now, checks.LoginName);
            await task.RecordAsync(new AuditRecord(CardServiceModule.ModuleId, "Pin.Reset", "Card", card.Number) { OutletId = outlet.Id, OutletCode = outlet.Code },
                granted.Value, card.Number, token);
            return OperationResult<PinOutcome>.Success(new PinOutcome(card.Number, false, granted.Value?.ReviewerLogin));
        }, ct);
    }

    /// <summary>Whether the card has a PIN, and whether it is locked (the card's page).</summary>
    public async Task<(bool Set, bool Locked)> StateAsync(Guid cardId, CancellationToken ct = default)
    {
        var pin = await db.Set<CardPin>().AsNoTracking().Where(p => p.CardId == cardId).Select(p => new { p.Locked, p.Hash }).FirstOrDefaultAsync(ct);
        return (pin is { Hash.Length: > 0 }, pin?.Locked == true);
    }

    /// <summary>Checks a new PIN and its confirmation (errors on <c>newPin</c> and <c>confirmPin</c>).</summary>
    private async Task NewPinAsync(CardInfo card, string? newPin, string? confirmPin, List<OperationError> errors, CancellationToken ct)
    {
        var born = await checks.BirthDateAsync(card, ct);
        switch (PinRules.Problem(newPin, born))
        {
            case "format":
                errors.Add(CardServiceErrors.PinFormat("newPin"));
                return;
            case "oneDigit":
                errors.Add(CardServiceErrors.PinOneDigit("newPin"));
                return;
            case "birthDate":
                errors.Add(CardServiceErrors.PinBirthDate("newPin"));
                return;
        }

        if (confirmPin != newPin)
        {
            errors.Add(CardServiceErrors.PinMismatch());
        }
    }

    /// <summary>The presented card at the caller's counter, refused for an anonymous card: without an ID document nobody may unlock or reset its PIN.</summary>
    private async Task<OperationResult<(Outlets.Contracts.OutletInfo Outlet, CardInfo Card)>> RegisteredAsync(string? cardNumber, CancellationToken ct)
    {
        var presented = await checks.PresentedAsync(cardNumber, ct);
        return presented.Succeeded && presented.Value.Card.CustomerId is null
            ? OperationResult<(Outlets.Contracts.OutletInfo, CardInfo)>.Fail(FailureKind.Unprocessable, CardServiceErrors.AnonymousNoPinReset(presented.Value.Card.Number))
            : presented;
    }
}
