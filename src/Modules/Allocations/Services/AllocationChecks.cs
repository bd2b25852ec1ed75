using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Allocations.Services;

/// <summary>The checks the allocation tasks share: the caller's outlet, the customer (or the presented primary card), cards, amounts, caps.</summary>
public sealed class AllocationChecks(ICurrentOperator current, IOutletDirectory outlets, ICustomerDirectory customers, ICards cards, ICardProducts products, ILedger ledger, TimeProvider clock)
{
    /// <summary>Most cards in one pre-allocation (the entry's 100-line limit leaves room).</summary>
    public const int MaxCards = 50;

    /// <summary>Most money moved onto one card at once (far above any product's cap; keeps the fen within range).</summary>
    public const decimal MaxAmount = 10_000_000m;

    /// <summary>The kinds whose sum is what a card holds (its cap counts all of them).</summary>
    public static readonly AccountKind[] HeldKinds = [AccountKind.Card, AccountKind.Purse, AccountKind.PurseInTransit];

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public string? LoginName => current.LoginName;

    /// <summary>The caller's outlet and operator id; head office has no counter (409, the permission is held).</summary>
    public async Task<OperationResult<(OutletInfo Outlet, Guid OperatorId)>> OutletAsync(CancellationToken ct)
    {
        if (current.OutletId is { } outletId && current.OperatorId is { } operatorId && await outlets.FindAsync(outletId, ct) is { IsHeadOffice: false } outlet)
        {
            return OperationResult<(OutletInfo, Guid)>.Success((outlet, operatorId));
        }

        return OperationResult<(OutletInfo, Guid)>.Fail(FailureKind.Conflict, AllocationsErrors.OutletOnly());
    }

    /// <summary>The visible customer by code or id, or by the presented primary card (主卡预分配); errors name the field.</summary>
    public async Task<(CustomerInfo? Customer, CardInfo? Primary)> CustomerAsync(string? key, string? primaryCard, List<OperationError> errors, CancellationToken ct)
    {
        CustomerInfo? customer = null;
        key = key?.Trim();
        if (!string.IsNullOrEmpty(key))
        {
            customer = Guid.TryParse(key, out var id) ? await customers.FindAsync(id, ct) : await customers.FindByCodeAsync(key, ct);
            if (customer is null)
            {
                errors.Add(AllocationsErrors.CustomerNotFound());
                return (null, null);
            }
        }

        CardInfo? primary = null;
        if (!string.IsNullOrWhiteSpace(primaryCard))
        {
            primary = await cards.FindByNumberAsync(primaryCard, ct);
            if (primary is null || primary.Kind != "Primary" || primary.CustomerId is null)
            {
                errors.Add(AllocationsErrors.PrimaryNotFound());
                return (null, null);
            }

            if (customer is not null && primary.CustomerId != customer.Id)
            {
                errors.Add(AllocationsErrors.PrimaryOfOtherCustomer());
                return (null, null);
            }

            customer ??= await customers.FindAsync(primary.CustomerId.Value, ct);
            if (customer is null)
            {
                errors.Add(AllocationsErrors.PrimaryNotFound());
                return (null, null);
            }
        }

        if (customer is null)
        {
            errors.Add(AllocationsErrors.CustomerRequired());
            return (null, null);
        }

        if (customer.Status != "Active")
        {
            errors.Add(AllocationsErrors.CustomerNotActive(customer.Code));
            return (null, null);
        }

        return (customer, primary);
    }

    /// <summary>
    /// A card money may be pre-allocated to: visible, the customer's, a secondary card or the customer's single-user card (a
    /// primary card stands for the customer and takes its money through the customer account), and in use.
    /// </summary>
    public async Task<CardInfo?> TargetCardAsync(string? number, CustomerInfo customer, string field, List<OperationError> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            errors.Add(AllocationsErrors.CardRequired(field));
            return null;
        }

        var card = await cards.FindByNumberAsync(number, ct);
        if (card is null)
        {
            errors.Add(AllocationsErrors.CardNotFound(field));
            return null;
        }

        if (card.CustomerId != customer.Id)
        {
            errors.Add(AllocationsErrors.CardOfOtherCustomer(field, card.Number, customer.Code));
            return null;
        }

        if (card.Kind is not ("Secondary" or "SingleUser"))
        {
            errors.Add(AllocationsErrors.CardKind(field, card.Number));
            return null;
        }

        if (card.Status != "Issued")
        {
            errors.Add(AllocationsErrors.CardNotUsable(field, card.Number, card.Status));
            return null;
        }

        return card;
    }

    /// <summary>A card a purse transfer may use: visible and in use (any kind with a chip: every card of the network has one).</summary>
    public async Task<CardInfo?> ChipCardAsync(string? number, string field, List<OperationError> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            errors.Add(AllocationsErrors.CardRequired(field));
            return null;
        }

        var card = await cards.FindByNumberAsync(number, ct);
        if (card is null)
        {
            errors.Add(AllocationsErrors.CardNotFound(field));
            return null;
        }

        if (card.Status != "Issued")
        {
            errors.Add(AllocationsErrors.CardNotUsable(field, card.Number, card.Status));
            return null;
        }

        return card;
    }

    /// <summary>An amount: present, above zero, at most two decimals, below <see cref="MaxAmount"/>.</summary>
    public static decimal? Amount(decimal? amount, string field, List<OperationError> errors)
    {
        if (amount is not { } value)
        {
            errors.Add(AllocationsErrors.AmountRequired(field));
            return null;
        }

        if (value <= 0 || decimal.Round(value, 2) != value)
        {
            errors.Add(AllocationsErrors.AmountInvalid(field));
            return null;
        }

        if (value > MaxAmount)
        {
            errors.Add(AllocationsErrors.AmountTooLarge(field, MaxAmount));
            return null;
        }

        return value;
    }

    /// <summary>The cap refusals (422) of cards that would hold more than their product allows after the amounts.</summary>
    public async Task<List<OperationError>> CapsAsync(IReadOnlyList<(CardInfo Card, decimal Amount, string Field)> planned, CancellationToken ct)
    {
        var refusals = new List<OperationError>();
        if (planned.Count == 0)
        {
            return refusals;
        }

        var held = (await ledger.BalancesOfAsync(planned.Select(p => p.Card.Id).ToList(), HeldKinds, ct))
            .GroupBy(b => b.OwnerId).ToDictionary(g => g.Key, g => g.Sum(b => b.Balance));
        var caps = new Dictionary<Guid, decimal>();
        foreach (var (card, amount, field) in planned)
        {
            if (!caps.TryGetValue(card.ProductId, out var cap))
            {
                cap = caps[card.ProductId] = (await products.FindAsync(card.ProductId, ct))?.BalanceCap ?? 0m;
            }

            var now = held.GetValueOrDefault(card.Id);
            if (now + amount > cap)
            {
                refusals.Add(AllocationsErrors.AboveCap(field, card.Number, now, amount, cap));
            }
        }

        return refusals;
    }
}
