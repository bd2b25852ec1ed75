using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cheques.Services;

/// <summary>
/// Cheque receipt, a counter task: checks the customer, the payment method and the cheque, asks the gate (amount above the
/// limit, a repeat bouncer), then writes the cheque, its receipt number, its ledger entry (<see cref="ChequePostings.Receipt"/>),
/// its history, its audit record and the authorisation as one task (<see cref="TaskTransaction"/>).
/// </summary>
public sealed class ChequeReceipts(
    AdminDbContext db, TimeProvider clock, ICurrentOperator current, IOutletSequences sequences, ChequeReceiptCheck check, CounterTask task,
    TaskTransaction tasks, ILedger ledger, ChequeCredit credit)
{
    /// <summary>The outlet's sequence of cheque receipt numbers.</summary>
    public const string Sequence = "cheque";

    /// <summary>Receives a cheque (status Received): checks, reviews when needed, writes.</summary>
    public async Task<OperationResult<Cheque>> ReceiveAsync(ReceiveChequeInput input, CancellationToken ct = default)
    {
        if (current.OutletId is not { } outletId || current.OutletCode is not { } outletCode)
        {
            return OperationResult<Cheque>.Fail(FailureKind.Forbidden, ChequesErrors.OutletOnly());
        }

        var checkedInput = await check.CheckAsync(input, ct);
        if (!checkedInput.Succeeded)
        {
            return OperationResult<Cheque>.From(checkedInput);
        }

        var (cheque, customer, reasons) = checkedInput.Value!;
        var review = await task.ReviewAsync(
            new ReviewRequest(ChequeReviews.ReceiveTask, outletId, reasons, ChequeReviews.ReceiptSummary(cheque, customer.Code), input.Review),
            ChequeReviews.ReceiptSubject(cheque, customer.Name, customer.Code), ct);
        if (!review.Succeeded)
        {
            return OperationResult<Cheque>.From(review);
        }

        var grant = review.Value;
        try
        {
            return await tasks.RunAsync(async token =>
            {
                var at = clock.GetUtcNow().UtcDateTime;
                cheque.OutletId = outletId;
                cheque.OutletCode = outletCode;
                cheque.CustomerId = customer.Id;
                cheque.CustomerCode = customer.Code;
                cheque.CustomerName = customer.Name;
                cheque.ReceivedAt = at;
                cheque.ReceivedBy = current.LoginName;
                cheque.ReceiptNumber = await sequences.NextAsync(outletId, Sequence, token);
                cheque.Credited = await credit.MayCreditAsync(customer.Id, outletId, cheque.Amount, token);
                db.Add(cheque);
                if (cheque.Credited)
                {
                    db.Add(new CreditedCheque { ChequeId = cheque.Id, CustomerId = customer.Id, CreditedAt = at });
                }

                db.Add(ChequeEvent.Of(cheque, "Receive", at, current, grant, cheque.Credited ? cheque.Amount : 0m, cheque.Credited ? "credited before clearing" : null));
                var posted = await ledger.PostAsync(ChequePostings.Receipt(cheque), token);
                if (!posted.Succeeded)
                {
                    return OperationResult<Cheque>.From(posted);
                }

                await task.RecordAsync(new AuditRecord(ChequesModule.ModuleId, "Cheque.Receive", nameof(Cheque), cheque.Receipt, null,
                    new { cheque.Number, cheque.DrawerBank, cheque.DrawerName, Amount = Money.Format(cheque.Amount), Customer = customer.Code, cheque.ChequeDate, cheque.Credited }),
                    grant, cheque.Id.ToString(), token);
                return OperationResult<Cheque>.Success(cheque);
            }, ct);
        }
        catch (Exception ex) when (UniqueViolation.Is(ex))
        {
            // Another counter received the same cheque between our check and our save: the live-cheque index refused ours.
            return OperationResult<Cheque>.Fail(FailureKind.Conflict, ChequesErrors.DuplicateRace());
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            return LostRace.Conflict<Cheque>();
        }
    }
}
