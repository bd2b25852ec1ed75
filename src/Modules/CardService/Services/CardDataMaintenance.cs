using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Contracts;

namespace Admin.Modules.CardService.Services;

/// <summary>Card data (卡片资料 3.10): holder, vehicle plate and notes, against the version read, in one transaction with its audit record.</summary>
public sealed class CardDataMaintenance(AdminDbContext db, CardServiceChecks checks, ICards cards, ICardStatusChanges statuses, TaskTransaction transaction, IAuditTrail audit)
{
    /// <summary>Changes the card's holder, vehicle plate and notes (卡片资料 3.10) against the version read; audited.</summary>
    public async Task<OperationResult<CardInfo>> UpdateDataAsync(string? number, string? holderName, string? vehiclePlate, string? notes, string? version, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        var card = await checks.CardAsync(number, "card", errors, ct);
        if (card is null)
        {
            return errors.Any(e => e.Code == "cardService.cardNotFound")
                ? OperationResult<CardInfo>.NotFound(errors[0])
                : OperationResult<CardInfo>.Invalid([.. errors]);
        }

        try
        {
            return await transaction.RunAsync(async token =>
            {
                var updated = await statuses.UpdateDataAsync(card.Id, holderName, vehiclePlate, notes, version, token);
                if (!updated.Succeeded)
                {
                    return updated;
                }

                var after = updated.Value!;
                audit.Record(new AuditRecord(CardServiceModule.ModuleId, "Card.UpdateData", "Card", card.Number,
                    new { holderName = card.HolderName, vehiclePlate = card.VehiclePlate, notes = card.Notes },
                    new { holderName = after.HolderName, vehiclePlate = after.VehiclePlate, notes = after.Notes }) { OutletId = card.OutletId, OutletCode = card.OutletCode });
                return OperationResult<CardInfo>.Success(after);
            }, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            db.ChangeTracker.Clear();
            var current = await cards.FindAsync(card.Id, ct);
            return OperationResult<CardInfo>.From(OperationResult.Conflict(new OperationError("concurrency.stale", "Someone else changed this record after you opened it (current version {0}). Review the current values and apply your change again.", "version", current?.Version ?? "")).With("version", current?.Version));
        }
    }
}
