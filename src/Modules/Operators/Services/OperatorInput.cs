using Admin.Kernel.Results;
using Admin.Modules.Operators.Models;

namespace Admin.Modules.Operators.Services;

/// <summary>The checks and clean-up of what an administrator types for operators and roles.</summary>
internal static class OperatorInput
{
    /// <summary>Checks the fields an administrator types for an operator (creation and edit).</summary>
    public static List<OperationError> CheckDetails(string? displayName, string? employeeNumber, string? phone)
    {
        var errors = new List<OperationError>();
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 50)
        {
            errors.Add(OperatorsErrors.DisplayNameInvalid());
        }

        if (employeeNumber?.Trim().Length > 32)
        {
            errors.Add(OperatorsErrors.EmployeeNumberTooLong());
        }

        if (phone is not null && (phone.Trim().Length > 30 || !phone.Trim().All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-')))
        {
            errors.Add(OperatorsErrors.PhoneInvalid());
        }

        return errors;
    }

    /// <summary>Role or permission names as sent: blanks dropped, trimmed, each once (role names ignore case, permissions do not).</summary>
    public static List<string> CleanNames(IEnumerable<string?>? names, StringComparer comparer) =>
        (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct(comparer).ToList();

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string NewStamp() => Guid.NewGuid().ToString("N");

    public static List<string> RoleNames(IEnumerable<Role> roles) => roles.Select(r => r.Name ?? "").Order(StringComparer.Ordinal).ToList();
}
