using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Cheques.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.TopUps.Models;

namespace Admin.Modules.TopUps.Services;

/// <summary>
/// Top-up and receipts (充值收款), counter tasks served at any outlet: checks (all errors at once), then one transaction
/// (<see cref="TaskTransaction"/>): the receipt with the serving outlet's next number, the ledger entry (D the serving
/// operator's till for the payment method · C the customer's or card's account at its own outlet), the card's product cap
/// checked on the balance the posting left, the audit record. A cheque goes to the cheque counter's lifecycle instead
/// (<see cref="IChequeIntake"/>): the customer is credited when it clears.
/// </summary>
public sealed class TopUpTasks(AdminDbContext db, TopUpChecks checks, TaskTransaction transaction, IOutletSequences sequences, ILedger ledger, CounterTask task, IChequeIntake cheques)
{
    /// <summary>The serving outlet's receipt sequence of these tasks.</summary>
    public const string Sequence = "topup";

    /// <summary>The ledger's and the review gate's task type of each kind.</summary>
    public static string TaskType(TopUpKind kind) => $"{TopUpsModule.ModuleId}.{kind}";

    /// <summary>The audit action of each kind.</summary>
    public static string AuditAction(TopUpKind kind) => kind switch
    {
        TopUpKind.CustomerTopUp => "Receipt.TopUp",
        TopUpKind.CustomerReceipt => "Receipt.Receive",
        TopUpKind.CardTopUp => "Receipt.CardTopUp",
        _ => "Receipt.InternalCardTopUp",
    };

    public async Task<OperationResult<TopUpOutcome>> RunAsync(TopUpTask kind, TopUpInput input, CancellationToken ct = default)
    {
        var place = await checks.OutletAsync(ct);
        if (!place.Succeeded)
        {
            return OperationResult<TopUpOutcome>.From(place);
        }

        var (outlet, operatorId) = place.Value;
        var errors = new List<OperationError>();
        var refusals = new List<OperationError>();
        if (TopUpChecks.CheckAmount(input.Amount) is { } badAmount)
        {
            errors.Add(badAmount);
        }

        var cardField = kind == TopUpTask.Receipt ? "primaryCard" : "card";
        var target = await checks.TargetAsync(kind, input.Customer, input.Card, cardField, errors, refusals, ct);
        var (method, methodError, methodRefused) = await checks.PaymentMethodAsync(input.PaymentMethod, ct);
        if (methodError is not null)
        {
            (methodRefused ? refusals : errors).Add(methodError);
        }

        var reference = Clean(input.Reference);
        var payerName = Clean(input.PayerName);
        var payerId = Clean(input.PayerIdNumber)?.ToUpperInvariant();
        Length(reference, 64, "reference", errors);
        Length(payerName, 100, "payerName", errors);
        Length(payerId, 30, "payerIdNumber", errors);
        var amount = input.Amount ?? 0m;
        if (target is not null && method is not null && errors.Count == 0)
        {
            TopUpChecks.CheckRules(target, method, amount, payerName, payerId, errors, refusals);
        }

        if (method == IPaymentMethodDirectory.Cheque && target is not null)
        {
            if (!target.Account.Kind.Equals(AccountKind.Customer))
            {
                refusals.Add(TopUpsErrors.ChequeOntoCardRefused());
            }
            else if (target.Customer!.OutletId != outlet.Id)
            {
                refusals.Add(TopUpsErrors.ChequeOtherOutlet());
            }
            else if (input.Cheque is null)
            {
                errors.Add(TopUpsErrors.ChequeRequired("cheque"));
            }
        }

        if (errors.Count > 0)
        {
            return OperationResult<TopUpOutcome>.Invalid([.. errors, .. refusals]);
        }

        if (refusals.Count > 0)
        {
            return OperationResult<TopUpOutcome>.Fail(FailureKind.Unprocessable, [.. refusals]);
        }

        if (method == IPaymentMethodDirectory.Cheque)
        {
            return await ChequeAsync(target!, amount, input, ct);
        }

        try
        {
            return await transaction.RunAsync(token => WriteAsync(target!, outlet.Id, outlet.Code, operatorId, method!, amount, reference, payerName, payerId, token), ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            return LostRace.Conflict<TopUpOutcome>();
        }
    }

    private async Task<OperationResult<TopUpOutcome>> ChequeAsync(TopUpTarget target, decimal amount, TopUpInput input, CancellationToken ct)
    {
        var c = input.Cheque!;
        var received = await cheques.ReceiveAsync(new ChequeIntakeRequest(
            target.Customer!.Id.ToString(), c.Number, c.DrawerName, c.DrawerBank, c.DrawerAccount, amount, c.ChequeDate, input.Review), ct);
        if (received.Succeeded)
        {
            return OperationResult<TopUpOutcome>.Success(new TopUpOutcome(null, received.Value));
        }

        // The cheque counter names its own fields; here they sit under "cheque." (the amount is the task's).
        var errors = received.Errors.Select(e => e.Field is null or "amount" or "customer" ? e : e with { Field = $"cheque.{e.Field}" }).ToArray();
        var failed = OperationResult<TopUpOutcome>.Fail(received.Failure, errors);
        foreach (var (k, v) in received.Extensions)
        {
            failed.With(k, v);
        }

        failed.WithReview(received.Review);
        return failed;
    }

    private async Task<OperationResult<TopUpOutcome>> WriteAsync(
        TopUpTarget target, Guid outletId, string outletCode, Guid operatorId, string method, decimal amount, string? reference, string? payerName, string? payerId,
        CancellationToken ct)
    {
        var receipt = new TopUpReceipt
        {
            Id = Guid.NewGuid(), Kind = target.Kind, Status = ReceiptStatus.Posted, OutletId = outletId, OutletCode = outletCode,
            CustomerId = target.Customer?.Id, CustomerCode = target.Customer?.Code, CustomerName = target.Customer?.Name, CardId = target.Card?.Id,
            CardNumber = target.Card?.Number, AccountOutletId = target.Account.OutletId, AccountOutletCode = target.AccountOutletCode, PaymentMethod = method,
            Amount = amount, Reference = reference, PayerName = payerName, PayerIdNumber = payerId, At = checks.Now, OperatorId = operatorId,
            OperatorLogin = checks.LoginName,
        };
        receipt.ReceiptNumber = await sequences.NextAsync(outletId, Sequence, ct);
        var posted = await ledger.PostAsync(new Posting(TaskType(target.Kind), receipt.Id.ToString(), outletId, $"{receipt.Receipt} {target.Kind}",
        [
            PostingLine.Debit(AccountRef.Till(operatorId, outletId, method), amount),
            PostingLine.Credit(target.Account, amount),
        ]) { Reference = receipt.Receipt }, ct);
        if (!posted.Succeeded)
        {
            return OperationResult<TopUpOutcome>.From(posted);
        }

        // Checked on the balance the posting left, under the account's row lock: two top-ups of one card at once cannot both pass.
        if (target.Card is { } card && target.Account.Kind == AccountKind.Card && target.Product is { } product
            && posted.Value!.BalancesAfter.TryGetValue(target.Account, out var after) && after > product.BalanceCap)
        {
            return OperationResult<TopUpOutcome>.Fail(FailureKind.Unprocessable, TopUpsErrors.AboveCap(card.Number, after, product.BalanceCap));
        }

        receipt.LedgerEntryId = posted.Value!.EntryId;
        db.Add(receipt);
        await task.RecordAsync(new AuditRecord(TopUpsModule.ModuleId, AuditAction(target.Kind), nameof(TopUpReceipt), receipt.Receipt, null, new
        {
            Amount = Money.Format(amount), PaymentMethod = method, Customer = receipt.CustomerCode, Card = receipt.CardNumber, AccountOutlet = receipt.AccountOutletCode,
            receipt.Reference,
        }) { OutletId = outletId, OutletCode = outletCode }, null, receipt.Id.ToString(), ct);
        return OperationResult<TopUpOutcome>.Success(new TopUpOutcome(receipt, null));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Length(string? text, int max, string field, List<OperationError> errors)
    {
        if (text?.Length > max)
        {
            errors.Add(TopUpsErrors.TooLong(field, max));
        }
    }
}
