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
/// or accept the card from their next update. Each task checks what is its own, then hands <see cref="WriteAsync"/> the change,
/// its audit action and what it writes besides.
/// </summary>
public sealed class LossReports(AdminDbContext db, CardServiceChecks checks, ICardStatusChanges statuses, ICardProducts products, TaskTransaction transaction, IAuditTrail audit)
{
    /// <summary>Anonymous cards are valid this long again when the product says nothing (the prepaid-card rules' minimum).</summary>
    public const int DefaultAnonymousValidityMonths = 36;

    /// <summary>What a task writes besides the status change: its audit record's before and after, and its outcome.</summary>
    private sealed record Written(object? Before, object After, StatusOutcome Outcome);

    public async Task<OperationResult<StatusOutcome>> ReportLostAsync(string? cardNumber, string? idNumber, CancellationToken ct = default)
    {
        var presented = await checks.PresentedAsync(cardNumber, ct);
        if (!presented.Succeeded)
        {
            return OperationResult<StatusOutcome>.From(presented);
        }

        var (outlet, card) = presented.Value;
        if (card.Kind == "Anonymous" || card.CustomerId is null)
        {
            return OperationResult<StatusOutcome>.Fail(FailureKind.Unprocessable, CardServiceErrors.AnonymousNoLossReport(card.Number));
        }

        if (card.Status != "Issued")
        {
            return OperationResult<StatusOutcome>.Conflict(CardServiceErrors.NotInUse(card.Number, card.Status));
        }

        if (await checks.IdentifiedAsync(card, idNumber, ct) is { } wrongId)
        {
            return OperationResult<StatusOutcome>.From(wrongId);
        }

        var report = new LossReport
        {
            Id = Guid.NewGuid(), CardId = card.Id, CardNumber = card.Number, CustomerId = card.CustomerId.Value, OutletId = card.OutletId, OutletCode = card.OutletCode,
            Status = LossReportStatus.Open, ReportedAt = checks.Now, ReportedBy = checks.LoginName,
        };
        return await WriteAsync(outlet, card, t => statuses.ChangeStatusAsync(card.Id, "Issued", "Lost", "Lost", t), "Card.ReportLost", _ =>
        {
            db.Add(report);
            return Task.FromResult(new Written(new { status = card.Status }, new { status = "Lost", lossReport = report.Id }, new StatusOutcome(card.Number, "Lost", report)));
        }, ct);
    }

    public async Task<OperationResult<StatusOutcome>> CancelLossAsync(string? cardNumber, string? idNumber, CancellationToken ct = default)
    {
        var presented = await checks.PresentedAsync(cardNumber, ct);
        if (!presented.Succeeded)
        {
            return OperationResult<StatusOutcome>.From(presented);
        }

        var (outlet, card) = presented.Value;
        if (card.Status != "Lost")
        {
            return OperationResult<StatusOutcome>.Conflict(CardServiceErrors.NotLost(card.Number, card.Status));
        }

        if (await checks.IdentifiedAsync(card, idNumber, ct) is { } wrongId)
        {
            return OperationResult<StatusOutcome>.From(wrongId);
        }

        return await WriteAsync(outlet, card, t => statuses.ChangeStatusAsync(card.Id, "Lost", "Issued", "LossCancelled", t), "Card.CancelLoss", async token =>
        {
            var report = await Open(db, card.Id).FirstOrDefaultAsync(token);
            if (report is not null)
            {
                report.Status = LossReportStatus.Cancelled;
                report.ClosedAt = checks.Now;
                report.ClosedBy = checks.LoginName;
            }

            return new Written(new { status = "Lost" }, new { status = "Issued", lossReport = report?.Id }, new StatusOutcome(card.Number, "Issued", report));
        }, ct);
    }

    /// <summary>坏卡: the card cannot be read; it is blocked at once and may be replaced at once with the balance the host knows.</summary>
    public async Task<OperationResult<StatusOutcome>> ReportBadAsync(string? cardNumber, CancellationToken ct = default)
    {
        var presented = await checks.PresentedAsync(cardNumber, ct);
        if (!presented.Succeeded)
        {
            return OperationResult<StatusOutcome>.From(presented);
        }

        var (outlet, card) = presented.Value;
        return card.Status != "Issued"
            ? OperationResult<StatusOutcome>.Conflict(CardServiceErrors.NotInUse(card.Number, card.Status))
            : await WriteAsync(outlet, card, t => statuses.ChangeStatusAsync(card.Id, "Issued", "Bad", "Bad", t), "Card.ReportBad",
                _ => Task.FromResult(new Written(new { status = "Issued" }, new { status = "Bad" }, new StatusOutcome(card.Number, "Bad"))), ct);
    }

    /// <summary>
    /// 失效卡: an expired card (anonymous cards expire; their money is never forfeited) is valid again for its product's validity from
    /// today, and in use again if it had been marked invalid.
    /// </summary>
    public async Task<OperationResult<StatusOutcome>> ReactivateAsync(string? cardNumber, CancellationToken ct = default)
    {
        var presented = await checks.PresentedAsync(cardNumber, ct);
        if (!presented.Succeeded)
        {
            return OperationResult<StatusOutcome>.From(presented);
        }

        var (outlet, card) = presented.Value;
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
        return await WriteAsync(outlet, card, t => statuses.ReactivateAsync(card.Id, expiresAt, t), "Card.Reactivate", _ => Task.FromResult(new Written(
            new { status = card.Status, expiresAt = card.ExpiresAt }, new { status = "Issued", expiresAt }, new StatusOutcome(card.Number, "Issued", null, expiresAt))), ct);
    }

    /// <summary>The card's open loss reports, tracked, latest first.</summary>
    internal static IQueryable<LossReport> Open(AdminDbContext db, Guid cardId) =>
        db.Set<LossReport>().Where(r => r.CardId == cardId && r.Status == LossReportStatus.Open).OrderByDescending(r => r.ReportedAt);

    /// <summary>The card's loss reports, latest first.</summary>
    internal static IQueryable<LossReport> Latest(AdminDbContext db, Guid cardId) =>
        db.Set<LossReport>().AsNoTracking().Where(r => r.CardId == cardId).OrderByDescending(r => r.ReportedAt);

    /// <summary>The card's latest loss report, or null.</summary>
    public Task<LossReport?> LatestReportAsync(Guid cardId, CancellationToken ct = default) => Latest(db, cardId).FirstOrDefaultAsync(ct);

    /// <summary>
    /// One transaction: the card's status change (refused when another task changed the card first), what the task writes
    /// besides, and the audit record at the caller's outlet. A lost race is a 409.
    /// </summary>
    private Task<OperationResult<StatusOutcome>> WriteAsync(
        Outlets.Contracts.OutletInfo outlet, CardInfo card, Func<CancellationToken, Task<OperationResult>> change, string action, Func<CancellationToken, Task<Written>> write,
        CancellationToken ct) =>
        transaction.RunGuardedAsync(db, async token =>
        {
            var changed = await change(token);
            if (!changed.Succeeded)
            {
                return OperationResult<StatusOutcome>.From(changed);
            }

            var written = await write(token);
            audit.Record(new AuditRecord(CardServiceModule.ModuleId, action, "Card", card.Number, written.Before, written.After) { OutletId = outlet.Id, OutletCode = outlet.Code });
            return OperationResult<StatusOutcome>.Success(written.Outcome);
        }, ct);
}
