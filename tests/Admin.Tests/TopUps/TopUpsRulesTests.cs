using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.TopUps.Models;

namespace Admin.Tests.TopUps;

/// <summary>The receipt's own rules and the shared prepaid-card rules, without a database.</summary>
public sealed class TopUpsRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static TopUpReceipt Receipt(ReceiptStatus status = ReceiptStatus.Posted) => new() { OutletCode = "GZ01", ReceiptNumber = 7, Status = status, Amount = 10m };

    [Fact]
    public void CannotCancel_SameDayPosted_IsAllowed_AnotherDayOrCorrected_IsRefusedWithItsCode()
    {
        Assert.Null(Receipt().CannotCancel(Today, Today));
        Assert.Equal("topUps.cancelSameDayOnly", Receipt().CannotCancel(Today.AddDays(-1), Today)!.Code);
        Assert.Equal("topUps.receiptNotPosted", Receipt(ReceiptStatus.Cancelled).CannotCancel(Today, Today)!.Code);
        Assert.Equal("topUps.receiptNotPosted", Receipt(ReceiptStatus.Reversed).CannotReverse()!.Code);
        Assert.Null(Receipt().CannotReverse());
        Assert.Equal("GZ01-T000007", Receipt().Receipt);
    }

    [Theory]
    [InlineData("440106199001011234", "440***********1234")]
    [InlineData("AB12345", "*****45")]
    [InlineData("A1", "**")]
    [InlineData("", "")]
    public void MaskId_ShowsTheEndsOnly(string id, string masked) => Assert.Equal(masked, NetworkCustomers.MaskId(id));

    [Theory]
    [InlineData(true, "Cash", 4999.99, false)]
    [InlineData(true, "Cash", 5000.00, true)]
    [InlineData(true, "Transfer", 90000.00, false)]
    [InlineData(false, "Cash", 49999.99, false)]
    [InlineData(false, "Cash", 50000.00, true)]
    public void RefusesCash_FromThePayersLimit(bool company, string method, decimal amount, bool refused)
    {
        var product = new CardProductInfo(Guid.NewGuid(), "SINGLE", "Single", "单用户卡", "SingleUser", 16, "9101", "Luhn", 5000m, null, null, 5000m, 50000m, [], true);
        Assert.Equal(refused, PrepaidCardRules.RefusesCash(product, company, method, amount));
    }
}
