using Admin.Modules.Counter.Models;
using Admin.Modules.Counter.Services;

namespace Admin.Tests.Counter;

/// <summary>The resident identity number's check character (GB 11643-1999), without a database.</summary>
public sealed class ResidentIdTests
{
    [Theory]
    [InlineData("11010519491231002X")] // the standard's own example
    [InlineData("440524198001010013")]
    [InlineData("110101199003074477")]
    [InlineData("11010519491231002x")] // lower-case x is accepted and normalised
    public void Check_ValidNumber_HasNoProblem(string number)
    {
        Assert.Null(ResidentId.Check(number, out var normalised));
        Assert.Equal(number.ToUpperInvariant(), normalised);
    }

    [Theory]
    [InlineData("110105194912310021", ResidentId.Problem.CheckCharacter)]
    [InlineData("440524198001010015", ResidentId.Problem.CheckCharacter)]
    [InlineData("440524188001010014", ResidentId.Problem.BirthDate)]
    [InlineData("11010519491231002", ResidentId.Problem.Length)]
    [InlineData("1101051949123100211", ResidentId.Problem.Length)]
    [InlineData("11010519491231A02X", ResidentId.Problem.Characters)]
    [InlineData("110105194913310027", ResidentId.Problem.BirthDate)]
    public void Check_BadNumber_NamesTheProblem(string number, ResidentId.Problem expected) =>
        Assert.Equal(expected, ResidentId.Check(number, out _));

    [Fact]
    public void CheckCharacter_ComputesTheStandardsExample() => Assert.Equal('X', ResidentId.CheckCharacter("11010519491231002"));

    [Fact]
    public void Parse_WrongCheckCharacter_SaysWhichCharacterIsExpected()
    {
        var result = CustomerService.Parse(new CustomerFields("Individual", "Wang Fang", "ResidentId", "110105194912310021", null, null, null));

        var error = Assert.Single(result.Errors);
        Assert.Equal("customer.residentIdCheck", error.Code);
        Assert.Equal("idNumber", error.Field);
        Assert.Equal("The last character of this resident ID number should be X: check the number for a typing error.", error.ToString());
    }

    [Fact]
    public void Parse_PassportNumber_IsNotCheckedAsAResidentId()
    {
        var result = CustomerService.Parse(new CustomerFields("Individual", "John Smith", "Passport", "e12345678", null, null, null));

        Assert.True(result.Succeeded);
        Assert.Equal("E12345678", result.Value!.IdNumber);
    }
}
