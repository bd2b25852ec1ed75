using Admin.Kernel.Csv;

namespace Admin.Tests.Kernel;

public sealed class CsvTests
{
    [Fact]
    public void Field_CommaQuoteNewline_IsQuoted() =>
        Assert.Equal("\"a,\"\"b\"\"\nc\"", Csv.Field("a,\"b\"\nc"));

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("-12.50", "-12.50")]
    [InlineData("普通文本", "普通文本")]
    public void Field_FormulaLooking_IsNeutralised(string value, string expected) => Assert.Equal(expected, Csv.Field(value));

    [Fact]
    public void Parse_QuotedFieldsAndBom_RoundTrips()
    {
        var text = "\uFEFF" + Csv.Line(["code", "name"]) + Csv.Line(["44010001", "广州, \"天河\"\n营业厅"]);

        var (records, errorLine) = Csv.Parse(text);

        Assert.Equal(0, errorLine);
        Assert.Equal(2, records!.Count);
        Assert.Equal(["44010001", "广州, \"天河\"\n营业厅"], records[1]);
    }

    [Fact]
    public void Parse_UnclosedQuote_ReportsItsLine()
    {
        var (records, errorLine) = Csv.Parse("a,b\n1,\"open\n2,3\n");

        Assert.Null(records);
        Assert.Equal(2, errorLine);
    }
}
