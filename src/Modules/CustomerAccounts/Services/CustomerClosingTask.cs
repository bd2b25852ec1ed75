using System.Text.Json;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CustomerAccounts.Services;

/// <summary>Closing a customer (客户清户 2.26) with the refund of what remains (清户退款 2.27).</summary>
public sealed record CloseInput(Guid CustomerId, RefundPayout? Payout, ReviewCredentials? Review);

/// <summary>A card of a customer as the closing sees it: status and the money on its card account and chip purse.</summary>
public sealed record ClosingCard(Guid Id, string Number, string Status, Guid OutletId, decimal Card, decimal Purse, decimal Deposit)
{
    public bool Open => Status is not ("Replaced" or "Closed");
}

/// <summary>What closing the customer would do now: the cards, the money, the debt, the refund.</summary>
public sealed record ClosingPlan(CustomerInfo Customer, IReadOnlyList<ClosingCard> Cards, decimal Account, decimal CustomerDeposit, decimal Debt)
{
    public decimal CardMoney => Cards.Sum(c => c.Card);

    public decimal Refund => Account + CardMoney + CustomerDeposit - Debt;
}

/// <summary>
/// Closes a customer in one reviewed transaction: every card still open is closed (a card with money on its chip purse is
/// refused, naming the card: it is unloaded first), the card accounts' money and a deposit held without a card come back to
/// the customer's account, a debt (Receivable) is settled from it, and what remains is refunded — cash up to the cash-refund
/// limit, otherwise by transfer to the bank account given (payable until paid). Deposits held for cards stay, to be returned
/// card by card (退押金) now that the cards are closed.
/// </summary>
public sealed class CustomerClosingTask(
    AdminDbContext db, TaskTransaction transaction, AccountChecks checks, ICustomerDirectory customers, INetworkCards cards, ICardClosing cardClosing,
    ICustomerClosing customerClosing, ILedger ledger, CounterTask task, RefundWriter writer)
{
    public const string Task = "CustomerAccounts.Close";

    /// <summary>
    /// The plan for the visible customer, or null. The cards are the customer's at every outlet of the network (a secondary
    /// card issued elsewhere is the customer's too, and its money comes back with the rest), each account at its own outlet.
    /// </summary>
    public async Task<ClosingPlan?> PlanAsync(Guid customerId, CancellationToken ct)
    {
        if (await customers.FindAsync(customerId, ct) is not { } customer)
        {
            return null;
        }

        var list = await cards.ListByCustomerAsync(customer.Id, ct);
        var balances = await ledger.BalancesOfAsync([customer.Id, .. list.Select(c => c.Id)],
            [AccountKind.Customer, AccountKind.Receivable, AccountKind.CustomerDeposit, AccountKind.Card, AccountKind.Purse, AccountKind.Deposit], ct);
        decimal Of(Guid owner, AccountKind kind) => balances.Where(b => b.OwnerId == owner && b.Kind == kind).Sum(b => b.Balance);
        return new ClosingPlan(customer,
            list.Select(c => new ClosingCard(c.Id, c.Number, c.Status, c.OutletId, Of(c.Id, AccountKind.Card), Of(c.Id, AccountKind.Purse), Of(c.Id, AccountKind.Deposit))).ToList(),
            Of(customer.Id, AccountKind.Customer), Of(customer.Id, AccountKind.CustomerDeposit), Of(customer.Id, AccountKind.Receivable));
    }

    public async Task<OperationResult<Refund>> CloseAsync(CloseInput input, CancellationToken ct = default)
    {
        var place = await checks.PlaceAsync(true, ct);
        if (!place.Succeeded)
        {
            return OperationResult<Refund>.From(place);
        }

        var (outlet, operatorId) = place.Value;
        if (await PlanAsync(input.CustomerId, ct) is not { } plan || plan.Customer.OutletId != outlet.Id)
        {
            return OperationResult<Refund>.NotFound(CustomerAccountsErrors.CustomerNotFound());
        }

        var customer = plan.Customer;
        if (customer.Status == "Closed")
        {
            var closed = OperationResult<Refund>.Conflict(CustomerAccountsErrors.CustomerClosed(customer.Code));
            closed.With("status", customer.Status);
            return closed;
        }

        var purses = plan.Cards.Where(c => c.Purse != 0).Select(c => CustomerAccountsErrors.PurseNotEmpty(c.Number, c.Purse)).ToArray();
        if (purses.Length > 0)
        {
            return OperationResult<Refund>.Fail(FailureKind.Conflict, purses);
        }

        var held = plan.Refund + plan.Debt;
        if (plan.Debt > held)
        {
            return OperationResult<Refund>.Fail(FailureKind.Conflict, CustomerAccountsErrors.CustomerOwes(plan.Debt, held));
        }

        var errors = new List<OperationError>();
        var refusals = new List<OperationError>();
        var payout = plan.Refund > 0 || input.Payout?.Method is not null
            ? await checks.PayoutAsync(input.Payout, plan.Refund, errors, refusals, ct)
            : new CheckedPayout(CheckedPayout.Cash, null, null, null);
        if (AccountChecks.Refusal<Refund>(errors, refusals) is { } refused)
        {
            return refused;
        }

        var pay = payout!;
        var open = plan.Cards.Where(c => c.Open).ToList();
        var summary = CanonicalJson.Object(s => s
            .List("cards", open, (c, card) => c.Amount("balance", card.Card).Text("number", card.Number))
            .Text("customer", customer.Code).Amount("debt", plan.Debt).Text("method", pay.Method).Text("bankAccount", pay.BankAccount)
            .Amount("refund", plan.Refund));
        var reasons = new[] { new ReviewReason(CustomerAccountsReviewPoints.Close, "closing customer {0}: {1} cards closed, {2} refunded", customer.Code, open.Count, Money.Format(plan.Refund)) };
        var review = await task.ReviewAsync(new ReviewRequest(Task, outlet.Id, reasons, summary, input.Review),
            new ReviewText("the closing of customer {0} ({1}) and the refund of {2} by {3}", customer.Name, customer.Code, Money.Display(plan.Refund), new ReviewText(pay.Method)), ct);
        if (!review.Succeeded)
        {
            return OperationResult<Refund>.From(review);
        }

        var refund = new Refund
        {
            Id = Guid.NewGuid(), Kind = RefundKind.Closing, OutletId = outlet.Id, OutletCode = outlet.Code, CustomerId = customer.Id, CustomerCode = customer.Code,
            CustomerName = customer.Name, Amount = plan.Refund, Method = pay.Method, BankName = pay.BankName, BankAccount = pay.BankAccount,
            AccountName = pay.AccountName, At = checks.Now, OperatorId = operatorId, OperatorLogin = checks.LoginName,
            Details = JsonSerializer.Serialize(open.Select(c => new { c.Number, balance = c.Card, deposit = c.Deposit })),
        };
        try
        {
            return await transaction.RunAsync(token => WriteAsync(plan, refund, review.Value, summary, token), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return OperationResult<Refund>.Conflict(CustomerAccountsErrors.ChangedMeanwhile());
        }
    }

    private async Task<OperationResult<Refund>> WriteAsync(ClosingPlan plan, Refund refund, ReviewGrant? grant, string summary, CancellationToken ct)
    {
        var customer = AccountRef.Customer(plan.Customer.Id, plan.Customer.OutletId);
        foreach (var card in plan.Cards.Where(c => c.Open))
        {
            if (!await cardClosing.CloseAsync(card.Id, ct))
            {
                return OperationResult<Refund>.Conflict(CustomerAccountsErrors.ChangedMeanwhile());
            }
        }

        // The cards' money and a deposit held without a card come back to the customer's account, at most 99 cards an entry.
        var back = plan.Cards.Where(c => c.Card > 0).Select(c => PostingLine.Debit(AccountRef.Card(c.Id, c.OutletId), c.Card)).ToList();
        if (plan.CustomerDeposit > 0)
        {
            back.Add(PostingLine.Debit(AccountRef.CustomerDeposit(plan.Customer.Id, plan.Customer.OutletId), plan.CustomerDeposit));
        }

        foreach (var chunk in back.Chunk(99))
        {
            var posted = await ledger.PostAsync(new Posting(Task, refund.Id.ToString(), refund.OutletId, $"closing {plan.Customer.Code}: back to the customer account",
                [.. chunk, PostingLine.Credit(customer, chunk.Sum(l => l.Amount))]), ct);
            if (!posted.Succeeded)
            {
                return OperationResult<Refund>.From(posted);
            }
        }

        if (plan.Debt > 0)
        {
            var settled = await ledger.PostAsync(new Posting(Task, refund.Id.ToString(), refund.OutletId, $"closing {plan.Customer.Code}: debt settled",
                [PostingLine.Debit(customer, plan.Debt), PostingLine.Credit(AccountRef.Receivable(plan.Customer.Id, plan.Customer.OutletId), plan.Debt)]), ct);
            if (!settled.Succeeded)
            {
                return OperationResult<Refund>.From(settled);
            }
        }

        if (!await customerClosing.CloseAsync(plan.Customer.Id, ct))
        {
            return OperationResult<Refund>.Conflict(CustomerAccountsErrors.ChangedMeanwhile());
        }

        var written = await writer.WriteAsync(refund, customer, grant, "Customer.Close", JsonSerializer.Deserialize<JsonElement>(summary), ct);
        if (!written.Succeeded)
        {
            return written;
        }

        // A top-up that landed after the plan was read would stay on a closed customer: refuse, so the closing is asked again.
        return await ledger.BalanceAsync(customer, ct) == 0m ? written : OperationResult<Refund>.Conflict(CustomerAccountsErrors.ChangedMeanwhile());
    }
}
