using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.CustomerAccounts.Services;

/// <summary>
/// Writes a refund inside the caller's task transaction: its number, the entry from the source account to RefundsPayable,
/// and for cash the payout from RefundsPayable to the operator's till (a transfer stays payable until paid), the audit record
/// and the review grant.
/// </summary>
public sealed class RefundWriter(AdminDbContext db, IOutletSequences sequences, ILedger ledger, CounterTask task)
{
    /// <summary>The receipt sequence of refunds (per outlet).</summary>
    public const string Sequence = "refund";

    public static string TaskType(RefundKind kind) => $"{CustomerAccountsModule.ModuleId}.Refund{kind}";

    public async Task<OperationResult<Refund>> WriteAsync(Refund refund, AccountRef source, ReviewGrant? grant, string auditAction, object? summary, CancellationToken ct)
    {
        refund.Number = await sequences.NextAsync(refund.OutletId, Sequence, ct);
        refund.ReviewerLogin = grant?.ReviewerLogin;
        refund.Status = RefundStatus.Payable;
        db.Add(refund);
        if (refund.Amount > 0)
        {
            var payable = AccountRef.RefundsPayable(refund.PayableOwner, refund.OutletId);
            var posted = await ledger.PostAsync(new Posting(TaskType(refund.Kind), refund.Id.ToString(), refund.OutletId, $"{refund.Receipt} {refund.Kind} refund",
                [PostingLine.Debit(source, refund.Amount), PostingLine.Credit(payable, refund.Amount)]) { Reference = refund.Receipt }, ct);
            if (!posted.Succeeded)
            {
                return OperationResult<Refund>.From(posted);
            }

            refund.EntryId = posted.Value!.EntryId;
        }

        if (refund.Method == CheckedPayout.Cash || refund.Amount == 0)
        {
            var paid = await PayAsync(refund, ct);
            if (!paid.Succeeded)
            {
                return OperationResult<Refund>.From(paid);
            }
        }

        await task.RecordAsync(new AuditRecord(CustomerAccountsModule.ModuleId, auditAction, nameof(Refund), refund.Receipt, null, summary)
            { OutletId = refund.OutletId, OutletCode = refund.OutletCode }, grant, refund.Id.ToString(), ct);
        return OperationResult<Refund>.Success(refund);
    }

    /// <summary>Pays the refund out of the operator's till in its method (the row's status is the caller's to guard).</summary>
    public async Task<OperationResult> PayAsync(Refund refund, CancellationToken ct, Guid? operatorId = null, string? login = null)
    {
        if (refund.Amount > 0)
        {
            var payable = AccountRef.RefundsPayable(refund.PayableOwner, refund.OutletId);
            var till = AccountRef.Till(operatorId ?? refund.OperatorId, refund.OutletId, refund.Method);
            var posted = await ledger.PostAsync(new Posting($"{CustomerAccountsModule.ModuleId}.RefundPay", refund.Id.ToString(), refund.OutletId, $"{refund.Receipt} paid",
                [PostingLine.Debit(payable, refund.Amount), PostingLine.Credit(till, refund.Amount)]) { Reference = refund.Receipt }, ct);
            if (!posted.Succeeded)
            {
                return posted;
            }

            refund.PayEntryId = posted.Value!.EntryId;
        }

        refund.Status = RefundStatus.Paid;
        refund.PaidAt = refund.At;
        refund.PaidBy = login ?? refund.OperatorLogin;
        return OperationResult.Success();
    }
}
