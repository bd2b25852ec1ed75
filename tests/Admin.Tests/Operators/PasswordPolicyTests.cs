using Admin.Modules.Operators.Services;

namespace Admin.Tests.Operators;

public sealed class PasswordPolicyTests
{
    private static readonly PasswordPolicy Trade = new();

    [Theory]
    [InlineData("abc12345")]
    [InlineData("ABCdef123")]
    [InlineData("a1b2c3d4e5f6")]
    public void Check_TradeDefaults_AcceptsLettersAndDigits8To12(string password) => Assert.Empty(Trade.Check(password, "zhangwei"));

    [Theory]
    [InlineData("abc1234", "password.tooShort")]
    [InlineData("abc123456789x", "password.tooLong")]
    [InlineData("abcdefgh", "password.lettersAndDigits")]
    [InlineData("12345678", "password.lettersAndDigits")]
    [InlineData("zhang1234", "password.containsLoginName")]
    [InlineData("abc\u000112345", "password.controlCharacters")]
    public void Check_TradeDefaults_RefusesWithTheRuleBroken(string password, string code)
    {
        var login = password == "zhang1234" ? "ZHANG1234" : "zhangwei";

        Assert.Contains(Trade.Check(password, login), e => e.Code == code && e.Field == "newPassword");
    }

    [Fact]
    public void Check_ModernRules_DropCompositionButRefuseCommonAndLoginName()
    {
        var modern = new PasswordPolicy(8, 64, 5, Modern: true);

        Assert.Empty(modern.Check("correct horse battery staple", "zhangwei"));
        Assert.Contains(modern.Check("password123", "zhangwei"), e => e.Code == "password.common");
        Assert.Contains(modern.Check("my-zhangwei-pass", "zhangwei"), e => e.Code == "password.containsLoginName");
    }

    [Fact]
    public void TemporaryPasswords_AlwaysSatisfyTheTradeDefaults()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.Empty(Trade.Check(TemporaryPasswords.Generate(), "zhangwei"));
        }
    }
}
