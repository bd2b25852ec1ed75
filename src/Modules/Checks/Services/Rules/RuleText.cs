using System.Globalization;
using Admin.Kernel.Money;
using Admin.Modules.Checks.Contracts;

namespace Admin.Modules.Checks.Services.Rules;

/// <summary>How rules write amounts and links alike.</summary>
internal static class RuleText
{
    public static string Amount(decimal amount) => Money.Format(amount);

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    public static CheckLink Receipt(Guid id, string receipt) => new($"receipt {receipt}", $"/topups/receipts/{id}");

    public static CheckLink Customer(Guid id, string? code) => new($"customer {code}", $"/counter/customers/{id}");

    public static CheckLink Card(string number) => new($"card {number}", $"/admin/cards/{Uri.EscapeDataString(number)}");

    public static CheckLink Account(long id) => new($"ledger account {id}", $"/ledger/accounts/{id}");
}
