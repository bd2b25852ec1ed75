using Admin.Modules.InvoiceTitles.Models;

namespace Admin.Tests.InvoiceTitles;

/// <summary>The unified social credit code (GB 32100-2015) checks, with real-shaped codes and each kind of error.</summary>
public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("914403001922038216")] // an enterprise (工商, 企业), Shenzhen
    [InlineData("91330100799655058B")] // an enterprise, Hangzhou
    [InlineData("91350100M000100Y43")] // a letter in the organisation code
    [InlineData("91110000802100433B")] // Beijing
    public void Check_RealShapedCodes_AreValid(string code) => Assert.Equal(CreditCodeProblem.None, CreditCode.Check(code));

    [Fact]
    public void CheckCharacter_IsComputedFromTheFirstSeventeen()
    {
        // Every institution type its authority allows, with the computed check character, is valid.
        foreach (var prefix in new[] { "11", "12", "13", "19", "51", "52", "53", "59", "91", "92", "93", "Y1", "N2", "31" })
        {
            var body = prefix + "440300" + "MA5D1234X";
            var code = body + CreditCode.CheckCharacter(body);
            Assert.Equal(CreditCodeProblem.None, CreditCode.Check(code));
        }
    }

    [Theory]
    [InlineData("91440300192203821", CreditCodeProblem.Length)]
    [InlineData("9144030019220382166", CreditCodeProblem.Length)]
    [InlineData("", CreditCodeProblem.Length)]
    [InlineData(null, CreditCodeProblem.Length)]
    [InlineData("91440300192203821I", CreditCodeProblem.Characters)] // I is not used
    [InlineData("9144030019220382O6", CreditCodeProblem.Characters)] // O is not used
    [InlineData("91440300192Z038216", CreditCodeProblem.Characters)]
    [InlineData("91440300192203821s", CreditCodeProblem.Characters)] // lower case (normalisation happens before)
    [InlineData("B14403001922038216", CreditCodeProblem.Authority)]
    [InlineData("014403001922038216", CreditCodeProblem.Authority)]
    [InlineData("94440300192203821X", CreditCodeProblem.InstitutionType)] // 工商 issues types 1–3 only
    [InlineData("Y24403001922038216", CreditCodeProblem.InstitutionType)]
    [InlineData("9144A3001922038216", CreditCodeProblem.Division)]
    [InlineData("914403001922038217", CreditCodeProblem.CheckCharacter)]
    [InlineData("914403001922083216", CreditCodeProblem.CheckCharacter)] // two digits swapped
    public void Check_BadCodes_NameThePartThatIsWrong(string? code, CreditCodeProblem expected) =>
        Assert.Equal(expected, CreditCode.Check(code));

    [Fact]
    public void Normalise_MakesFullWidthAndLowerCaseComparable()
    {
        Assert.Equal("91330100799655058B", CreditCode.Normalise(" ９１３３０１００７９９６５５０５８ｂ "));
        Assert.Equal("91330100799655058B", CreditCode.Normalise("9133 0100 7996 5505 8b"));
    }

    [Fact]
    public void TitleText_TrimsAndCollapsesFullAndHalfWidthSpaces()
    {
        Assert.Equal("广州 天河 有限公司", TitleText.Clean("\u3000广州\u3000\u3000天河  有限公司 "));
        Assert.Null(TitleText.Clean(" \u3000 "));
    }
}

/// <summary>The rules of a title's fields, without a database.</summary>
public sealed class TitleDetailsTests
{
    private static Admin.Kernel.Results.OperationResult<TitleDetails> Create(string? type = "Company", string? name = "广州天河卡务有限公司", string? tax = "91330100799655058B",
        string? account = null, string? email = null, string? phone = null) =>
        TitleDetails.Create(type, name, tax, null, phone, null, account, email, null);

    [Fact]
    public void Create_ValidCompany_IsCleaned()
    {
        var result = TitleDetails.Create("company", "  广州天河\u3000卡务有限公司 ", "91330100799655058b", " 天河路 1 号 ", "020-1234 5678", "工商银行", "6222 0000 1111", "ap@example.com", null);

        Assert.True(result.Succeeded);
        Assert.Equal(TitleType.Company, result.Value!.Type);
        Assert.Equal("广州天河 卡务有限公司", result.Value.BuyerName);
        Assert.Equal("91330100799655058B", result.Value.TaxpayerNumber);
        Assert.Equal("天河路 1 号", result.Value.Address);
        Assert.Equal("62220000" + "1111", result.Value.BankAccount);
    }

    [Fact]
    public void Create_CompanyWithoutNumber_IsRefused() =>
        Assert.Equal("invoiceTitle.taxpayerNumberRequired", Assert.Single(Create(tax: null).Errors).Code);

    [Fact]
    public void Create_IndividualWithNumber_IsRefused() =>
        Assert.Equal("invoiceTitle.individualTaxpayerNumber", Assert.Single(Create(type: "Individual").Errors).Code);

    [Fact]
    public void Create_IndividualWithNameOnly_IsValid() => Assert.True(Create(type: "Individual", name: "张三", tax: null).Succeeded);

    [Theory]
    [InlineData("91330100799655058C", "invoiceTitle.creditCodeCheck")]
    [InlineData("9133010079965505", "invoiceTitle.creditCodeLength")]
    [InlineData("9133010079965505IB", "invoiceTitle.creditCodeCharacters")]
    [InlineData("X1330100799655058B", "invoiceTitle.creditCodeAuthority")]
    [InlineData("97330100799655058B", "invoiceTitle.creditCodeType")]
    [InlineData("9133A100799655058B", "invoiceTitle.creditCodeDivision")]
    public void Create_BadCreditCode_SaysWhichPartIsWrong(string tax, string code)
    {
        var error = Assert.Single(Create(tax: tax).Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal("taxpayerNumber", error.Field);
    }

    [Fact]
    public void Create_CheckCharacterMessage_NamesTheExpectedCharacter()
    {
        var error = Assert.Single(Create(tax: "91330100799655058C").Errors);
        Assert.Equal("The check character (the 18th) does not match: a character is mistyped (the code as typed would end in B, not C).", error.ToString());
    }

    [Theory]
    [InlineData("6222-0000", "bankAccount")]
    [InlineData("62220000abc", "bankAccount")]
    public void Create_BankAccountNotDigits_IsRefused(string account, string field) =>
        Assert.Equal(field, Assert.Single(Create(account: account).Errors).Field);

    [Fact]
    public void Create_EverythingWrong_ReportsEachField()
    {
        var result = TitleDetails.Create("Shop", "", "123", null, "call me", null, "x1", "no-at-sign", new string('n', 201));

        var fields = result.Errors.Select(e => e.Field).ToHashSet();
        Assert.Superset(new HashSet<string?> { "type", "buyerName", "phone", "bankAccount", "email", "note" }, fields);
    }

    [Fact]
    public void Create_NumericType_IsRefused() => Assert.Equal("type", Assert.Single(Create(type: "1").Errors).Field);
}
