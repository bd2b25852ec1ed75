using Admin.Modules.Cards.Models;
using Admin.Modules.Cards.Services;

namespace Admin.Tests.Cards;

/// <summary>Stock rules without a database: typed numbers to serial ranges, holders, requests.</summary>
public sealed class StockRulesTests
{
    private static readonly CardNumbering Numbering = new(16, "9101", CheckDigitRule.Luhn);

    private static string N(long n) => Numbering.NumberOf(910100000000000 + n);

    [Fact]
    public void Spans_BecomeSortedSerialRanges()
    {
        var parsed = StockMover.Parse([new NumberSpan(N(20), N(29)), new NumberSpan(N(5))], Numbering);

        Assert.True(parsed.Succeeded);
        Assert.Equal([new SerialRange(910100000000005, 910100000000005), new SerialRange(910100000000020, 910100000000029)], parsed.Value);
        Assert.Equal(11, parsed.Value!.Sum(r => r.Count));
    }

    [Fact]
    public void EveryBadSpan_IsNamedByItsIndex()
    {
        var parsed = StockMover.Parse([new NumberSpan(N(1)), new NumberSpan("123"), new NumberSpan(N(9), N(3))], Numbering);

        Assert.Equal(["numbers[1].first", "numbers[2].last"], parsed.Errors.Select(e => e.Field));
        Assert.Equal(["cardNumber.wrongLength", "cardStock.rangeReversed"], parsed.Errors.Select(e => e.Code));
    }

    [Fact]
    public void OverlappingSpans_AreRefused() =>
        Assert.Equal("cardStock.numbersRepeated", Assert.Single(StockMover.Parse([new NumberSpan(N(1), N(10)), new NumberSpan(N(10))], Numbering).Errors).Code);

    [Fact]
    public void NoSpans_AndTooManySpans_AreRefused()
    {
        Assert.Equal("cardStock.numbersRequired", Assert.Single(StockMover.Parse([], Numbering).Errors).Code);
        Assert.Equal("cardStock.numbersTooMany", Assert.Single(StockMover.Parse(Enumerable.Range(1, StockMover.MaxSpans + 1).Select(i => new NumberSpan(N(i))).ToList(), Numbering).Errors).Code);
    }

    [Fact]
    public void ADrawer_HoldsOnlyItsOperatorsBlocks()
    {
        var outlet = Guid.NewGuid();
        var me = Guid.NewGuid();
        var block = new StockBlock { First = 1, Last = 10 };
        block.MoveTo(Holder.Drawer(outlet, me, "me"));

        Assert.True(Holder.Drawer(outlet, me, null).Holds(block));
        Assert.False(Holder.Drawer(outlet, Guid.NewGuid(), "other").Holds(block));
        Assert.False(Holder.AtOutlet(outlet).Holds(block));
        var part = block.Part(1, 4);
        Assert.Equal((StockPlace.Operator, me, 4L), (part.Place, part.OperatorId!.Value, part.Count));
    }

    [Fact]
    public void ARequest_ClosesWhenFilled()
    {
        var request = new StockRequest { Quantity = 10, Status = RequestStatus.Open };

        request.CountShipped(6);
        Assert.Equal((RequestStatus.Open, 4), (request.Status, request.Outstanding));
        request.CountShipped(4);
        Assert.Equal(RequestStatus.Shipped, request.Status);
    }
}
