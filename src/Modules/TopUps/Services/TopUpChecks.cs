using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;
using Admin.Modules.TopUps.Models;

namespace Admin.Modules.TopUps.Services;

/// <summary>
/// Where a top-up's money goes, found at any outlet of the network: the task kind, the customer and/or card, the product
/// whose prepaid-card rules apply, the credited account and the outlet it belongs to.
/// </summary>
public sealed record TopUpTarget(TopUpKind Kind, CustomerInfo? Customer, CardInfo? Card, CardProductInfo? Product, AccountRef Account, string AccountOutletCode, bool Company);

/// <summary>The checks of the top-up tasks: the serving outlet, the target (any outlet), the payment method, the prepaid-card rules.</summary>
public sealed class TopUpChecks(
    ICurrentOperator current, IOutletDirectory outlets, INetworkCustomers customers, INetworkCards cards, ICardProducts products, IPaymentMethodDirectory methods,
    TimeProvider clock)
{
    /// <summary>Now (UTC).</summary>
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The serving operator's login name.</summary>
    public string? LoginName => current.LoginName;

    /// <summary>The serving operator.</summary>
    public Guid? OperatorId => current.OperatorId;

    /// <summary>The serving operator's outlet.</summary>
    public Guid? OutletId => current.OutletId;

    /// <summary>The serving outlet and operator; head office takes no money (no till there): 409.</summary>
    public async Task<OperationResult<(OutletInfo Outlet, Guid OperatorId)>> OutletAsync(CancellationToken ct)
    {
        if (current.OutletId is { } outletId && current.OperatorId is { } operatorId && await outlets.FindAsync(outletId, ct) is { IsHeadOffice: false } outlet)
        {
            return OperationResult<(OutletInfo, Guid)>.Success((outlet, operatorId));
        }

        return OperationResult<(OutletInfo, Guid)>.Fail(FailureKind.Conflict, TopUpsErrors.OutletOnly());
    }

    /// <summary>The amount: present, above zero, two decimals at most, not above the largest amount.</summary>
    public static OperationError? CheckAmount(decimal? amount)
    {
        if (amount is null)
        {
            return TopUpsErrors.AmountRequired();
        }

        if (amount <= 0)
        {
            return TopUpsErrors.AmountNotPositive();
        }

        return Money.Check(amount, "amount");
    }

    /// <summary>The payment method's name in both languages for a message (a review reason), else its code.</summary>
    public async Task<object> MethodNameAsync(string code, CancellationToken ct) => (object?)await methods.NameAsync(code, ct) ?? code;

    /// <summary>The payment method: enabled, one a till is kept for, never a credit card (422).</summary>
    public async Task<(string? Method, OperationError? Error, bool Refusal)> PaymentMethodAsync(string? code, CancellationToken ct)
    {
        var method = code?.Trim();
        if (string.IsNullOrEmpty(method))
        {
            return (null, TopUpsErrors.PaymentMethodRequired(), false);
        }

        if (string.Equals(method, PrepaidCardRules.CreditCard, StringComparison.OrdinalIgnoreCase))
        {
            return (null, TopUpsErrors.CreditCardRefused(), true);
        }

        return ChartOfAccounts.TillMethods.Contains(method) && await methods.IsEnabledAsync(method, ct)
            ? (method, null, false)
            : (null, TopUpsErrors.PaymentMethodDisabled(method), false);
    }

    /// <summary>
    /// The target of a top-up (<paramref name="task"/> TopUp: a customer, or a card: single-user and anonymous cards onto their
    /// card account, internal cards likewise, a primary card onto its customer's account; a secondary card is refused) or of
    /// a receipt (a customer, or their primary card). Any outlet's customer or card; errors name <paramref name="cardField"/>.
    /// </summary>
    public async Task<TopUpTarget?> TargetAsync(TopUpTask task, string? customerKey, string? cardNumber, string cardField, List<OperationError> errors, List<OperationError> refusals, CancellationToken ct)
    {
        var key = customerKey?.Trim();
        var number = cardNumber?.Trim();
        if (string.IsNullOrEmpty(key) && string.IsNullOrEmpty(number))
        {
            errors.Add(TopUpsErrors.TargetRequired("customer"));
            return null;
        }

        if (!string.IsNullOrEmpty(key) && !string.IsNullOrEmpty(number))
        {
            errors.Add(TopUpsErrors.TargetTwice("customer"));
            return null;
        }

        var customerKind = task == TopUpTask.Receipt ? TopUpKind.CustomerReceipt : TopUpKind.CustomerTopUp;
        if (!string.IsNullOrEmpty(key))
        {
            var customer = Guid.TryParse(key, out var id) ? await customers.FindAsync(id, ct) : await customers.FindByCodeAsync(key, ct);
            return customer is null ? Fail(TopUpsErrors.CustomerNotFound("customer")) : await CustomerTargetAsync(customerKind, customer, "customer", errors, refusals, ct);
        }

        var card = await cards.FindByNumberAsync(number, ct);
        if (card is null)
        {
            return Fail(TopUpsErrors.CardNotFound(cardField));
        }

        if (card.Status == "Closed")
        {
            // Closed with its customer (清户): the money went back and was refunded; nothing goes onto it again.
            refusals.Add(TopUpsErrors.CardClosed(cardField, card.Number));
            return null;
        }

        if (card.Status != "Issued")
        {
            return Fail(TopUpsErrors.CardNotUsable(cardField, card.Number, card.Status));
        }

        if (card.Kind == "Primary" || task == TopUpTask.Receipt)
        {
            if (card.Kind != "Primary" || card.CustomerId is not { } owner || await customers.FindAsync(owner, ct) is not { } holder)
            {
                return Fail(TopUpsErrors.NotPrimaryCard(cardField, card.Number));
            }

            var byCard = await CustomerTargetAsync(customerKind, holder, cardField, errors, refusals, ct);
            return byCard is null ? null : byCard with { Card = card };
        }

        if (card.Kind == "Secondary")
        {
            refusals.Add(TopUpsErrors.SecondaryCard(cardField, card.Number));
            return null;
        }

        var product = await products.FindAsync(card.ProductId, ct);
        var cardCustomer = card.CustomerId is { } c ? await customers.FindAsync(c, ct) : null;
        if (cardCustomer?.Status == "Closed")
        {
            refusals.Add(TopUpsErrors.CustomerClosed(cardField, cardCustomer.Code));
            return null;
        }

        var kind = card.Kind == "Internal" ? TopUpKind.InternalCardTopUp : TopUpKind.CardTopUp;
        return new TopUpTarget(kind, cardCustomer, card, product, AccountRef.Card(card.Id, card.OutletId), card.OutletCode,
            kind == TopUpKind.InternalCardTopUp || cardCustomer?.Type == "Company");

        TopUpTarget? Fail(OperationError error)
        {
            errors.Add(error);
            return null;
        }
    }

    private async Task<TopUpTarget?> CustomerTargetAsync(
        TopUpKind kind, CustomerInfo customer, string field, List<OperationError> errors, List<OperationError> refusals, CancellationToken ct)
    {
        if (customer.Status == "Closed")
        {
            // A closed customer (清户) had everything refunded: money taken now would sit on an account nobody may use.
            refusals.Add(TopUpsErrors.CustomerClosed(field, customer.Code));
            return null;
        }

        if (customer.Status != "Active")
        {
            errors.Add(TopUpsErrors.CustomerNotActive(field, customer.Code));
            return null;
        }

        // The cash limit of the customer's own card product (their primary or single-user card), else the default product of their kind.
        var main = (await cards.ListByCustomerAsync(customer.Id, ct)).FirstOrDefault(c => c.Kind is "Primary" or "SingleUser" && c.Status is not ("Replaced" or "Closed"));
        var company = customer.Type == "Company";
        var product = main is not null ? await products.FindAsync(main.ProductId, ct) : await products.FindByCodeAsync(company ? "PRIMARY" : "SINGLE", ct);
        var outlet = await outlets.FindAsync(customer.OutletId, ct);
        return new TopUpTarget(kind, customer, null, product, AccountRef.Customer(customer.Id, customer.OutletId), outlet?.Code ?? "", company);
    }

    /// <summary>
    /// The prepaid-card rules on the target's product: cash at or above the payer's cash limit is refused (422, the limit
    /// shared with issuing through <see cref="PrepaidCardRules"/>); an anonymous card from the real-name threshold records the
    /// payer's name and ID (400).
    /// </summary>
    public static void CheckRules(TopUpTarget target, string? method, decimal amount, string? payerName, string? payerId, List<OperationError> errors, List<OperationError> refusals)
    {
        if (target.Product is not { } product)
        {
            return;
        }

        if (PrepaidCardRules.RefusesCash(product, target.Company, method, amount))
        {
            refusals.Add(TopUpsErrors.CashRefused(amount, PrepaidCardRules.CashLimit(product, target.Company)));
        }

        if (target.Card?.Kind == "Anonymous" && (product.RealNameThreshold is not { } threshold || amount >= threshold))
        {
            var shown = product.RealNameThreshold ?? 0m;
            if (string.IsNullOrWhiteSpace(payerName))
            {
                errors.Add(TopUpsErrors.PayerNameRequired(shown));
            }

            if (string.IsNullOrWhiteSpace(payerId))
            {
                errors.Add(TopUpsErrors.PayerIdRequired(shown));
            }
        }
    }
}
