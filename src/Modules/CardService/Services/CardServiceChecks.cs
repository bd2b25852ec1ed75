using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Kernel.Time;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.CardService.Services;

/// <summary>The checks the card-service tasks share: the caller's counter, the presented card, the customer's ID document, local times.</summary>
public sealed class CardServiceChecks(
    ICurrentOperator current, IOutletDirectory outlets, ICards cards, ICustomerDirectory customers, LocalClock local, TimeProvider clock, IFeeSchedule fees,
    IPaymentMethodDirectory methods)
{
    /// <summary>The card cost fee (工本费) a new card costs today, from the fee schedule (0 when the schedule offers none).</summary>
    public Task<decimal> CardFeeTodayAsync(CancellationToken ct) => FeeTodayAsync(FeeCodes.CardCost, ct);

    /// <summary>
    /// What an upgrade costs today (ADR 0013: what the registered card would cost at the counter less what the card holds): the
    /// deposit (押金) over the card's deposit account, and the service fee (服务费); no card cost fee, the plastic is not new.
    /// </summary>
    public async Task<(decimal Deposit, decimal ServiceFee)> UpgradeFeesAsync(decimal depositHeld, CancellationToken ct) =>
        (Math.Max(0m, await FeeTodayAsync(FeeCodes.Deposit, ct) - depositHeld), Math.Max(0m, await FeeTodayAsync(FeeCodes.Service, ct)));

    /// <summary>A fee item's amount in force today (0 when the schedule offers none).</summary>
    public async Task<decimal> FeeTodayAsync(string code, CancellationToken ct) =>
        (await fees.PricesTodayAsync(ct)).FirstOrDefault(p => p.Code == code)?.Amount ?? 0m;

    /// <summary>
    /// The card cost fee (工本费) a new card costs today, from the fee schedule (0 when the schedule offers none), and the
    /// payment method it is paid by: required when there is a fee, enabled, one a till is kept for (errors on <c>paymentMethod</c>).
    /// </summary>
    public async Task<(decimal Fee, string? Method)> CardFeeAsync(string? paymentMethod, List<OperationError> errors, CancellationToken ct)
    {
        var fee = await CardFeeTodayAsync(ct);
        if (fee <= 0)
        {
            return (0m, null);
        }

        return (fee, await PaymentMethodAsync(paymentMethod, CardServiceErrors.PaymentMethodRequired(fee), errors, ct));
    }

    /// <summary>
    /// The payment method of an amount due: <paramref name="required"/> when none is given; enabled and one a till is kept for
    /// (never a credit card), else an error on <c>paymentMethod</c>. Null when there is an error.
    /// </summary>
    public async Task<string?> PaymentMethodAsync(string? paymentMethod, OperationError required, List<OperationError> errors, CancellationToken ct)
    {
        var method = paymentMethod?.Trim();
        if (string.IsNullOrEmpty(method))
        {
            errors.Add(required);
            return null;
        }

        var till = Ledger.Contracts.ChartOfAccounts.TillMethods.FirstOrDefault(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase));
        if (till is null || !await methods.IsEnabledAsync(till, ct))
        {
            errors.Add(CardServiceErrors.PaymentMethodInvalid(method));
            return null;
        }

        return till;
    }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public string? LoginName => current.LoginName;

    /// <summary>The caller's outlet and operator id; head office has no counter (409, though the permission is held).</summary>
    public async Task<OperationResult<(OutletInfo Outlet, Guid OperatorId)>> CounterAsync(CancellationToken ct)
    {
        if (current.OutletId is { } outletId && current.OperatorId is { } operatorId && await outlets.FindAsync(outletId, ct) is { IsHeadOffice: false } outlet)
        {
            return OperationResult<(OutletInfo, Guid)>.Success((outlet, operatorId));
        }

        return OperationResult<(OutletInfo, Guid)>.Fail(FailureKind.Conflict, CardServiceErrors.OutletOnly());
    }

    /// <summary>The caller's counter and the presented card: head office 409; no card or an unknown one 400 on <c>card</c>.</summary>
    public async Task<OperationResult<(OutletInfo Outlet, CardInfo Card)>> PresentedAsync(string? number, CancellationToken ct)
    {
        var counter = await CounterAsync(ct);
        if (!counter.Succeeded)
        {
            return OperationResult<(OutletInfo, CardInfo)>.From(counter);
        }

        var errors = new List<OperationError>();
        var card = await CardAsync(number, "card", errors, ct);
        return card is null ? OperationResult<(OutletInfo, CardInfo)>.Invalid([.. errors]) : OperationResult<(OutletInfo, CardInfo)>.Success((counter.Value.Outlet, card));
    }

    /// <summary>The ID document check alone: null when the number matches, else the 400 naming <c>idNumber</c>.</summary>
    public async Task<OperationResult?> IdentifiedAsync(CardInfo card, string? idNumber, CancellationToken ct)
    {
        var errors = new List<OperationError>();
        await IdentityAsync(card, idNumber, errors, ct);
        return errors.Count == 0 ? null : OperationResult.Invalid([.. errors]);
    }

    /// <summary>The visible card with this number, or an error naming <paramref name="field"/> (another outlet's card is "no such card").</summary>
    public async Task<CardInfo?> CardAsync(string? number, string field, List<OperationError> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            errors.Add(CardServiceErrors.CardRequired(field));
            return null;
        }

        var card = await cards.FindByNumberAsync(number, ct);
        if (card is null)
        {
            errors.Add(CardServiceErrors.CardNotFound(field));
        }

        return card;
    }

    /// <summary>
    /// Checks the ID number the customer presents against the customer's ID document (spaces and letter case aside); adds the
    /// error on <c>idNumber</c>. The customer of a visible card is visible (same outlet).
    /// </summary>
    public async Task<CustomerInfo?> IdentityAsync(CardInfo card, string? idNumber, List<OperationError> errors, CancellationToken ct)
    {
        var customer = card.CustomerId is { } id ? await customers.FindAsync(id, ct) : null;
        if (string.IsNullOrWhiteSpace(idNumber))
        {
            errors.Add(CardServiceErrors.IdNumberRequired());
            return customer;
        }

        if (customer is null || Normalise(customer.IdNumber) != Normalise(idNumber))
        {
            errors.Add(CardServiceErrors.IdNumberMismatch());
        }

        return customer;
    }

    /// <summary>The birth date of a registered card's customer, read from a resident ID number; null when unknown.</summary>
    public async Task<DateOnly?> BirthDateAsync(CardInfo card, CancellationToken ct) =>
        card.CustomerId is { } id && await customers.FindAsync(id, ct) is { } customer ? Models.PinRules.BirthDateOf(customer.IdType, customer.IdNumber) : null;

    /// <summary>An instant as the operator reads it (local time with its offset), for messages.</summary>
    public async Task<string> LocalAsync(DateTime utc, CancellationToken ct) => LocalTimes.Iso(utc, await local.OffsetAsync(ct));

    public static bool Expired(CardInfo card, DateTime now) => card.ExpiresAt is { } expires && expires <= now;

    private static string Normalise(string text) => new string(text.Where(ch => !char.IsWhiteSpace(ch)).ToArray()).ToUpperInvariant();
}
