using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.Dictionaries.Contracts;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.CustomerAccounts.Services;

/// <summary>How a refund is paid out: Cash, or Transfer to the bank account given.</summary>
public sealed record RefundPayout(string? Method, string? BankName = null, string? BankAccount = null, string? AccountName = null);

/// <summary>A payout, checked: the method and, for a transfer, the bank details.</summary>
public sealed record CheckedPayout(string Method, string? BankName, string? BankAccount, string? AccountName)
{
    public const string Cash = "Cash";
    public const string Transfer = "Transfer";

    public bool IsCash => Method == Cash;
}

/// <summary>What the customer-account tasks check alike: where the caller stands, amounts, the payout, the limits.</summary>
public sealed class AccountChecks(ICurrentOperator current, IOutletDirectory outlets, SystemSettings settings, TimeProvider clock, IDictionaries dictionaries)
{
    /// <summary>
    /// The refund reason (a code of head office's <see cref="DictionaryKinds.RefundReasons"/>, any case) as its active entry;
    /// an unknown or deactivated code adds the error beside <c>reason</c> and answers null.
    /// </summary>
    public async Task<DictionaryItem?> RefundReasonAsync(string code, List<OperationError> errors, CancellationToken ct)
    {
        if (await dictionaries.CheckAsync(DictionaryKinds.RefundReasons, code, "reason", ct) is { } error)
        {
            errors.Add(error);
            return null;
        }

        return (await dictionaries.ActiveAsync(DictionaryKinds.RefundReasons, ct)).First(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Marks the reason's code used (in the task's transaction); nothing when the refund names none.</summary>
    public Task MarkReasonUsedAsync(string? code, CancellationToken ct) =>
        code is null ? Task.CompletedTask : dictionaries.MarkUsedAsync(DictionaryKinds.RefundReasons, [code], ct);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public string? LoginName => current.LoginName;

    /// <summary>The caller's outlet and operator id; <paramref name="counterOnly"/>: head office has no till to pay from (409).</summary>
    public async Task<OperationResult<(OutletInfo Outlet, Guid OperatorId)>> PlaceAsync(bool counterOnly, CancellationToken ct)
    {
        if (current.OutletId is { } outletId && current.OperatorId is { } operatorId && await outlets.FindAsync(outletId, ct) is { } outlet
            && !(counterOnly && outlet.IsHeadOffice))
        {
            return OperationResult<(OutletInfo, Guid)>.Success((outlet, operatorId));
        }

        return OperationResult<(OutletInfo, Guid)>.Fail(FailureKind.Conflict, CustomerAccountsErrors.OutletOnly());
    }

    public Task<decimal> CashLimitAsync(CancellationToken ct) => settings.GetMoneyAsync(CustomerAccountsSettings.CashRefundLimit, ct);

    public Task<decimal> SmallLimitAsync(CancellationToken ct) => settings.GetMoneyAsync(CustomerAccountsSettings.SmallRefundLimit, ct);

    /// <summary>An amount that must be given and more than zero.</summary>
    public static void Amount(decimal? amount, List<OperationError> errors)
    {
        if (Money.Check(amount, "amount") is { } bad)
        {
            errors.Add(bad);
        }
        else if (amount <= 0)
        {
            errors.Add(CustomerAccountsErrors.AmountPositive());
        }
    }

    /// <summary>Checks the payout of <paramref name="amount"/>: bad input into <paramref name="errors"/>, cash above the limit into <paramref name="refusals"/>.</summary>
    public async Task<CheckedPayout?> PayoutAsync(RefundPayout? payout, decimal amount, List<OperationError> errors, List<OperationError> refusals, CancellationToken ct)
    {
        var method = payout?.Method?.Trim();
        if (string.Equals(method, CheckedPayout.Cash, StringComparison.OrdinalIgnoreCase))
        {
            var limit = await CashLimitAsync(ct);
            if (amount > limit)
            {
                refusals.Add(CustomerAccountsErrors.CashAboveLimit(amount, limit));
                return null;
            }

            return new CheckedPayout(CheckedPayout.Cash, null, null, null);
        }

        if (!string.Equals(method, CheckedPayout.Transfer, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(CustomerAccountsErrors.MethodInvalid());
            return null;
        }

        var bank = Clean(payout!.BankName);
        var account = Clean(payout.BankAccount)?.Replace(" ", "", StringComparison.Ordinal);
        var holder = Clean(payout.AccountName);
        var count = errors.Count;
        foreach (var (value, field, max) in new[] { (bank, "bankName", Refund.MaxBank), (account, "bankAccount", Refund.MaxAccount), (holder, "accountName", Refund.MaxBank) })
        {
            if (value is null)
            {
                errors.Add(CustomerAccountsErrors.BankRequired(field));
            }
            else if (value.Length > max)
            {
                errors.Add(CustomerAccountsErrors.TooLong(field, max));
            }
        }

        return errors.Count > count ? null : new CheckedPayout(CheckedPayout.Transfer, bank, account, holder);
    }

    /// <summary>All errors at once: bad input (400) first, else the rules' refusals (422).</summary>
    public static OperationResult<T>? Refusal<T>(List<OperationError> errors, List<OperationError> refusals)
    {
        if (errors.Count > 0)
        {
            return OperationResult<T>.Invalid([.. errors, .. refusals]);
        }

        return refusals.Count > 0 ? OperationResult<T>.Fail(FailureKind.Unprocessable, [.. refusals]) : null;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
