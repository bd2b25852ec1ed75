using Admin.Kernel.Results;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// The password rules. Trade defaults: 8–12 characters, at least one letter and one digit, case-sensitive,
/// not the login name, not one of the last 5. Modern rules (NIST SP 800-63B) drop the composition rule and
/// refuse well-known passwords instead.
/// </summary>
public sealed record PasswordPolicy(int MinLength = 8, int MaxLength = 12, int History = 5, bool Modern = false)
{
    // A short list of the most used passwords; the modern rules refuse them (and anything containing the login name).
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "password1", "password123", "12345678", "123456789", "1234567890", "qwerty123", "qwertyuiop",
        "abc12345", "abcd1234", "a1234567", "iloveyou1", "11111111", "88888888", "00000000", "1qaz2wsx",
        "passw0rd", "admin123", "admin1234", "welcome1", "letmein1", "zaq12wsx", "asdf1234", "woaini520", "woaini1314",
    };

    /// <summary>Checks a new password; answers every rule it breaks, on the field <paramref name="field"/>.</summary>
    public IReadOnlyList<OperationError> Check(string? password, string loginName, string field = "newPassword")
    {
        var errors = new List<OperationError>();
        password ??= "";
        if (password.Length < MinLength)
        {
            errors.Add(OperatorsErrors.PasswordTooShort(field, MinLength));
        }

        if (password.Length > MaxLength)
        {
            errors.Add(OperatorsErrors.PasswordTooLong(field, MaxLength));
        }

        if (password.Any(char.IsControl))
        {
            errors.Add(OperatorsErrors.PasswordControlCharacters(field));
        }

        if (!Modern && !(password.Any(char.IsAsciiLetter) && password.Any(char.IsAsciiDigit)))
        {
            errors.Add(OperatorsErrors.PasswordLettersAndDigits(field));
        }

        if (password.Equals(loginName, StringComparison.OrdinalIgnoreCase)
            || (Modern && loginName.Length >= 3 && password.Contains(loginName, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(OperatorsErrors.PasswordContainsLoginName(field));
        }

        if (Modern && Common.Contains(password))
        {
            errors.Add(OperatorsErrors.PasswordCommon(field));
        }

        return errors;
    }

    /// <summary>The error for a password used recently.</summary>
    public OperationError Reused(string field = "newPassword") =>
        OperatorsErrors.PasswordReused(field, History);
}
