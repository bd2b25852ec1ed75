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
        IReadOnlyList<Admin.Modules.Dictionaries.Contracts.DictionaryItem> products =
        [
            new("92", new Admin.Kernel.Localization.LocalName("92# petrol", "92#汽油"), true, 10),
            new("95", new Admin.Kernel.Localization.LocalName("95# petrol", "95#汽油"), true, 20),
            new("LNG", new Admin.Kernel.Localization.LocalName("LNG", "液化天然气"), true, 30),
            new("E10", new Admin.Kernel.Localization.LocalName("E10 petrol", "E10乙醇汽油"), false, 40),
        ];
        var errors = new List<OperationError>();
        var good = CardRestrictions.Check(new RestrictionInput(["lng", "92", "92"], 100m, 300m, 5, "22:00", "06:00", null), errors, products);
        var bad = new List<OperationError>();
        CardRestrictions.Check(new RestrictionInput(["E10"], 0m, 10.001m, 1000, "7", null, null), bad, products);
        var incomplete = new List<OperationError>();
        CardRestrictions.Check(new RestrictionInput(null, 500m, 300m, null, "08:00", null, null), incomplete, products);
        var unknown = new List<OperationError>();
        CardRestrictions.Check(new RestrictionInput(["93"], null, null, null, null, null, null), unknown, products);

        Assert.Empty(errors);
        Assert.Equal("92,LNG", good.AllowedProducts);
        Assert.Equal((22 * 60, 6 * 60), (good.FromMinute!.Value, good.UntilMinute!.Value));
        Assert.Equal(["products", "perPurchase", "perDay", "purchasesPerDay", "from"], bad.Select(e => e.Field));
        Assert.Equal(["perPurchase", "until"], incomplete.Select(e => e.Field));
        Assert.Equal("cardService.productInactive", bad[0].Code);
        Assert.Equal("cardService.productUnknown", Assert.Single(unknown).Code);
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
