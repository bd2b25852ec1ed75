using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Settings;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.CardService.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CardService.Services;

/// <summary>
/// Replacement (补卡 3.19/3.20) of a lost card after the waiting period, a bad card at once, or an expired card (exchange): a new
/// card of the same product from the operator's drawer takes the old card's customer, primary card (or secondary cards), holder
/// fields, card account and deposit — the money by one ledger entry — and the old number is blocked for good. The old card's purse
/// as last known moves to the new card's account once the settlement window has passed (terminal records of the old card may still
/// arrive until then), by a second entry.
/// </summary>
public sealed class Replacements(
    AdminDbContext db, CardServiceChecks checks, ICardRegistry registry, ICardStatusChanges statuses, ILedger ledger, TaskTransaction transaction,
    IAuditTrail audit, SystemSettings settings)
{
    public const string TaskType = "CardService.Replace";

    public async Task<OperationResult<Replacement>> ReplaceAsync(string? cardNumber, string? newCard, string? idNumber, string? paymentMethod = null, CancellationToken ct = default)
    {
        var counter = await checks.CounterAsync(ct);
        if (!counter.Succeeded)
        {
            return OperationResult<Replacement>.From(counter);
        }

        var errors = new List<OperationError>();
        var card = await checks.CardAsync(cardNumber, "card", errors, ct);
        if (string.IsNullOrWhiteSpace(newCard))
        {
            errors.Add(CardServiceErrors.NewCardRequired());
        }

        if (card is null)
        {
            return OperationResult<Replacement>.Invalid([.. errors]);
        }

        var now = checks.Now;
        ReplacementReason reason;
        LossReport? report = null;
        var waitHours = await settings.GetIntAsync(CardServiceSettings.ReplacementWaitHours, ct);
        switch (card.Status)
        {
            case "Lost":
                reason = ReplacementReason.Lost;
                report = await LossReports.Latest(db, card.Id).FirstOrDefaultAsync(ct);
                if (report is { Status: LossReportStatus.Open } && now < report.ReplaceableFrom(waitHours))
                {
                    var early = OperationResult<Replacement>.Conflict(CardServiceErrors.WaitingPeriod(card.Number, await checks.LocalAsync(report.ReportedAt, ct),
                        await checks.LocalAsync(report.ReplaceableFrom(waitHours), ct), waitHours));
                    early.With("replaceableFrom", report.ReplaceableFrom(waitHours));
                    return early;
                }

                break;
            case "Bad":
                reason = ReplacementReason.Bad;
                break;
            case "Invalid":
            case "Issued" when CardServiceChecks.Expired(card, now):
                reason = ReplacementReason.Expired;
                break;
            default:
                return OperationResult<Replacement>.Conflict(CardServiceErrors.NotReplaceable(card.Number, card.Status));
        }

        if (card.CustomerId is not null)
        {
            await checks.IdentityAsync(card, idNumber, errors, ct);
        }

        if (!string.IsNullOrWhiteSpace(newCard) && Digits(newCard) == card.Number)
        {
            errors.Add(CardServiceErrors.NewCardIsOld());
        }

        var (fee, method) = await checks.CardFeeAsync(paymentMethod, errors, ct);
        if (errors.Count > 0)
        {
            return OperationResult<Replacement>.Invalid([.. errors]);
        }

        var (outlet, operatorId) = counter.Value;
        var settlementHours = await settings.GetIntAsync(CardServiceSettings.PurseSettlementHours, ct);
        var replacement = new Replacement
        {
            Id = Guid.NewGuid(), OldCardId = card.Id, OldNumber = card.Number, CustomerId = card.CustomerId, Reason = reason, LossReportId = report?.Id,
            OutletId = card.OutletId, OutletCode = card.OutletCode, OperatorLogin = checks.LoginName, At = now, PurseDueAt = now.AddHours(settlementHours),
            Fee = fee, FeePaymentMethod = method,
        };
        try
        {
            return await transaction.RunAsync(async token =>
            {
                var issued = await registry.AddIssuedAsync(new NewCard(card.ProductId, newCard, card.CustomerId, card.PrimaryCardId, null, null, null, card.FaceValue,
                    outlet.Id, outlet.Code, operatorId, checks.LoginName, now, "newCard"), token);
                if (!issued.Succeeded)
                {
                    return OperationResult<Replacement>.From(issued);
                }

                var fresh = issued.Value!;
                replacement.NewCardId = fresh.Id;
                replacement.NewNumber = fresh.Number;
                var replaced = await statuses.ReplaceAsync(card.Id, card.Status, fresh.Id, token);
                if (!replaced.Succeeded)
                {
                    return OperationResult<Replacement>.From(replaced);
                }

                await CardRestrictions.MoveToReplacementAsync(db, card.Id, fresh.Id, fresh.Number, token);
                var posted = await PostAsync(replacement, card.OutletId, outlet.Id, operatorId, settlementHours == 0, token);
                if (!posted.Succeeded)
                {
                    return OperationResult<Replacement>.From(posted);
                }

                if (reason == ReplacementReason.Lost && await LossReports.Open(db, card.Id).FirstOrDefaultAsync(token) is { } open)
                {
                    open.Status = LossReportStatus.Replaced;
                    open.ClosedAt = now;
                    open.ClosedBy = checks.LoginName;
                }

                db.Add(replacement);
                audit.Record(new AuditRecord(CardServiceModule.ModuleId, "Card.Replace", nameof(Replacement), replacement.Id.ToString(), new { card = card.Number, status = card.Status },
                    new
                    {
                        card = card.Number, status = "Replaced", newCard = fresh.Number, reason = reason.ToString(), cardAccount = replacement.CardAmount, deposit = replacement.DepositAmount,
                        purse = replacement.PurseAmount, purseDueAt = replacement.PurseDueAt, fee = replacement.Fee, paymentMethod = replacement.FeePaymentMethod,
                    }) { OutletId = outlet.Id, OutletCode = outlet.Code });
                return OperationResult<Replacement>.Success(replacement);
            }, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            db.ChangeTracker.Clear();
            return LostRace.Conflict<Replacement>();
        }
    }

    /// <summary>
    /// The replacement's entry: D Card(old) · C Card(new) the card account, D Deposit(old) · C Deposit(new) the deposit, and with no
    /// settlement window D Purse(old) · C Card(new) the purse as last known, and the new card's fee D Till(operator, method) · C
    /// FeeIncome. Balances are read inside the transaction; nothing is posted when everything is zero. Money in transit to or from the purse stops the replacement (the reader is still writing).
    /// </summary>
    private async Task<OperationResult> PostAsync(Replacement r, Guid oldOutlet, Guid newOutlet, Guid operatorId, bool purseNow, CancellationToken ct)
    {
        var balances = await ledger.BalancesOfAsync([r.OldCardId], [AccountKind.Card, AccountKind.Deposit, AccountKind.Purse, AccountKind.PurseInTransit], ct);
        decimal Of(AccountKind kind) => balances.Where(b => b.Kind == kind).Sum(b => b.Balance);
        if (Of(AccountKind.PurseInTransit) != 0)
        {
            return OperationResult.Conflict(CardServiceErrors.PurseInTransit(r.OldNumber));
        }

        r.CardAmount = await ledger.BalanceAsync(AccountRef.Card(r.OldCardId, oldOutlet), ct);
        r.DepositAmount = await ledger.BalanceAsync(AccountRef.Deposit(r.OldCardId, oldOutlet), ct);
        var purse = purseNow ? await ledger.BalanceAsync(AccountRef.Purse(r.OldCardId, oldOutlet), ct) : 0m;
        var lines = new List<PostingLine>();
        if (r.CardAmount > 0)
        {
            lines.Add(PostingLine.Debit(AccountRef.Card(r.OldCardId, oldOutlet), r.CardAmount));
            lines.Add(PostingLine.Credit(AccountRef.Card(r.NewCardId, newOutlet), r.CardAmount));
        }

        if (r.DepositAmount > 0)
        {
            lines.Add(PostingLine.Debit(AccountRef.Deposit(r.OldCardId, oldOutlet), r.DepositAmount));
            lines.Add(PostingLine.Credit(AccountRef.Deposit(r.NewCardId, newOutlet), r.DepositAmount));
        }

        if (purse > 0)
        {
            lines.Add(PostingLine.Debit(AccountRef.Purse(r.OldCardId, oldOutlet), purse));
            lines.Add(PostingLine.Credit(AccountRef.Card(r.NewCardId, newOutlet), purse));
        }

        if (r.Fee > 0 && r.FeePaymentMethod is { } method)
        {
            lines.Add(PostingLine.Debit(AccountRef.Till(operatorId, newOutlet, method), r.Fee));
            lines.Add(PostingLine.Credit(AccountRef.OfOutlet(AccountKind.FeeIncome, newOutlet), r.Fee));
        }

        if (purseNow)
        {
            r.PurseAmount = purse;
            r.PurseMovedAt = r.At;
            r.PurseMovedBy = r.OperatorLogin;
        }

        if (lines.Count == 0)
        {
            return OperationResult.Success();
        }

        var posted = await ledger.PostAsync(new Posting(TaskType, r.Id.ToString(), newOutlet, $"replacement {r.OldNumber} → {r.NewNumber}", lines) { Reference = r.NewNumber }, ct);
        if (!posted.Succeeded)
        {
            return posted;
        }

        r.EntryId = posted.Value!.EntryId;
        if (purseNow && purse > 0)
        {
            r.PurseEntryId = r.EntryId;
        }

        return OperationResult.Success();
    }

    private static string Digits(string text) => new(text.Where(char.IsDigit).ToArray());
}
