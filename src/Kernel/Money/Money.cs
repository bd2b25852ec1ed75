using System.Globalization;
using Admin.Kernel.Results;

namespace Admin.Kernel.Money;

/// <summary>
/// Amounts in CNY as every module handles them: two decimals, never negative where an amount is collected, at most
/// <see cref="Max"/>; parsed from what an operator types and written as fixed two-decimal text.
/// </summary>
public static class Money
{
    /// <summary>The largest amount the console handles (below 千亿, what <see cref="ChineseAmount"/> can write).</summary>
    public const decimal Max = ChineseAmount.Max;

    /// <summary>True when the amount has at most two decimals.</summary>
    public static bool HasTwoDecimalsAtMost(decimal amount) => decimal.Round(amount, 2) == amount;

    /// <summary>Checks a collected amount: present, not negative, at most two decimals, not too large.</summary>
    public static OperationError? Check(decimal? amount, string field)
    {
        if (amount is not { } value)
        {
            return KernelErrors.AmountRequired(field);
        }

        if (value < 0)
        {
            return KernelErrors.AmountNegative(field);
        }

        if (!HasTwoDecimalsAtMost(value))
        {
            return KernelErrors.AmountTooPrecise(field);
        }

        return value > Max ? KernelErrors.AmountTooLarge(field) : null;
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
            : OperationResult<decimal?>.Invalid(KernelErrors.AmountInvalid(field));
    }

    /// <summary>The fixed two-decimal text of an amount (invariant), e.g. <c>20.00</c>.</summary>
    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An amount with thousands separators, e.g. <c>1,234.50</c>.</summary>
    public static string Display(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
