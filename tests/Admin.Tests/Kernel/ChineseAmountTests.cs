using Admin.Kernel.Money;

namespace Admin.Tests.Kernel;

/// <summary>Amounts in Chinese capitals (大写金额): zero rules, 整, 角分, up to 千亿.</summary>
public sealed class ChineseAmountTests
{
    [Theory]
    [InlineData("0", "零元整")]
    [InlineData("0.05", "伍分")]
    [InlineData("0.50", "伍角整")]
    [InlineData("0.56", "伍角陆分")]
    [InlineData("1", "壹元整")]
    [InlineData("1.05", "壹元零伍分")]
    [InlineData("1.50", "壹元伍角整")]
    [InlineData("10", "壹拾元整")]
    [InlineData("20.00", "贰拾元整")]
    [InlineData("30", "叁拾元整")]
    [InlineData("105", "壹佰零伍元整")]
    [InlineData("1000", "壹仟元整")]
    [InlineData("1001", "壹仟零壹元整")]
    [InlineData("1010", "壹仟零壹拾元整")]
    [InlineData("1100", "壹仟壹佰元整")]
    [InlineData("123.45", "壹佰贰拾叁元肆角伍分")]
    [InlineData("10500", "壹万零伍佰元整")]
    [InlineData("100005", "壹拾万零伍元整")]
    [InlineData("10000", "壹万元整")]
    [InlineData("1000000", "壹佰万元整")]
    [InlineData("100000000", "壹亿元整")]
    [InlineData("100010000", "壹亿零壹万元整")]
    [InlineData("1000000005", "壹拾亿零伍元整")]
    [InlineData("123456789012.34", "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分")]
    [InlineData("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")]
    [InlineData("-20.50", "负贰拾元伍角整")]
    [InlineData("1234.50", "壹仟贰佰叁拾肆元伍角整")]
    [InlineData("0.10", "壹角整")]
    [InlineData("100.01", "壹佰元零壹分")]
    [InlineData("100100", "壹拾万零壹佰元整")]
    [InlineData("200000000000", "贰仟亿元整")]
    [InlineData("100000001.10", "壹亿零壹元壹角整")]
    public void ToCapitals_WritesTheTradesForm(string amount, string expected) =>
        Assert.Equal(expected, ChineseAmount.ToCapitals(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1.005")]
    [InlineData("1000000000000")]
    public void ToCapitals_OverPreciseOrBeyondQianyi_Throws(string amount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseAmount.ToCapitals(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
}
