using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;
using Admin.Modules.Transfers.Models;

namespace Admin.Modules.Transfers.Services;

/// <summary>What head office asks to move: from a customer (code) or card (number) to another, the amount and the reason.</summary>
public sealed record TransferInput(
    string? FromCustomer, string? FromCard, string? ToCustomer, string? ToCard, decimal? Amount, string? Reason, ReviewCredentials? Review);

/// <summary>
/// The manual transfer (手工转账): checked (all field errors at once), refused when the source holds less (409 naming the
/// account), always reviewed by a second head-office operator, then one task: the number, one ledger entry (D source · C
/// destination, the reason in the memo, so both owners' histories show it), the record, the audit record and the grant.
/// </summary>
public sealed class ManualTransfers(
    AdminDbContext db, TaskTransaction transaction, TransferParties parties, ILedger ledger, CounterTask task, IOutletSequences sequences,
    IOutletDirectory outlets, ICurrentOperator current, TimeProvider clock)
{
    public const string TaskType = "Transfers.Manual";

    public async Task<OperationResult<ManualTransfer>> MakeAsync(TransferInput input, CancellationToken ct = default)
    {
        if (current.OutletId is not { } outletId || current.OperatorId is not { } operatorId
            || await outlets.FindAsync(outletId, ct) is not { IsHeadOffice: true } outlet)
        {
            return OperationResult<ManualTransfer>.Conflict(TransfersErrors.HeadOfficeOnly());
        }

        var errors = new List<OperationError>();
        var from = await parties.FindAsync("from", input.FromCustomer, input.FromCard, errors, ct);
        var to = await parties.FindAsync("to", input.ToCustomer, input.ToCard, errors, ct);
        if (from is not null && to is not null && from.Kind == to.Kind && from.OwnerId == to.OwnerId)
        {
            errors.Add(TransfersErrors.SameAccount());
        }

        if (Money.Check(input.Amount, "amount") is { } badAmount)
        {
            errors.Add(badAmount);
        }
        else if (input.Amount <= 0)
        {
            errors.Add(TransfersErrors.AmountPositive());
        }

        var reason = input.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            errors.Add(TransfersErrors.ReasonRequired());
        }
        else if (reason.Length > ManualTransfer.MaxReason)
        {
            errors.Add(TransfersErrors.ReasonTooLong(ManualTransfer.MaxReason));
        }

        if (errors.Count > 0)
        {
            return OperationResult<ManualTransfer>.Invalid([.. errors]);
        }

        var amount = input.Amount!.Value;
        var source = from!;
        var target = to!;
        var held = await ledger.BalanceAsync(source.Account, ct);
        if (amount > held)
        {
            return FundsShort(source, held, amount);
        }

        var summary = CanonicalJson.Object(s => s
            .Amount("amount", amount).Text("from", source.Code).Text("fromKind", source.Kind.ToString()).Text("reason", reason)
            .Text("to", target.Code).Text("toKind", target.Kind.ToString()));
        var review = await task.ReviewAsync(
            new ReviewRequest(TaskType, outlet.Id, [new ReviewReason(TransfersReviewPoints.Manual, "manual transfer of {0} from {1} to {2}: {3}", Money.Format(amount), source.Label, target.Label, reason)],
                summary, input.Review),
            new ReviewText("the manual transfer of {0} from {1} to {2}", Money.Display(amount), source.Label, target.Label), ct);
        if (!review.Succeeded)
        {
            return OperationResult<ManualTransfer>.From(review);
        }

        var transfer = new ManualTransfer
        {
            Id = Guid.NewGuid(), OutletId = outlet.Id, OutletCode = outlet.Code,
            FromKind = source.Kind, FromOwnerId = source.OwnerId, FromOutletId = source.OutletId, FromCode = source.Code, FromCustomerId = source.CustomerId, FromCustomerCode = source.CustomerCode,
            ToKind = target.Kind, ToOwnerId = target.OwnerId, ToOutletId = target.OutletId, ToCode = target.Code, ToCustomerId = target.CustomerId, ToCustomerCode = target.CustomerCode,
            Amount = amount, Reason = reason!, At = clock.GetUtcNow().UtcDateTime, OperatorId = operatorId, OperatorLogin = current.LoginName,
            ReviewerLogin = review.Value?.ReviewerLogin,
        };
        try
        {
            return await transaction.RunAsync(token => WriteAsync(transfer, source, target, review.Value, token), ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            return LostRace.Conflict<ManualTransfer>();
        }
    }

    private async Task<OperationResult<ManualTransfer>> WriteAsync(ManualTransfer transfer, Party source, Party target, ReviewGrant? grant, CancellationToken ct)
    {
        transfer.Number = await sequences.NextAsync(transfer.OutletId, "transfer", ct);
        var memo = $"manual transfer from {source.Label} to {target.Label}: {transfer.Reason}";
        var posted = await ledger.PostAsync(new Posting(TaskType, transfer.Id.ToString(), transfer.OutletId, memo.Length <= 200 ? memo : memo[..200],
            [PostingLine.Debit(source.Account, transfer.Amount), PostingLine.Credit(target.Account, transfer.Amount)]) { Reference = transfer.Reference }, ct);
        if (!posted.Succeeded)
        {
            // A parallel task took the money after the check: the ledger's refusal names the account.
            return OperationResult<ManualTransfer>.From(posted);
        }

        transfer.LedgerEntryId = posted.Value!.EntryId;
        db.Add(transfer);
        await task.RecordAsync(new AuditRecord(TransfersModule.ModuleId, "Transfer.Make", nameof(ManualTransfer), transfer.Reference, null, new
        {
            from = source.Label, to = target.Label, amount = Money.Format(transfer.Amount), reason = transfer.Reason, reviewer = grant?.ReviewerLogin,
        }) { OutletId = transfer.OutletId, OutletCode = transfer.OutletCode }, grant, transfer.Id.ToString(), ct);
        return OperationResult<ManualTransfer>.Success(transfer);
    }

    private static OperationResult<ManualTransfer> FundsShort(Party source, decimal held, decimal amount)
    {
        var refused = OperationResult<ManualTransfer>.Conflict(TransfersErrors.FundsShort(source.Label, held, amount));
        refused.With("account", source.Label).With("accountKind", source.Kind.ToString()).With("owner", source.OwnerId.ToString()).With("balance", held);
        return refused;
    }
}
