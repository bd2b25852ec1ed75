using Admin.Modules.Cards.Models;

namespace Admin.Tests.Cards;

/// <summary>Card numbers against their product's numbering, without a database.</summary>
public sealed class CardNumberTests
{
    private static readonly CardNumbering Luhn16 = new(16, "9101", CheckDigitRule.Luhn);
    private static readonly CardNumbering Plain12 = new(12, "88", CheckDigitRule.None);

    [Theory]
    [InlineData("7992739871", '3')]
    [InlineData("453201511283036", '6')]
    [InlineData("0", '0')]
    public void Luhn_CheckDigit_MatchesKnownNumbers(string body, char expected) => Assert.Equal(expected, Luhn.CheckDigit(body));

    [Fact]
    public void ValidLuhnNumber_ParsesToItsBodyAsSerial()
    {
        var number = Luhn16.NumberOf(910100000000123);

        var parsed = CardNumber.Parse(number, Luhn16);

        Assert.True(parsed.Succeeded);
        Assert.Equal(910100000000123, parsed.Value.Serial);
        Assert.Equal(number, parsed.Value.Value);
        Assert.Equal(16, number.Length);
    }

    [Fact]
    public void SpacesAreIgnored() => Assert.True(CardNumber.Parse(string.Join(' ', Luhn16.NumberOf(910100000000001).Chunk(4).Select(c => new string(c))), Luhn16).Succeeded);

    [Theory]
    [InlineData("", "cardNumber.required")]
    [InlineData("91010000000001A5", "cardNumber.notDigits")]
    [InlineData("910100000000012", "cardNumber.wrongLength")]
    [InlineData("91010000000000123", "cardNumber.wrongLength")]
    [InlineData("9201000000000013", "cardNumber.wrongPrefix")]
    public void BadNumbers_HaveSpecificErrors(string text, string code)
    {
        var parsed = CardNumber.Parse(text, Luhn16, "card");

        Assert.False(parsed.Succeeded);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal("card", error.Field);
    }

    [Fact]
    public void OneMistypedDigit_FailsTheCheckDigit()
    {
        var good = Luhn16.NumberOf(910100000004321);
        var bad = good[..10] + (char)('0' + ((good[10] - '0' + 1) % 10)) + good[11..];

        var parsed = CardNumber.Parse(bad, Luhn16);

        Assert.Equal("cardNumber.checkDigit", Assert.Single(parsed.Errors).Code);
    }

    [Fact]
    public void WithoutCheckDigit_TheSerialIsTheNumber()
    {
        var parsed = CardNumber.Parse("880000012345", Plain12);

        Assert.True(parsed.Succeeded);
        Assert.Equal(880000012345, parsed.Value.Serial);
        Assert.Equal("880000012345", Plain12.NumberOf(parsed.Value.Serial));
    }

    [Fact]
    public void ConsecutiveSerials_AreConsecutiveValidNumbers()
    {
        for (long serial = 910100000000000; serial < 910100000000050; serial++)
        {
            var number = Luhn16.NumberOf(serial);
            Assert.True(CardNumber.Parse(number, Luhn16).Succeeded, number);
        }
    }

    [Theory]
    [InlineData(7, "91", "cardProduct.numberLengthInvalid")]
    [InlineData(20, "91", "cardProduct.numberLengthInvalid")]
    [InlineData(16, "091", "cardProduct.prefixInvalid")]
    [InlineData(16, "9x", "cardProduct.prefixInvalid")]
    [InlineData(16, "9101010101010", "cardProduct.prefixTooLong")]
    public void BadNumbering_IsRefused(int length, string prefix, string code) =>
        Assert.Contains(new CardNumbering(length, prefix, CheckDigitRule.Luhn).Check(), e => e.Code == code);

    [Fact]
    public void EighteenDigitsWithoutCheckDigit_IsTheLongest() =>
        Assert.Equal("cardProduct.numberLengthInvalid", Assert.Single(new CardNumbering(19, "9", CheckDigitRule.None).Check()).Code);
}
