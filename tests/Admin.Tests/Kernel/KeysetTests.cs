using Admin.Kernel.Paging;

namespace Admin.Tests.Kernel;

public sealed class KeysetTests
{
    [Fact]
    public void Decode_EncodedParts_RoundTrips() =>
        Assert.Equal(["44010001", "网点", "x"], Keyset.Decode(Keyset.Encode("44010001", "网点", "x"), 3)!);

    [Theory]
    [InlineData("!!!")]
    [InlineData("")]
    [InlineData("YWJj")] // "abc": one part, two expected
    public void Decode_Malformed_IsNull(string cursor) => Assert.Null(Keyset.Decode(cursor, 2));

    [Fact]
    public void ToPage_MoreRowsThanLimit_GivesCursorOfLastShownRow()
    {
        var page = Keyset.ToPage([1, 2, 3], 2, i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([1, 2], page.Items);
        Assert.Equal("2", page.Next);
        Assert.Null(Keyset.ToPage([1, 2], 2, i => "x").Next);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public void CheckLimit_OutOfRange_IsAnError(int limit) => Assert.NotNull(Keyset.CheckLimit(limit));
}
