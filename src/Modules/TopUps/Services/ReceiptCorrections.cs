using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Time;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.TopUps.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.TopUps.Services;

/// <summary>
/// Cancel (收款撤单, 2.18: the receipt's own local day) and reverse (收款冲销, 2.19: any day) a receipt, both always reviewed:
/// the exact opposite entry (<see cref="ILedger.ReverseAsync"/>) takes the money back out of the account it went to and out
/// of the serving operator's till. Never more than is still there: when the money moved on (pre-allocated to cards, loaded
/// onto a chip, spent) the 409 says where it is now. The status changes once, by a conditional update, so two corrections
/// of one receipt at once cannot both pass.
/// </summary>
public sealed class ReceiptCorrections(
    AdminDbContext db, ReceiptQuery query, TopUpChecks current, LocalClock local, ILedger ledger, MoneyWhereabouts whereabouts, CounterTask task, TaskTransaction transaction)
{
    /// <summary>Cancels (<paramref name="cancel"/>) or reverses the visible receipt.</summary>
    public async Task<OperationResult<TopUpReceipt>> CorrectAsync(Guid id, bool cancel, string? reason, ReviewCredentials? review, CancellationToken ct = default)
    {
        var receipt = await query.FindAsync(id, ct);
        if (receipt is null)
        {
            return OperationResult<TopUpReceipt>.NotFound(TopUpsErrors.ReceiptNotFound());
        }

        if (current.OutletId != receipt.OutletId || current.OperatorId is null)
        {
            // The money goes back out of the serving outlet's till: only that outlet corrects it.
            return OperationResult<TopUpReceipt>.Fail(FailureKind.Conflict, TopUpsErrors.OutletOnly());
        }

        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (why?.Length > TopUpReceipt.MaxReason)
        {
            return OperationResult<TopUpReceipt>.Invalid(TopUpsErrors.ReasonTooLong(TopUpReceipt.MaxReason));
        }

        var offset = await local.OffsetAsync(ct);
        var state = cancel
            ? receipt.CannotCancel(LocalClock.DayOf(receipt.At, offset), LocalClock.DayOf(current.Now, offset), await query.ShiftClosedAsync(receipt, ct))
            : receipt.CannotReverse();
        if (state is not null)
        {
            return Conflict(state, receipt);
        }

        var account = CreditedAccount(receipt);
        var still = await ledger.BalanceAsync(account, ct);
        if (still < receipt.Amount)
        {
            return Conflict(TopUpsErrors.MovedOn(receipt.Receipt, still, receipt.Amount, await whereabouts.WhereAsync(receipt, ct)), receipt);
        }

        var point = cancel ? TopUpsReviewPoints.Cancel : TopUpsReviewPoints.Reverse;
        var taskType = $"{TopUpsModule.ModuleId}.{(cancel ? "Cancel" : "Reverse")}";
        var summary = CanonicalJson.Object(s => s
            .Amount("amount", receipt.Amount).Text("action", cancel ? "cancel" : "reverse").Text("customer", receipt.CustomerCode).Text("card", receipt.CardNumber)
            .Text("paymentMethod", receipt.PaymentMethod).Text("reason", why).Text("receipt", receipt.Receipt));
        var reasons = new List<ReviewReason>
        {
            new(point, "receipt {0}: {1} paid by {2} taken back out of the account and the till", receipt.Receipt, Money.Format(receipt.Amount), await current.MethodNameAsync(receipt.PaymentMethod, ct)),
        };
        var subject = new ReviewText(cancel ? "the cancellation of receipt {0} ({1}, {2})" : "the reversal of receipt {0} ({1}, {2})",
            receipt.Receipt, Money.Format(receipt.Amount), receipt.CustomerName ?? receipt.CardNumber ?? "");
        var granted = await task.ReviewAsync(new ReviewRequest(taskType, receipt.OutletId, reasons, summary, review), subject, ct);
        if (!granted.Succeeded)
        {
            return OperationResult<TopUpReceipt>.From(granted);
        }

        var grant = granted.Value;
        try
        {
            return await transaction.RunAsync(async token =>
            {
                var at = current.Now;
                var status = cancel ? ReceiptStatus.Cancelled : ReceiptStatus.Reversed;
                var changed = await db.Set<TopUpReceipt>().Where(r => r.Id == receipt.Id && r.Status == ReceiptStatus.Posted).ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, status).SetProperty(r => r.CorrectedAt, at).SetProperty(r => r.CorrectedById, current.OperatorId).SetProperty(r => r.CorrectedBy, current.LoginName)
                    .SetProperty(r => r.CorrectionReviewer, grant == null ? null : grant.ReviewerLogin).SetProperty(r => r.CorrectionReason, why), token);
                if (changed == 0)
                {
                    var now = await db.Set<TopUpReceipt>().AsNoTracking().FirstAsync(r => r.Id == receipt.Id, token);
                    return Conflict(TopUpsErrors.NotPosted(now.Receipt, now.Status.ToString()), now);
                }

                var reversed = await ledger.ReverseAsync(receipt.LedgerEntryId, taskType, receipt.Id.ToString(), $"{receipt.Receipt} {(cancel ? "cancelled" : "reversed")}", token);
                if (!reversed.Succeeded)
                {
                    return reversed.Errors.Any(e => e.Code == "ledger.insufficientFunds")
                        ? Conflict(TopUpsErrors.MovedOn(receipt.Receipt, await ledger.BalanceAsync(account, token), receipt.Amount, await whereabouts.WhereAsync(receipt, token)), receipt)
                        : OperationResult<TopUpReceipt>.From(reversed);
                }

                var entry = reversed.Value!.EntryId;
                await db.Set<TopUpReceipt>().Where(r => r.Id == receipt.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.CorrectionEntryId, entry), token);
                await task.RecordAsync(new AuditRecord(TopUpsModule.ModuleId, cancel ? "Receipt.Cancel" : "Receipt.Reverse", nameof(TopUpReceipt), receipt.Receipt,
                    new { Status = nameof(ReceiptStatus.Posted) }, new { Status = status.ToString(), Amount = Money.Format(receipt.Amount), Reason = why, Entry = entry })
                {
                    OutletId = receipt.OutletId, OutletCode = receipt.OutletCode,
                }, grant, receipt.Id.ToString(), token);
                receipt.Status = status;
                receipt.CorrectedAt = at;
                receipt.CorrectedById = current.OperatorId;
                receipt.CorrectedBy = current.LoginName;
                receipt.CorrectionReviewer = grant?.ReviewerLogin;
                receipt.CorrectionReason = why;
                receipt.CorrectionEntryId = entry;
                return OperationResult<TopUpReceipt>.Success(receipt);
            }, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            return LostRace.Conflict<TopUpReceipt>();
        }
    }

    private static AccountRef CreditedAccount(TopUpReceipt r) =>
        r.OntoCustomerAccount ? AccountRef.Customer(r.CustomerId!.Value, r.AccountOutletId) : AccountRef.Card(r.CardId!.Value, r.AccountOutletId);

    internal static OperationResult<TopUpReceipt> Conflict(OperationError error, TopUpReceipt now)
    {
        var result = OperationResult<TopUpReceipt>.Conflict(error);
        result.With("status", now.Status.ToString());
        result.With("receipt", now.Receipt);
        return result;
    }
}
