using System.Text.Json;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CustomerAccounts.Services;

/// <summary>
/// A special or small refund from the customer's account (by code) or from one card's account (by number); the reason is a
/// code of head office's refund reasons (required for a special refund), the note free text.
/// </summary>
public sealed record RefundInput(string? Kind, string? Customer, string? Card, decimal? Amount, string? Reason, RefundPayout? Payout, ReviewCredentials? Review, string? Note = null);

/// <summary>A deposit return for a closed card: the amount defaults to the whole deposit held.</summary>
public sealed record DepositReturnInput(string? Card, decimal? Amount, RefundPayout? Payout);

/// <summary>
/// Special refunds (特殊退款, always reviewed), small refunds (小额退款, up to a setting, no review), deposit returns
/// (退押金, only for a closed card, at most the deposit held for it) and the payment of a transfer refund.
/// </summary>
public sealed class RefundTasks(
    AdminDbContext db, TaskTransaction transaction, AccountChecks checks, ICustomerDirectory customers, ICards cards, ILedger ledger, CounterTask task,
    RefundWriter writer, OutletScope scope)
{
    public async Task<OperationResult<Refund>> RefundAsync(RefundInput input, CancellationToken ct = default)
    {
        var place = await checks.PlaceAsync(true, ct);
        if (!place.Succeeded)
        {
            return OperationResult<Refund>.From(place);
        }

        var (outlet, operatorId) = place.Value;
        var errors = new List<OperationError>();
        var refusals = new List<OperationError>();
        RefundKind? kind = input.Kind?.Trim().ToLowerInvariant() switch { "special" => RefundKind.Special, "small" => RefundKind.Small, _ => null };
        if (kind is null)
        {
            errors.Add(CustomerAccountsErrors.KindInvalid());
        }

        AccountChecks.Amount(input.Amount, errors);
        var note = AccountChecks.Clean(input.Note);
        var reason = AccountChecks.Clean(input.Reason) is { } code ? await checks.RefundReasonAsync(code, errors, ct) : null;
        if (AccountChecks.Clean(input.Reason) is null && kind == RefundKind.Special)
        {
            errors.Add(CustomerAccountsErrors.ReasonRequired());
        }

        if (note?.Length > Refund.MaxReason)
        {
            errors.Add(CustomerAccountsErrors.TooLong("note", Refund.MaxReason));
        }

        // The source: one card's account, or the customer's account.
        CustomerInfo? customer = null;
        CardInfo? card = null;
        if (!string.IsNullOrWhiteSpace(input.Card) && !string.IsNullOrWhiteSpace(input.Customer))
        {
            errors.Add(CustomerAccountsErrors.CardOrCustomer());
        }
        else if (!string.IsNullOrWhiteSpace(input.Card))
        {
            card = await cards.FindByNumberAsync(input.Card, ct);
            if (card is null || card.OutletId != outlet.Id)
            {
                return OperationResult<Refund>.NotFound(CustomerAccountsErrors.CardNotFound("card"));
            }

            if (card.Status is "Replaced" or "Closed")
            {
                return OperationResult<Refund>.Conflict(CustomerAccountsErrors.CardNotOpen(card.Number, card.Status));
            }

            customer = card.CustomerId is { } owner ? await customers.FindAsync(owner, ct) : null;
        }
        else if (!string.IsNullOrWhiteSpace(input.Customer))
        {
            customer = await customers.FindByCodeAsync(input.Customer.Trim(), ct);
            if (customer is null || customer.OutletId != outlet.Id)
            {
                return OperationResult<Refund>.NotFound(CustomerAccountsErrors.CustomerNotFound());
            }

            if (customer.Status == "Closed")
            {
                return OperationResult<Refund>.Conflict(CustomerAccountsErrors.CustomerClosed(customer.Code));
            }
        }
        else
        {
            errors.Add(CustomerAccountsErrors.CustomerRequired());
        }

        var amount = input.Amount ?? 0m;
        var source = card is not null ? AccountRef.Card(card.Id, card.OutletId) : customer is not null ? AccountRef.Customer(customer.Id, customer.OutletId) : null;
        if (errors.Count == 0 && source is not null)
        {
            var held = await ledger.BalanceAsync(source, ct);
            if (amount > held)
            {
                refusals.Add(CustomerAccountsErrors.FundsShort(amount, held));
            }

            var small = await checks.SmallLimitAsync(ct);
            if (kind == RefundKind.Small && amount > small)
            {
                refusals.Add(CustomerAccountsErrors.SmallAboveLimit(amount, small));
            }
        }

        var payout = await checks.PayoutAsync(input.Payout, amount, errors, refusals, ct);
        if (AccountChecks.Refusal<Refund>(errors, refusals) is { } refused)
        {
            return refused;
        }

        var pay = payout!;
        var from = card?.Number ?? customer!.Code;
        var summary = CanonicalJson.Object(s => s
            .Amount("amount", amount).Text("bankAccount", pay.BankAccount).Text("card", card?.Number).Text("customer", customer?.Code)
            .Text("kind", kind.ToString()).Text("method", pay.Method).Text("note", note).Text("reason", reason?.Code));
        ReviewGrant? grant = null;
        if (kind == RefundKind.Special)
        {
            var review = await task.ReviewAsync(
                new ReviewRequest(RefundWriter.TaskType(RefundKind.Special), outlet.Id,
                    [new ReviewReason(CustomerAccountsReviewPoints.SpecialRefund, "special refund of {0} from {1}: {2}", Money.Format(amount), from, RefundReasonText.Of(reason?.Name, note))],
                    summary, input.Review),
                new ReviewText("the special refund of {0} from {1} by {2}", Money.Display(amount), from, new ReviewText(pay.Method)), ct);
            if (!review.Succeeded)
            {
                return OperationResult<Refund>.From(review);
            }

            grant = review.Value;
        }

        var refund = NewRefund(kind!.Value, outlet.Id, outlet.Code, operatorId, customer, card, amount, pay, note);
        refund.ReasonCode = reason?.Code;
        return await transaction.RunAsync(async token =>
        {
            // A reason a refund names keeps its code for good (字典数据: a used code never changes).
            await checks.MarkReasonUsedAsync(refund.ReasonCode, token);
            return await writer.WriteAsync(refund, source!, grant, $"Refund.{kind}", JsonSerializer.Deserialize<JsonElement>(summary), token);
        }, ct);
    }

    public async Task<OperationResult<Refund>> ReturnDepositAsync(DepositReturnInput input, CancellationToken ct = default)
    {
        var place = await checks.PlaceAsync(true, ct);
        if (!place.Succeeded)
        {
            return OperationResult<Refund>.From(place);
        }

        var (outlet, operatorId) = place.Value;
        var card = await cards.FindByNumberAsync(input.Card, ct);
        if (card is null || card.OutletId != outlet.Id)
        {
            return OperationResult<Refund>.NotFound(CustomerAccountsErrors.CardNotFound("card"));
        }

        if (card.Status != "Closed")
        {
            var open = OperationResult<Refund>.Conflict(CustomerAccountsErrors.CardNotClosed(card.Number, card.Status));
            open.With("status", card.Status);
            return open;
        }

        var source = AccountRef.Deposit(card.Id, card.OutletId);
        var held = await ledger.BalanceAsync(source, ct);
        if (held <= 0)
        {
            return OperationResult<Refund>.Conflict(CustomerAccountsErrors.NoDeposit(card.Number));
        }

        var errors = new List<OperationError>();
        var refusals = new List<OperationError>();
        var amount = input.Amount ?? held;
        AccountChecks.Amount(amount, errors);
        if (errors.Count == 0 && amount > held)
        {
            refusals.Add(CustomerAccountsErrors.DepositExceeded(amount, held));
        }

        var payout = await checks.PayoutAsync(input.Payout ?? new RefundPayout(CheckedPayout.Cash), amount, errors, refusals, ct);
        if (AccountChecks.Refusal<Refund>(errors, refusals) is { } refused)
        {
            return refused;
        }

        var customer = card.CustomerId is { } owner ? await customers.FindAsync(owner, ct) : null;
        var refund = NewRefund(RefundKind.Deposit, outlet.Id, outlet.Code, operatorId, customer, card, amount, payout!, null);
        var summary = new { card = card.Number, amount = Money.Format(amount), held = Money.Format(held), method = payout!.Method };
        return await transaction.RunAsync(token => writer.WriteAsync(refund, source, null, "Refund.Deposit", summary, token), ct);
    }

    /// <summary>Records a payable transfer refund paid: its money leaves RefundsPayable through the operator's transfer till. Once.</summary>
    public async Task<OperationResult<Refund>> PayAsync(Guid id, CancellationToken ct = default)
    {
        var place = await checks.PlaceAsync(true, ct);
        if (!place.Succeeded)
        {
            return OperationResult<Refund>.From(place);
        }

        var (_, operatorId) = place.Value;
        var refund = await scope.Apply(db.Set<Refund>().AsNoTracking()).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (refund is null)
        {
            return OperationResult<Refund>.NotFound(CustomerAccountsErrors.RefundNotFound());
        }

        if (refund.Status != RefundStatus.Payable)
        {
            return NotPayable(refund);
        }

        var now = checks.Now;
        var login = checks.LoginName;
        return await transaction.RunAsync(async token =>
        {
            // The status moves from Payable once: a second payment waits for the first's row lock and then finds it Paid.
            var moved = await db.Set<Refund>().Where(r => r.Id == id && r.Status == RefundStatus.Payable)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RefundStatus.Paid).SetProperty(r => r.PaidAt, now).SetProperty(r => r.PaidBy, login), token);
            if (moved == 0)
            {
                refund.Status = RefundStatus.Paid;
                return NotPayable(refund);
            }

            var paid = await writer.PayAsync(refund, token, operatorId, login);
            if (!paid.Succeeded)
            {
                return OperationResult<Refund>.From(paid);
            }

            await db.Set<Refund>().Where(r => r.Id == id).ExecuteUpdateAsync(u => u.SetProperty(r => r.PayEntryId, refund.PayEntryId), token);
            refund.PaidAt = now;
            refund.PaidBy = login;
            await task.RecordAsync(new Admin.Kernel.Audit.AuditRecord(CustomerAccountsModule.ModuleId, "Refund.Pay", nameof(Refund), refund.Receipt, null,
                new { amount = Money.Format(refund.Amount), bankAccount = refund.BankAccount }) { OutletId = refund.OutletId, OutletCode = refund.OutletCode }, null, refund.Id.ToString(), token);
            return OperationResult<Refund>.Success(refund);
        }, ct);
    }

    private static OperationResult<Refund> NotPayable(Refund refund)
    {
        var result = OperationResult<Refund>.Conflict(CustomerAccountsErrors.RefundNotPayable(refund.Receipt, refund.Status.ToString()));
        result.With("status", refund.Status.ToString());
        return result;
    }

    private Refund NewRefund(RefundKind kind, Guid outletId, string outletCode, Guid operatorId, CustomerInfo? customer, CardInfo? card, decimal amount, CheckedPayout payout, string? reason) => new()
    {
        Id = Guid.NewGuid(), Kind = kind, OutletId = outletId, OutletCode = outletCode, CustomerId = customer?.Id, CustomerCode = customer?.Code, CustomerName = customer?.Name,
        CardId = card?.Id, CardNumber = card?.Number, Amount = amount, Method = payout.Method, BankName = payout.BankName, BankAccount = payout.BankAccount,
        AccountName = payout.AccountName, Reason = reason, At = checks.Now, OperatorId = operatorId, OperatorLogin = checks.LoginName,
    };
}
