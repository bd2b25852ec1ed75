namespace Admin.Modules.InvoiceTitles.Models;

/// <summary>What is wrong with a unified social credit code, part by part.</summary>
public enum CreditCodeProblem
{
    None,
    Length,
    Characters,
    Authority,
    InstitutionType,
    Division,
    CheckCharacter,
}

/// <summary>
/// The 18-character unified social credit code (统一社会信用代码, GB 32100-2015): registration authority (1), institution
/// type (1), administrative division (6 digits), organisation code (9), check character (1). The character set is the
/// digits and the capital letters without I, O, Z, S and V.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // GB 32100-2015 table 1 and 2: the registration authorities and the institution types each may issue.
    private static readonly Dictionary<char, string> TypesByAuthority = new()
    {
        ['1'] = "1239", // 机构编制: organs, public institutions, central-level, other
        ['2'] = "19",   // 外交
        ['3'] = "123459", // 司法行政
        ['4'] = "19",   // 文化
        ['5'] = "1239", // 民政: social organisations, private non-enterprise units, foundations
        ['6'] = "129",  // 旅游
        ['7'] = "1239", // 宗教
        ['8'] = "19",   // 工会
        ['9'] = "123",  // 工商: enterprises, individual businesses, farmers' cooperatives
        ['A'] = "19",   // 中央军委改革和编制办公室
        ['N'] = "1239", // 农业
        ['Y'] = "1",    // 其他
    };

    /// <summary>The first thing wrong with <paramref name="code"/> (already normalised to upper case), or None.</summary>
    public static CreditCodeProblem Check(string? code)
    {
        if (code is null || code.Length != Length)
        {
            return CreditCodeProblem.Length;
        }

        if (code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return CreditCodeProblem.Characters;
        }

        if (!TypesByAuthority.TryGetValue(code[0], out var types))
        {
            return CreditCodeProblem.Authority;
        }

        if (!types.Contains(code[1], StringComparison.Ordinal))
        {
            return CreditCodeProblem.InstitutionType;
        }

        if (code.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9'))
        {
            return CreditCodeProblem.Division;
        }

        return CheckCharacter(code) == code[17] ? CreditCodeProblem.None : CreditCodeProblem.CheckCharacter;
    }

    /// <summary>The check character for the first 17 characters of <paramref name="code"/> (which must be in the alphabet).</summary>
    public static char CheckCharacter(string code)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>Upper case, without spaces (full-width letters and digits become half-width).</summary>
    public static string Normalise(string? code) => TitleText.ToHalfWidth(code ?? "").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
