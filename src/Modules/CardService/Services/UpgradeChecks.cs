using Admin.Kernel.Results;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.CardService.Services;

/// <summary>
/// An upgrade as typed (3.21/3.22): the card; the customer it goes to, existing (<c>Customer</c>, a code) or registered in
/// the task (<c>NewCustomer</c>); the single-user product (default <c>SINGLE</c>); for a secondary card the ID number of its
/// present customer; how the deposit still due and the service fee are paid.
/// </summary>
public sealed record UpgradeInput(string? Card, string? Customer, NewCustomer? NewCustomer, string? Product, string? IdNumber, string? PaymentMethod);

/// <summary>A checked upgrade: what the transaction writes.</summary>
public sealed record UpgradePlan(
    OutletInfo Outlet, Guid OperatorId, CardInfo Card, CardProductInfo Product, CustomerInfo? Customer, NewCustomer? NewCustomer, CustomerInfo? Former,
    decimal Deposit, decimal ServiceFee, string? PaymentMethod)
{
    public bool Secondary => Card.Kind == "Secondary";

    public decimal Total => Deposit + ServiceFee;
}

/// <summary>
/// The checks of an upgrade (ADR 0013), all before anything is written: field errors at once (400), then the refusals one by one
/// (409/422). The card keeps its number; the customer must hold no other card in use (a single-user card is its customer's only
/// card) and have the real-name data a registered card needs; a secondary card's purse must be empty (its money is the
/// multi-user customer's); an anonymous card's money must fit the registered product's cap.
/// </summary>
public sealed class UpgradeChecks(
    CardServiceChecks checks, ICustomerDirectory customers, ICustomerRegistry registry, ICards cards, ICardProducts products, ILedger ledger)
{
    public const string DefaultProduct = "SINGLE";

    public async Task<OperationResult<UpgradePlan>> CheckAsync(UpgradeInput input, CancellationToken ct)
    {
        var counter = await checks.CounterAsync(ct);
        if (!counter.Succeeded)
        {
            return OperationResult<UpgradePlan>.From(counter);
        }

        var errors = new List<OperationError>();
        var card = await checks.CardAsync(input.Card, "card", errors, ct);
        if (card is null)
        {
            // Another outlet's card is no card of the caller's (404), as the API's rule for another outlet's records says.
            return errors is [{ Code: "cardService.cardNotFound" } notFound]
                ? OperationResult<UpgradePlan>.NotFound(notFound)
                : OperationResult<UpgradePlan>.Invalid([.. errors]);
        }

        if (card.Kind is not ("Secondary" or "Anonymous"))
        {
            return OperationResult<UpgradePlan>.Conflict(CardServiceErrors.NotUpgradable(card.Number, card.Kind));
        }

        if (card.Status != "Issued")
        {
            return OperationResult<UpgradePlan>.Conflict(CardServiceErrors.UpgradeNotInUse(card.Number, card.Status));
        }

        var former = card.Kind == "Secondary" ? await checks.IdentityAsync(card, input.IdNumber, errors, ct) : null;
        var customer = await CustomerAsync(input, errors, ct);
        var product = await ProductAsync(input.Product, card, errors, ct);
        var held = await ledger.BalancesOfAsync([card.Id], [AccountKind.Card, AccountKind.Purse, AccountKind.Deposit, AccountKind.PurseInTransit], ct);
        decimal Of(AccountKind kind) => held.Where(b => b.Kind == kind).Sum(b => b.Balance);
        var (deposit, service) = await checks.UpgradeFeesAsync(Of(AccountKind.Deposit), ct);
        var method = deposit + service > 0
            ? await checks.PaymentMethodAsync(input.PaymentMethod, CardServiceErrors.UpgradeFeeMethodRequired(deposit + service), errors, ct)
            : null;
        if (errors.Count > 0)
        {
            return OperationResult<UpgradePlan>.Invalid([.. errors]);
        }

        if (customer is not null && await RefusalAsync(customer, card, ct) is { } refused)
        {
            return OperationResult<UpgradePlan>.From(refused);
        }

        if (Of(AccountKind.PurseInTransit) != 0)
        {
            return OperationResult<UpgradePlan>.Conflict(CardServiceErrors.PurseInTransit(card.Number));
        }

        if (card.Kind == "Secondary" && Of(AccountKind.Purse) != 0)
        {
            return OperationResult<UpgradePlan>.Conflict(CardServiceErrors.UpgradePurseNotEmpty(card.Number, Of(AccountKind.Purse), former?.Code ?? ""));
        }

        if (card.Kind == "Anonymous" && Of(AccountKind.Card) + Of(AccountKind.Purse) > product!.BalanceCap)
        {
            return OperationResult<UpgradePlan>.Conflict(CardServiceErrors.UpgradeOverCap(card.Number, Of(AccountKind.Card) + Of(AccountKind.Purse), product.BalanceCap, product.Code));
        }

        var company = (customer?.Type ?? input.NewCustomer?.Type?.Trim()) == "Company";
        if (PrepaidCardRules.RefusesCash(product!, company, method, deposit + service))
        {
            return OperationResult<UpgradePlan>.Fail(FailureKind.Unprocessable, CardServiceErrors.UpgradeCashRefused(deposit + service, PrepaidCardRules.CashLimit(product!, company)));
        }

        var (outlet, operatorId) = counter.Value;
        return OperationResult<UpgradePlan>.Success(new UpgradePlan(outlet, operatorId, card, product!, customer, customer is null ? input.NewCustomer : null, former,
            deposit, service, method));
    }

    /// <summary>The existing customer (errors on <c>customer</c>) or none when a new one is registered (its fields checked, errors on <c>newCustomer.*</c>).</summary>
    private async Task<CustomerInfo?> CustomerAsync(UpgradeInput input, List<OperationError> errors, CancellationToken ct)
    {
        var key = input.Customer?.Trim();
        if (!string.IsNullOrEmpty(key) && input.NewCustomer is not null)
        {
            errors.Add(CardServiceErrors.UpgradeCustomerTwice());
            return null;
        }

        if (input.NewCustomer is { } fresh)
        {
            errors.AddRange(registry.Check(fresh).Errors.Select(e => e with { Field = $"newCustomer.{e.Field}" }));
            return null;
        }

        if (string.IsNullOrEmpty(key))
        {
            errors.Add(CardServiceErrors.UpgradeCustomerRequired());
            return null;
        }

        var found = Guid.TryParse(key, out var id) ? await customers.FindAsync(id, ct) : await customers.FindByCodeAsync(key, ct);
        if (found is null)
        {
            errors.Add(CardServiceErrors.UpgradeCustomerNotFound());
        }
        else if (found.Status != "Active")
        {
            errors.Add(CardServiceErrors.UpgradeCustomerNotActive(found.Code));
            return null;
        }

        return found;
    }

    /// <summary>An existing customer the card cannot go to: another outlet's, without real-name data, or holding a card in use.</summary>
    private async Task<OperationResult?> RefusalAsync(CustomerInfo customer, CardInfo card, CancellationToken ct)
    {
        if (customer.OutletId != card.OutletId)
        {
            return OperationResult.Invalid(CardServiceErrors.UpgradeCustomerOtherOutlet(customer.Code));
        }

        if (string.IsNullOrWhiteSpace(customer.Name) || string.IsNullOrWhiteSpace(customer.IdNumber))
        {
            return OperationResult.Fail(FailureKind.Unprocessable, CardServiceErrors.RealNameMissing(customer.Code));
        }

        return (await cards.ListByCustomerAsync(customer.Id, ct)).Any(c => c.Status is not ("Replaced" or "Closed"))
            ? OperationResult.Conflict(CardServiceErrors.UpgradeCustomerHasCards(customer.Code))
            : null;
    }

    /// <summary>The single-user product the card becomes: in use, its number length and check digit met by the card's number (errors on <c>product</c>).</summary>
    private async Task<CardProductInfo?> ProductAsync(string? code, CardInfo card, List<OperationError> errors, CancellationToken ct)
    {
        var wanted = string.IsNullOrWhiteSpace(code) ? DefaultProduct : code.Trim().ToUpperInvariant();
        var product = await products.FindByCodeAsync(wanted, ct);
        if (product is null)
        {
            errors.Add(CardServiceErrors.UpgradeProductUnknown(wanted));
            return null;
        }

        if (product.Kind != "SingleUser" || !product.Active || !await FitsAsync(card, product, ct))
        {
            errors.Add(CardServiceErrors.UpgradeProductNotFit(product.Code, card.Number));
            return null;
        }

        return product;
    }

    // The prefix is left out: it names the product the number was registered under (stock keeps that), not the product it is now.
    // A number issued under a product with the same check-digit rule meets it; Cards checks the digit itself again when it upgrades.
    private async Task<bool> FitsAsync(CardInfo card, CardProductInfo product, CancellationToken ct) =>
        card.Number.Length == product.NumberLength
        && (product.CheckDigit == "None" || (await products.FindAsync(card.ProductId, ct))?.CheckDigit == product.CheckDigit);
}
