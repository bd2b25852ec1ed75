using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.CardService.Services;

/// <summary>
/// What an upgrade did: the card (same number), what it was and is now (kind, product, customer), whether the customer was
/// registered in the task, the card account a secondary card gave back to its former customer, the money left on the card, the
/// deposit and service fee paid and how, and the entry.
/// </summary>
public sealed record UpgradeOutcome(
    Guid Id, string Card, string FromKind, string FromProduct, string? FormerCustomer, string Kind, string Product, string Customer, string CustomerName,
    bool CustomerRegistered, decimal ReturnedToCustomer, decimal CardAccount, decimal Purse, decimal Deposit, decimal ServiceFee, string? PaymentMethod,
    long? EntryId, DateTime At);

/// <summary>
/// Card upgrades (ADR 0013): a secondary card becomes a single-user card of its own customer (副卡升级 3.21), an anonymous card a
/// registered card of a customer (不记名卡升级 3.22). The card keeps its number and stays usable (nothing goes to the block list);
/// its product, kind and customer change, the customer registered in the task when new. One entry: a secondary card's card account
/// goes back to the customer that pre-allocated it, and the deposit still due and the service fee are paid into the till.
/// </summary>
public sealed class Upgrades(
    AdminDbContext db, UpgradeChecks check, CardServiceChecks checks, ICustomerRegistry registry, ICardStatusChanges statuses, ILedger ledger, TaskTransaction transaction,
    IAuditTrail audit)
{
    public const string TaskType = "CardService.Upgrade";

    public async Task<OperationResult<UpgradeOutcome>> UpgradeAsync(UpgradeInput input, CancellationToken ct = default)
    {
        var checkedInput = await check.CheckAsync(input, ct);
        if (!checkedInput.Succeeded)
        {
            return OperationResult<UpgradeOutcome>.From(checkedInput);
        }

        var plan = checkedInput.Value!;
        var card = plan.Card;
        var now = checks.Now;
        var id = Guid.NewGuid();
        return await transaction.RunGuardedAsync(db, async token =>
        {
            var customer = plan.Customer;
            if (customer is null)
            {
                var added = await registry.AddAsync(plan.NewCustomer!, token);
                if (!added.Succeeded)
                {
                    return OperationResult<UpgradeOutcome>.Invalid([.. added.Errors.Select(e => e with { Field = e.Field is null ? "newCustomer" : $"newCustomer.{e.Field}" })]);
                }

                customer = added.Value!;
            }

            var upgraded = await statuses.UpgradeAsync(card.Id, card.Kind, plan.Product.Id, customer.Id, now, token);
            if (!upgraded.Succeeded)
            {
                return OperationResult<UpgradeOutcome>.From(upgraded);
            }

            var posted = await PostAsync(id, plan, token);
            if (!posted.Succeeded)
            {
                return OperationResult<UpgradeOutcome>.From(posted);
            }

            var (returned, entryId) = posted.Value;
            var left = await ledger.BalancesOfAsync([card.Id], [AccountKind.Card, AccountKind.Purse], token);
            var outcome = new UpgradeOutcome(id, card.Number, card.Kind, card.ProductCode, plan.Former?.Code, upgraded.Value!.Kind, plan.Product.Code, customer.Code,
                customer.Name, plan.Customer is null, returned, left.Where(b => b.Kind == AccountKind.Card).Sum(b => b.Balance),
                left.Where(b => b.Kind == AccountKind.Purse).Sum(b => b.Balance), plan.Deposit, plan.ServiceFee, plan.PaymentMethod, entryId, now);
            audit.Record(new AuditRecord(CardServiceModule.ModuleId, plan.Secondary ? "Card.UpgradeSecondary" : "Card.UpgradeAnonymous", "Card", card.Number,
                new { kind = card.Kind, product = card.ProductCode, customer = plan.Former?.Code },
                new
                {
                    kind = outcome.Kind, product = outcome.Product, customer = customer.Code, customerName = customer.Name, customerRegistered = outcome.CustomerRegistered,
                    returnedToCustomer = returned, cardAccount = outcome.CardAccount, purse = outcome.Purse, deposit = plan.Deposit, serviceFee = plan.ServiceFee,
                    paymentMethod = plan.PaymentMethod, entry = entryId,
                }) { OutletId = plan.Outlet.Id, OutletCode = plan.Outlet.Code });
            return OperationResult<UpgradeOutcome>.Success(outcome);
        }, ct);
    }

    /// <summary>
    /// The upgrade's entry: a secondary card's card account D Card(card) · C Customer(former customer) — the multi-user customer
    /// pre-allocated it, so it is not the new customer's —, and D Till(operator, method) · C Deposit(card) the deposit still due,
    /// C FeeIncome the service fee. Balances are read inside the transaction; nothing is posted when everything is zero.
    /// </summary>
    private async Task<OperationResult<(decimal Returned, long? EntryId)>> PostAsync(Guid id, UpgradePlan plan, CancellationToken ct)
    {
        var card = plan.Card;
        var lines = new List<PostingLine>();
        var returned = 0m;
        if (plan.Former is { } former)
        {
            returned = await ledger.BalanceAsync(AccountRef.Card(card.Id, card.OutletId), ct);
            if (returned > 0)
            {
                lines.Add(PostingLine.Debit(AccountRef.Card(card.Id, card.OutletId), returned));
                lines.Add(PostingLine.Credit(AccountRef.Customer(former.Id, former.OutletId), returned));
            }
        }

        if (plan.Total > 0 && plan.PaymentMethod is { } method)
        {
            lines.Add(PostingLine.Debit(AccountRef.Till(plan.OperatorId, plan.Outlet.Id, method), plan.Total));
            if (plan.Deposit > 0)
            {
                lines.Add(PostingLine.Credit(AccountRef.Deposit(card.Id, card.OutletId), plan.Deposit));
            }

            if (plan.ServiceFee > 0)
            {
                lines.Add(PostingLine.Credit(AccountRef.OfOutlet(AccountKind.FeeIncome, plan.Outlet.Id), plan.ServiceFee));
            }
        }

        if (lines.Count == 0)
        {
            return OperationResult<(decimal, long?)>.Success((returned, null));
        }

        var posted = await ledger.PostAsync(new Posting(TaskType, id.ToString(), plan.Outlet.Id, $"upgrade {card.Number}", lines) { Reference = card.Number }, ct);
        return posted.Succeeded
            ? OperationResult<(decimal, long?)>.Success((returned, posted.Value!.EntryId))
            : OperationResult<(decimal, long?)>.From(posted);
    }
}
