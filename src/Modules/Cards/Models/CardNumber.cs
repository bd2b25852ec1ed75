using Admin.Kernel.Results;

namespace Admin.Modules.Cards.Models;

/// <summary>
/// How a product numbers its cards: the length, the leading digits, the check digit rule. A number maps to a
/// <em>serial</em> (a long) and back: without a check digit the serial is the number itself; with a Luhn check digit it
/// is the number without its last digit, so consecutive serials are consecutive valid numbers and a range of serials
/// enumerates valid numbers only (the check digit is computed, never stored).
/// </summary>
public sealed record CardNumbering(int Length, string Prefix, CheckDigitRule CheckDigit)
{
    public const int MinLength = 8;
    /// <summary>19 digits with a check digit, 18 without, so that the serial fits a 64-bit integer.</summary>
    public const int MaxLength = 19;

    /// <summary>The longest number this rule allows.</summary>
    public int MaxLengthForRule => CheckDigit == CheckDigitRule.Luhn ? MaxLength : MaxLength - 1;

    /// <summary>The smallest and largest serial of the product (every number with the prefix).</summary>
    public (long First, long Last) SerialBounds
    {
        get
        {
            var bodyLength = CheckDigit == CheckDigitRule.Luhn ? Length - 1 : Length;
            var rest = bodyLength - Prefix.Length;
            var first = long.Parse(Prefix + new string('0', rest), System.Globalization.CultureInfo.InvariantCulture);
            var last = long.Parse(Prefix + new string('9', rest), System.Globalization.CultureInfo.InvariantCulture);
            return (first, last);
        }
    }

    /// <summary>Problems with the numbering itself (field names as the product form shows them).</summary>
    public IEnumerable<OperationError> Check()
    {
        if (Length < MinLength || Length > MaxLengthForRule)
        {
            yield return CardsErrors.NumberLengthInvalid(MinLength, MaxLengthForRule);
        }

        if (Prefix.Length == 0 || !Prefix.All(char.IsAsciiDigit) || Prefix[0] == '0')
        {
            yield return CardsErrors.PrefixInvalid();
        }
        else if (Prefix.Length > Length - 4)
        {
            yield return CardsErrors.PrefixTooLong(Length - 4);
        }
    }

    /// <summary>The card number of a serial.</summary>
    public string NumberOf(long serial)
    {
        if (CheckDigit == CheckDigitRule.None)
        {
            return serial.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(Length, '0');
        }

        var body = serial.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(Length - 1, '0');
        return body + Luhn.CheckDigit(body);
    }
}

/// <summary>A card number checked against its product's numbering: digits only, the right length and prefix, the check digit.</summary>
public readonly record struct CardNumber
{
    private CardNumber(string value, long serial)
    {
        Value = value;
        Serial = serial;
    }

    /// <summary>The number as printed on the card.</summary>
    public string Value { get; }

    /// <summary>The number's position in its product's numbering (see <see cref="CardNumbering"/>).</summary>
    public long Serial { get; }

    public override string ToString() => Value;

    /// <summary>Checks a typed or scanned number; spaces are ignored. Errors name <paramref name="field"/>.</summary>
    public static OperationResult<CardNumber> Parse(string? text, CardNumbering numbering, string field = "number")
    {
        var value = new string((text ?? "").Where(c => c != ' ').ToArray());
        if (value.Length == 0)
        {
            return OperationResult<CardNumber>.Invalid(CardsErrors.NumberRequired(field));
        }

        if (!value.All(char.IsAsciiDigit))
        {
            return OperationResult<CardNumber>.Invalid(CardsErrors.NumberNotDigits(field));
        }

        if (value.Length != numbering.Length)
        {
            return OperationResult<CardNumber>.Invalid(CardsErrors.NumberWrongLength(field, numbering.Length, value.Length));
        }

        if (!value.StartsWith(numbering.Prefix, StringComparison.Ordinal))
        {
            return OperationResult<CardNumber>.Invalid(CardsErrors.NumberWrongPrefix(field, numbering.Prefix));
        }

        if (numbering.CheckDigit == CheckDigitRule.Luhn)
        {
            var body = value[..^1];
            if (Luhn.CheckDigit(body) != value[^1])
            {
                return OperationResult<CardNumber>.Invalid(CardsErrors.NumberCheckDigit(field));
            }

            return OperationResult<CardNumber>.Success(new CardNumber(value, long.Parse(body, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return OperationResult<CardNumber>.Success(new CardNumber(value, long.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}

/// <summary>The Luhn (mod 10) check digit.</summary>
public static class Luhn
{
    /// <summary>The digit that makes <paramref name="body"/> followed by it pass the Luhn check.</summary>
    public static char CheckDigit(string body)
    {
        var sum = 0;
        var doubleIt = true;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var d = body[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
