namespace Admin.Modules.Counter.Models;

/// <summary>The mainland resident identity number (GB 11643-1999): 17 digits and a check character (0-9 or X).</summary>
public static class ResidentId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>What is wrong with a resident id number, or null when it is well formed.</summary>
    public enum Problem
    {
        Length,
        Characters,
        BirthDate,
        CheckCharacter,
    }

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>Normalises (trim, upper-case x) and checks a number; answers the problem, or null.</summary>
    public static Problem? Check(string? value, out string normalised)
    {
        normalised = (value ?? "").Trim().ToUpperInvariant();
        if (normalised.Length != 18)
        {
            return Problem.Length;
        }

        if (!normalised[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(normalised[17]) || normalised[17] == 'X'))
        {
            return Problem.Characters;
        }

        if (!DateOnly.TryParseExact(normalised[6..14], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var born)
            || born.Year < 1900)
        {
            return Problem.BirthDate;
        }

        return CheckCharacter(normalised) == normalised[17] ? null : Problem.CheckCharacter;
    }
}
