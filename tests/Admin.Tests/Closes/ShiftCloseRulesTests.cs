using Admin.Modules.Closes.Models;
using Admin.Modules.Closes.Services;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Tests.Closes;

/// <summary>The shift close's rules without a database: the lines, the tolerance, the entry, the count's checks.</summary>
public sealed class ShiftCloseRulesTests
{
    private static readonly Dictionary<string, decimal> Expected = new() { ["Cash"] = 300m, ["BankCard"] = 200m, ["Transfer"] = -20m };

    [Fact]
    public void Count_KeepsEveryMethodWithMoney_AndTheDifferenceIsOverPositive()
    {
        var close = new ShiftClose();
        close.Count(Expected, new Dictionary<string, decimal> { ["Cash"] = 295.5m, ["BankCard"] = 200m, ["Cheque"] = 10m }, ChartOfAccounts.TillMethods);

        Assert.Equal(["Cash", "Cheque", "BankCard", "Transfer"], close.Lines.Select(l => l.PaymentMethod));
        Assert.Equal(480m, close.Expected);
        Assert.Equal(505.5m, close.Counted);
        Assert.Equal(25.5m, close.Difference);
        Assert.Equal(["Cash", "Cheque", "Transfer"], close.BeyondTolerance(0m).Select(l => l.PaymentMethod));
        Assert.Equal(["Cheque", "Transfer"], close.BeyondTolerance(5m).Select(l => l.PaymentMethod));
        Assert.Empty(close.BeyondTolerance(20m));
    }

    [Fact]
    public void Posting_BalancesToZero_EmptiesEveryTill_AndPutsTheDifferenceOnOverShort()
    {
        var close = new ShiftClose { OutletId = Guid.NewGuid(), OperatorId = Guid.NewGuid() };
        close.Count(Expected, new Dictionary<string, decimal> { ["Cash"] = 295.5m, ["BankCard"] = 200m }, ChartOfAccounts.TillMethods);

        var lines = ShiftCloses.Posting(close);

        Assert.Equal(0m, lines.Sum(l => l.Amount));
        Assert.DoesNotContain(lines, l => l.Amount == 0);
        Assert.Equal(-480m, lines.Where(l => l.Account.Kind == AccountKind.Till).Sum(l => l.Amount));
        Assert.Equal(495.5m, lines.Where(l => l.Account.Kind == AccountKind.Handover).Sum(l => l.Amount));
        Assert.Equal(-15.5m, lines.Where(l => l.Account.Kind == AccountKind.OverShort).Sum(l => l.Amount));
    }

    [Fact]
    public void Check_ErrorsNameTheirFields_AndDenominationsGiveTheCash()
    {
        var bad = ShiftCountCheck.Check(new ShiftCloseInput(new Dictionary<string, decimal?> { ["cash"] = -1m, ["Gold"] = 1m }, new Dictionary<string, int?> { ["7"] = 1 }, new string('x', 201), null));
        var good = ShiftCountCheck.Check(new ShiftCloseInput(null, new Dictionary<string, int?> { ["100"] = 2, ["0.5"] = 3, ["0.1"] = 0 }, null, null));

        Assert.Equal(["counted.Cash", "counted.Gold", "denominations", "note"], bad.Errors.Select(e => e.Field));
        Assert.Equal(201.5m, good.Value!.Counted["Cash"]);
        Assert.Equal("100×2 0.5×3", good.Value.Denominations);
    }
}
