using System.Globalization;
using Admin.Kernel.Results;

namespace Admin.Modules.Counter.Services;

/// <summary>Amounts in CNY: two decimals, never negative where an amount is collected.</summary>
public static class Money
{
    /// <summary>The largest amount the counter handles (below 千亿).</summary>
    public const decimal Max = 999_999_999_999.99m;

    /// <summary>True when the amount has at most two decimals.</summary>
    public static bool HasTwoDecimalsAtMost(decimal amount) => decimal.Round(amount, 2) == amount;

    /// <summary>Checks a collected amount: present, not negative, at most two decimals, not too large.</summary>
    public static OperationError? Check(decimal? amount, string field)
    {
        if (amount is not { } value)
        {
            return Counter.CounterErrors.AmountRequired(field);
        }

        if (value < 0)
        {
            return Counter.CounterErrors.AmountNegative(field);
        }

        if (!HasTwoDecimalsAtMost(value))
        {
            return Counter.CounterErrors.AmountTooPrecise(field);
        }

        return value > Max ? Counter.CounterErrors.AmountTooLarge(field) : null;
    }

    /// <summary>Parses an amount typed on a screen (invariant, "20", "20.5", "20.50"); null text is null.</summary>
    public static OperationResult<decimal?> Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return OperationResult<decimal?>.Success(null);
        }

        return decimal.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? OperationResult<decimal?>.Success(value)
            : OperationResult<decimal?>.Invalid(Counter.CounterErrors.AmountInvalid(field));
    }

    /// <summary>The fixed two-decimal text of an amount (invariant), e.g. <c>20.00</c>.</summary>
    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An amount with thousands separators, e.g. <c>1,234.50</c>.</summary>
    public static string Display(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
