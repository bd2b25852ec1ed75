using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.CardService.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CardService.Services;

/// <summary>What a status task did: the card's number and its status now, and the loss report it opened or closed.</summary>
public sealed record StatusOutcome(string Card, string Status, LossReport? LossReport = null, DateTime? ExpiresAt = null);

/// <summary>
/// The status tasks of card service: loss report (挂失 3.15, registered cards only, the customer's ID document checked) and its
/// cancellation (止挂 3.16), bad card (坏卡 3.17), reactivation of an expired card (失效卡 3.18). Each is one transaction with its
/// audit record, and each status change appends a block-list row (Cards' <see cref="ICardStatusChanges"/>), so terminals refuse
/// or accept the card from their next update.
/// </summary>
public sealed class LossReports(AdminDbContext db, CardServiceChecks checks, ICardStatusChanges statuses, ICardProducts products, TaskTransaction transaction, IAuditTrail audit)
{
    /// <summary>Anonymous cards are valid this long again when the product says nothing (the prepaid-card rules' minimum).</summary>
    public const int DefaultAnonymousValidityMonths = 36;

    public async Task<OperationResult<StatusOutcome>> ReportLostAsync(string? cardNumber, string? idNumber, CancellationToken ct = default)
    {
        var counter = await checks.CounterAsync(ct);
        if (!counter.Succeeded)
        {
            return OperationResult<StatusOutcome>.From(counter);
        }

        var errors = new List<OperationError>();
        var card = await checks.CardAsync(cardNumber, "card", errors, ct);
        if (card is null)
        {
            return OperationResult<StatusOutcome>.Invalid([.. errors]);
        }

        if (card.Kind == "Anonymous" || card.CustomerId is null)
        {
            return OperationResult<StatusOutcome>.Fail(FailureKind.Unprocessable, CardServiceErrors.AnonymousNoLossReport(card.Number));
        }

        if (card.Status != "Issued")
        {
            return OperationResult<StatusOutcome>.Conflict(CardServiceErrors.NotInUse(card.Number, card.Status));
        }

        await checks.IdentityAsync(card, idNumber, errors, ct);
        if (errors.Count > 0)
        {
            return OperationResult<StatusOutcome>.Invalid([.. errors]);
        }

        var (outlet, _) = counter.Value;
        var report = new LossReport
        {
            Id = Guid.NewGuid(), CardId = card.Id, CardNumber = card.Number, CustomerId = card.CustomerId.Value, OutletId = card.OutletId, OutletCode = card.OutletCode,
            Status = LossReportStatus.Open, ReportedAt = checks.Now, ReportedBy = checks.LoginName,
        };
        return await RunAsync(async token =>
        {
            var changed = await statuses.ChangeStatusAsync(card.Id, "Issued", "Lost", "Lost", token);
            if (!changed.Succeeded)
            {
                return OperationResult<StatusOutcome>.From(changed);
            }

            db.Add(report);
            audit.Record(new AuditRecord(CardServiceModule.ModuleId, "Card.ReportLost", "Card", card.Number, new { status = card.Status }, new { status = "Lost", lossReport = report.Id })
            { OutletId = outlet.Id, OutletCode = outlet.Code });
            return OperationResult<StatusOutcome>.Success(new StatusOutcome(card.Number, "Lost", report));
        }, ct);
    }

    public async Task<OperationResult<StatusOutcome>> CancelLossAsync(string? cardNumber, string? idNumber, CancellationToken ct = default)
    {
        var counter = await checks.CounterAsync(ct);
        if (!counter.Succeeded)
        {
            return OperationResult<StatusOutcome>.From(counter);
        }

        var errors = new List<OperationError>();
        var card = await checks.CardAsync(cardNumber, "card", errors, ct);
        if (card is null)
        {
            return OperationResult<StatusOutcome>.Invalid([.. errors]);
        }

        if (card.Status != "Lost")
        {
            return OperationResult<StatusOutcome>.Conflict(CardServiceErrors.NotLost(card.Number, card.Status));
        }

        await checks.IdentityAsync(card, idNumber, errors, ct);
        if (errors.Count > 0)
        {
            return OperationResult<StatusOutcome>.Invalid([.. errors]);
        }

        var (outlet, _) = counter.Value;
        return await RunAsync(async token =>
        {
            var changed = await statuses.ChangeStatusAsync(card.Id, "Lost", "Issued", "LossCancelled", token);
            if (!changed.Succeeded)
            {
                return OperationResult<StatusOutcome>.From(changed);
            }

            var report = await Open(db, card.Id).FirstOrDefaultAsync(token);
            if (report is not null)
            {
                report.Status = LossReportStatus.Cancelled;
                report.ClosedAt = checks.Now;
                report.ClosedBy = checks.LoginName;
            }

            audit.Record(new AuditRecord(CardServiceModule.ModuleId, "Card.CancelLoss", "Card", card.Number, new { status = "Lost" }, new { status = "Issued", lossReport = report?.Id })
            { OutletId = outlet.Id, OutletCode = outlet.Code });
            return OperationResult<StatusOutcome>.Success(new StatusOutcome(card.Number, "Issued", report));
        }, ct);
    }

    /// <summary>坏卡: the card cannot be read; it is blocked at once and may be replaced at once with the balance the host knows.</summary>
    public async Task<OperationResult<StatusOutcome>> ReportBadAsync(string? cardNumber, CancellationToken ct = default)
    {
        var counter = await checks.CounterAsync(ct);
        if (!counter.Succeeded)
        {
            return OperationResult<StatusOutcome>.From(counter);
        }

        var errors = new List<OperationError>();
        var card = await checks.CardAsync(cardNumber, "card", errors, ct);
        if (card is null)
        {
            return OperationResult<StatusOutcome>.Invalid([.. errors]);
        }

        if (card.Status != "Issued")
        {
            return OperationResult<StatusOutcome>.Conflict(CardServiceErrors.NotInUse(card.Number, card.Status));
        }

        var (outlet, _) = counter.Value;
        return await RunAsync(async token =>
        {
            var changed = await statuses.ChangeStatusAsync(card.Id, "Issued", "Bad", "Bad", token);
            if (!changed.Succeeded)
            {
                return OperationResult<StatusOutcome>.From(changed);
            }

            audit.Record(new AuditRecord(CardServiceModule.ModuleId, "Card.ReportBad", "Card", card.Number, new { status = "Issued" }, new { status = "Bad" })
            { OutletId = outlet.Id, OutletCode = outlet.Code });
            return OperationResult<StatusOutcome>.Success(new StatusOutcome(card.Number, "Bad"));
        }, ct);
    }

    /// <summary>
    /// 失效卡: an expired card (anonymous cards expire; their money is never forfeited) is valid again for its product's validity from
    /// today, and in use again if it had been marked invalid.
    /// </summary>
    public async Task<OperationResult<StatusOutcome>> ReactivateAsync(string? cardNumber, CancellationToken ct = default)
    {
        var counter = await checks.CounterAsync(ct);
        if (!counter.Succeeded)
        {
            return OperationResult<StatusOutcome>.From(counter);
        }

        var errors = new List<OperationError>();
        var card = await checks.CardAsync(cardNumber, "card", errors, ct);
        if (card is null)
        {
            return OperationResult<StatusOutcome>.Invalid([.. errors]);
        }

        var now = checks.Now;
        if (card.Status is not ("Issued" or "Invalid"))
        {
            return OperationResult<StatusOutcome>.Conflict(CardServiceErrors.NotReactivatable(card.Number, card.Status));
        }

        if (card.Status == "Issued" && !CardServiceChecks.Expired(card, now))
        {
            return OperationResult<StatusOutcome>.Conflict(CardServiceErrors.NotExpired(card.Number));
        }

        var months = (await products.FindAsync(card.ProductId, ct))?.ValidityMonths ?? DefaultAnonymousValidityMonths;
        var expiresAt = now.AddMonths(months);
        var (outlet, _) = counter.Value;
        return await RunAsync(async token =>
        {
            var changed = await statuses.ReactivateAsync(card.Id, expiresAt, token);
            if (!changed.Succeeded)
            {
                return OperationResult<StatusOutcome>.From(changed);
            }

            audit.Record(new AuditRecord(CardServiceModule.ModuleId, "Card.Reactivate", "Card", card.Number, new { status = card.Status, expiresAt = card.ExpiresAt },
                new { status = "Issued", expiresAt }) { OutletId = outlet.Id, OutletCode = outlet.Code });
            return OperationResult<StatusOutcome>.Success(new StatusOutcome(card.Number, "Issued", null, expiresAt));
        }, ct);
    }

    /// <summary>The card's open loss reports, tracked, latest first.</summary>
    internal static IQueryable<LossReport> Open(AdminDbContext db, Guid cardId) =>
        db.Set<LossReport>().Where(r => r.CardId == cardId && r.Status == LossReportStatus.Open).OrderByDescending(r => r.ReportedAt);

    /// <summary>The card's loss reports, latest first.</summary>
    internal static IQueryable<LossReport> Latest(AdminDbContext db, Guid cardId) =>
        db.Set<LossReport>().AsNoTracking().Where(r => r.CardId == cardId).OrderByDescending(r => r.ReportedAt);

    /// <summary>The card's latest loss report, or null.</summary>
    public Task<LossReport?> LatestReportAsync(Guid cardId, CancellationToken ct = default) => Latest(db, cardId).FirstOrDefaultAsync(ct);

    private async Task<OperationResult<StatusOutcome>> RunAsync(Func<CancellationToken, Task<OperationResult<StatusOutcome>>> task, CancellationToken ct)
    {
        try
        {
            return await transaction.RunAsync(task, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            db.ChangeTracker.Clear();
            return LostRace.Conflict<StatusOutcome>();
        }
    }
}
