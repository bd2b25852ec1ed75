using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Issuing.Services;

/// <summary>A fee of one card, priced: the schedule's amount and what is collected.</summary>
public sealed record PricedFee(string Code, string NameEn, string NameZh, decimal Schedule, decimal Collected, bool ReviewWhenChanged)
{
    /// <summary>True when the collected amount differs and the fee item says that needs review.</summary>
    public bool NeedsReview => ReviewWhenChanged && Collected != Schedule;
}

/// <summary>A card the task will issue, checked: its number as typed, holder fields, fees or face value, and the field of its number.</summary>
public sealed record PlannedCard(string Number, string Field, string? HolderName, string? VehiclePlate, string? Notes, IReadOnlyList<PricedFee> Fees, decimal? FaceValue = null)
{
    public decimal Total => Fees.Sum(f => f.Collected) + (FaceValue ?? 0m);
}

/// <summary>Checks the issuing tasks share: the caller's outlet, products, payment method, fees, card fields.</summary>
public sealed class IssueChecks(
    ICurrentOperator current, IOutletDirectory outlets, ICardProducts products, IPaymentMethodDirectory methods, IFeeSchedule schedule, TimeProvider clock, ILedgerReader ledger)
{
    /// <summary>
    /// The deposit the customer paid at the fee counter before having a card (Ledger's <c>CustomerDeposit</c>): it moves onto
    /// the cards issued now, up to each card's deposit, so the customer does not pay it twice. Read before the transaction; a
    /// parallel task that moved it first makes the posting's never-negative check refuse this one (409, nothing written).
    /// </summary>
    public async Task<decimal> DepositHeldAsync(CustomerInfo? customer, CancellationToken ct) =>
        customer is null ? 0m : Math.Max(0m, (await ledger.PositionsAsync([AccountKind.CustomerDeposit], [customer.Id], ct)).GetValueOrDefault(customer.Id));

    /// <summary>Now (UTC), for the task's instant.</summary>
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The issuing operator's login name.</summary>
    public string? LoginName => current.LoginName;

    /// <summary>Most cards in one task.</summary>
    public const int MaxCards = 50;

    /// <summary>The counter payment methods that are never accepted for prepaid cards (the 2012 rules: no credit cards).</summary>
    public const string CreditCard = "CreditCard";

    /// <summary>The caller's outlet and operator id; head office and sessions without an outlet issue nothing.</summary>
    public async Task<OperationResult<(OutletInfo Outlet, Guid OperatorId)>> OutletAsync(CancellationToken ct)
    {
        if (current.OutletId is { } outletId && current.OperatorId is { } operatorId && await outlets.FindAsync(outletId, ct) is { IsHeadOffice: false } outlet)
        {
            return OperationResult<(OutletInfo, Guid)>.Success((outlet, operatorId));
        }

        // The permission is held; the task just cannot be done where no drawer is: a state conflict (409), not a 403.
        return OperationResult<(OutletInfo, Guid)>.Fail(FailureKind.Conflict, IssuingErrors.HeadOfficeIssues());
    }

    /// <summary>The product by code (default: the kind's default product), which must make cards of <paramref name="kind"/>.</summary>
    public async Task<(CardProductInfo? Product, OperationError? Error)> ProductAsync(string? code, string defaultCode, string kind, CancellationToken ct)
    {
        var wanted = string.IsNullOrWhiteSpace(code) ? defaultCode : code.Trim().ToUpperInvariant();
        var product = await products.FindByCodeAsync(wanted, ct);
        if (product is null)
        {
            return (null, IssuingErrors.ProductUnknown(wanted));
        }

        if (product.Kind != kind)
        {
            return (null, IssuingErrors.ProductKind(wanted, kind));
        }

        return product.Active ? (product, null) : (null, IssuingErrors.ProductInactive(wanted));
    }

    /// <summary>The payment method: enabled, one a till is kept for, never a credit card.</summary>
    public async Task<(string? Method, OperationError? Error, FailureKind Kind)> PaymentMethodAsync(string? code, CancellationToken ct)
    {
        var method = code?.Trim();
        if (string.IsNullOrEmpty(method))
        {
            return (null, IssuingErrors.PaymentMethodRequired(), FailureKind.Validation);
        }

        if (string.Equals(method, CreditCard, StringComparison.OrdinalIgnoreCase))
        {
            return (null, IssuingErrors.CreditCardRefused(), FailureKind.Unprocessable);
        }

        return ChartOfAccounts.TillMethods.Contains(method) && await methods.IsEnabledAsync(method, ct)
            ? (method, null, FailureKind.None)
            : (null, IssuingErrors.PaymentMethodDisabled(method), FailureKind.Validation);
    }

    /// <summary>
    /// The product's cash limit (DOMAIN: a company paying its CompanyCashLimit or more at once, an individual its
    /// IndividualCashLimit or more, pays by bank transfer): the task's total paid in cash at or above it is refused.
    /// </summary>
    public static OperationError? CashRefusal(CardProductInfo product, bool company, string? method, decimal total)
    {
        return PrepaidCardRules.RefusesCash(product, company, method, total) ? IssuingErrors.CashRefused(total, PrepaidCardRules.CashLimit(product, company)) : null;
    }

    /// <summary>Today's 工本费, 押金 and 服务费 (those the schedule offers today).</summary>
    public async Task<IReadOnlyDictionary<string, FeePrice>> FeesAsync(CancellationToken ct) =>
        (await schedule.PricesTodayAsync(ct)).Where(p => p.Code is FeeCodes.CardCost or FeeCodes.Deposit or FeeCodes.Service).ToDictionary(p => p.Code, StringComparer.Ordinal);

    /// <summary>Prices a card's three fees: a typed amount is checked; an empty one is the schedule's; a fee not offered today is not charged.</summary>
    public static IReadOnlyList<PricedFee> Price(IReadOnlyDictionary<string, FeePrice> prices, FeeInput? typed, string prefix, List<OperationError> errors)
    {
        var fees = new List<PricedFee>();
        foreach (var (code, amount, field) in new[]
                 {
                     (FeeCodes.CardCost, typed?.CardFee, "cardFee"), (FeeCodes.Deposit, typed?.Deposit, "deposit"), (FeeCodes.Service, typed?.ServiceFee, "serviceFee"),
                 })
        {
            var name = $"{prefix}.{field}";
            if (!prices.TryGetValue(code, out var price))
            {
                if (amount is { } a && a != 0m)
                {
                    errors.Add(IssuingErrors.FeeNotOffered(name, code));
                }

                continue;
            }

            if (Money.Check(amount ?? price.Amount, name) is { } bad)
            {
                errors.Add(bad);
                continue;
            }

            fees.Add(new PricedFee(code, price.NameEn, price.NameZh, price.Amount, amount ?? price.Amount, price.ReviewWhenChanged));
        }

        return fees;
    }

    /// <summary>Checks a card's holder fields' lengths.</summary>
    public static void CheckHolder(CardInput card, string prefix, List<OperationError> errors)
    {
        if (card.HolderName?.Trim().Length > 50)
        {
            errors.Add(IssuingErrors.TooLong($"{prefix}.holderName", 50));
        }

        if (card.VehiclePlate?.Trim().Length > 20)
        {
            errors.Add(IssuingErrors.TooLong($"{prefix}.vehiclePlate", 20));
        }

        if (card.Notes?.Trim().Length > 200)
        {
            errors.Add(IssuingErrors.TooLong($"{prefix}.notes", 200));
        }
    }

    /// <summary>Checks each number against the product's numbering (digits, length, prefix, check digit) and that none is listed twice.</summary>
    public async Task<List<string>> CheckNumbersAsync(CardProductInfo product, IReadOnlyList<string?> numbers, Func<int, string> field, List<OperationError> errors, CancellationToken ct)
    {
        var checkedNumbers = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < numbers.Count; i++)
        {
            var result = await products.CheckNumberAsync(product.Id, numbers[i], field(i), ct);
            if (!result.Succeeded)
            {
                errors.AddRange(result.Errors);
                checkedNumbers.Add("");
                continue;
            }

            if (!seen.Add(result.Value!))
            {
                errors.Add(IssuingErrors.CardTwice(field(i), result.Value!));
            }

            checkedNumbers.Add(result.Value!);
        }

        return checkedNumbers;
    }
}
