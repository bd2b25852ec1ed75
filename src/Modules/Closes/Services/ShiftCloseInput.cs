using System.Globalization;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.Closes.Services;

/// <summary>
/// What the operator counted: per payment method (missing: none), the cash by denomination (optional; without a cash
/// figure the denominations give it), a note, and the reviewer's credentials when a difference asks for one.
/// </summary>
public sealed record ShiftCloseInput(
    IReadOnlyDictionary<string, decimal?>? Counted, IReadOnlyDictionary<string, int?>? Denominations, string? Note, ReviewCredentials? Review);

/// <summary>The count checked: an amount per payment method and the denominations as text.</summary>
public sealed record CheckedCount(IReadOnlyDictionary<string, decimal> Counted, string? Denominations, string? Note);

/// <summary>The checks of a count, every error at once, each naming its field (<c>counted.Cash</c>, <c>denominations</c>, <c>note</c>).</summary>
public static class ShiftCountCheck
{
    /// <summary>The notes and coins of the yuan, largest first, as the screen and the API name them.</summary>
    public static readonly IReadOnlyList<string> DenominationNames = ["100", "50", "20", "10", "5", "1", "0.5", "0.1"];

    public static OperationResult<CheckedCount> Check(ShiftCloseInput input)
    {
        var errors = new List<OperationError>();
        var counted = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, value) in input.Counted ?? new Dictionary<string, decimal?>())
        {
            var method = ChartOfAccounts.TillMethods.FirstOrDefault(m => string.Equals(m, key.Trim(), StringComparison.OrdinalIgnoreCase));
            if (method is null)
            {
                errors.Add(ClosesErrors.MethodUnknown($"counted.{key}", string.Join(", ", ChartOfAccounts.TillMethods)));
            }
            else if (value is not null)
            {
                if (Money.Check(value, $"counted.{method}") is { } error)
                {
                    errors.Add(error);
                }
                else
                {
                    counted[method] = value.Value;
                }
            }
        }

        string? denominations = null;
        var given = (input.Denominations ?? new Dictionary<string, int?>()).Where(d => d.Value is not null && d.Value != 0).ToList();
        if (given.Count > 0)
        {
            if (given.Any(d => !DenominationNames.Contains(d.Key.Trim()) || d.Value is < 0 or > 100_000))
            {
                errors.Add(ClosesErrors.DenominationInvalid());
            }
            else
            {
                var counts = DenominationNames.Select(n => (Name: n, Count: given.Where(d => d.Key.Trim() == n).Sum(d => d.Value!.Value))).Where(c => c.Count > 0).ToList();
                var sum = counts.Sum(c => decimal.Parse(c.Name, CultureInfo.InvariantCulture) * c.Count);
                denominations = string.Join(" ", counts.Select(c => $"{c.Name}×{c.Count}"));
                if (counted.TryGetValue("Cash", out var cash) && cash != sum)
                {
                    errors.Add(ClosesErrors.DenominationsDisagree(cash, sum));
                }
                else if (!errors.Any(e => e.Field == "counted.Cash"))
                {
                    counted["Cash"] = sum;
                }
            }
        }

        // An empty form closes nothing: a till counted as all zero is a statement the operator makes, not a default.
        if (counted.Count == 0 && errors.Count == 0)
        {
            errors.Add(ClosesErrors.CountRequired());
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note?.Length > Models.ShiftClose.MaxNote)
        {
            errors.Add(ClosesErrors.TooLong("note", Models.ShiftClose.MaxNote));
        }

        return errors.Count > 0 ? OperationResult<CheckedCount>.Invalid([.. errors]) : OperationResult<CheckedCount>.Success(new CheckedCount(counted, denominations, note));
    }
}
