using Admin.Modules.Allocations.Models;

namespace Admin.Tests.Allocations;

/// <summary>A template's split, without a database: shares always add up to the total, to the fen.</summary>
public sealed class TemplateSplitTests
{
    private static AllocationTemplate Template(TemplateMode mode, params decimal[] values) => new()
    {
        Mode = mode, Lines = [.. values.Select((v, i) => new AllocationTemplateLine { LineNo = i + 1, Value = v })],
    };

    [Fact]
    public void Split_Shares_LeftoverFenGoToTheLargestRemainders() =>
        Assert.Equal([33.34m, 33.33m, 33.33m], Template(TemplateMode.Share, 1, 1, 1).Split(100m));

    [Fact]
    public void Split_Amounts_AreKeptAndTheTotalIgnored() =>
        Assert.Equal([200m, 50m], Template(TemplateMode.Amount, 200, 50).Split(null));

    [Fact]
    public void Split_AnyShares_AddUpToTheTotal()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var shares = Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(1, 10_000) / 100m).ToArray();
            var total = random.Next(1, 10_000_000) / 100m;

            var split = Template(TemplateMode.Share, shares).Split(total);

            Assert.Equal(total, split.Sum());
            Assert.All(split, a => Assert.Equal(a, decimal.Round(a, 2)));
        }
    }
}
