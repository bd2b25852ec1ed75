using Admin.Kernel.Results;
using Admin.Modules.CardService.Models;
using Admin.Modules.CardService.Services;

namespace Admin.Tests.CardService;

/// <summary>The card-service rules on the models, without a database.</summary>
public sealed class CardServiceRulesTests
{
    [Fact]
    public void LossReport_ReplaceableAfterTheWaitingPeriod_ReplacementPurseDueAfterTheWindow()
    {
        var at = new DateTime(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc);
        var report = new LossReport { ReportedAt = at };
        var replacement = new Replacement { At = at, PurseDueAt = at.AddHours(72) };

        Assert.Equal(at.AddHours(24), report.ReplaceableFrom(24));
        Assert.False(replacement.PurseDue(at.AddHours(71)));
        Assert.True(replacement.PurseDue(at.AddHours(72)));
        replacement.PurseMovedAt = at.AddHours(80);
        Assert.False(replacement.PurseDue(at.AddHours(90)));
    }

    [Fact]
    public void Restrictions_Check_NamesEveryBadField_AndKeepsProductsInListOrder()
    {
        var errors = new List<OperationError>();
        var good = CardRestrictions.Check(new RestrictionInput(["lng", "92", "92"], 100m, 300m, 5, "22:00", "06:00", null), errors);
        var bad = new List<OperationError>();
        CardRestrictions.Check(new RestrictionInput(["E10"], 0m, 10.001m, 1000, "7", null, null), bad);
        var incomplete = new List<OperationError>();
        CardRestrictions.Check(new RestrictionInput(null, 500m, 300m, null, "08:00", null, null), incomplete);

        Assert.Empty(errors);
        Assert.Equal("92,LNG", good.AllowedProducts);
        Assert.Equal((22 * 60, 6 * 60), (good.FromMinute!.Value, good.UntilMinute!.Value));
        Assert.Equal(["products", "perPurchase", "perDay", "purchasesPerDay", "from"], bad.Select(e => e.Field));
        Assert.Equal(["perPurchase", "until"], incomplete.Select(e => e.Field));
    }

    [Fact]
    public void Pin_IsStoredSaltedAndSlow_TwoCardsWithOnePinHashDifferently()
    {
        var now = DateTime.UtcNow;
        var a = new CardPin();
        var b = new CardPin();
        a.Set("482913", now, "op");
        b.Set("482913", now, "op");

        Assert.True(a.Matches("482913"));
        Assert.False(a.Matches("482914"));
        Assert.False(a.Matches(null));
        Assert.NotEqual(a.Hash, b.Hash);
        Assert.NotEqual(a.Salt, b.Salt);
        Assert.Equal(CardPin.Iterations, a.HashIterations);
        Assert.False(a.Locked);
    }
}
