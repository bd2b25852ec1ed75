using Admin.Modules.Cards.Models;

namespace Admin.Tests.Cards;

/// <summary>A card product's rules, without a database.</summary>
public sealed class ProductTermsTests
{
    internal static ProductInput Anonymous(IReadOnlyList<decimal>? faces = null, int? validity = 36, decimal cap = 1000m) =>
        new("ANON-T", "Anonymous", "不记名卡", "Anonymous", 16, "9104", "Luhn", cap, validity, 10000m, 5000m, 50000m, faces ?? [100m, 500m, 1000m], true);

    [Fact]
    public void TheDefaults_OfThe2012Rules_Parse()
    {
        var parsed = ProductTerms.Parse(Anonymous());

        Assert.True(parsed.Succeeded);
        Assert.Equal([100m, 500m, 1000m], parsed.Value!.FaceValues);
        Assert.Equal("ANON-T", parsed.Value.Code);
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce_EachBesideItsField()
    {
        var parsed = ProductTerms.Parse(new ProductInput("bad code!", "", null, "Gold", 5, "0", "Mod11", -1m, 0, null, null, 0m, null, null));

        Assert.False(parsed.Succeeded);
        var fields = parsed.Errors.Select(e => e.Field).ToHashSet();
        foreach (var field in new[] { "code", "nameEn", "nameZh", "kind", "checkDigit", "numberLength", "prefix", "balanceCap", "validityMonths", "companyCashLimit", "individualCashLimit" })
        {
            Assert.Contains(field, fields);
        }
    }

    [Fact]
    public void AnonymousCards_AreValidAtLeastThreeYears() =>
        Assert.Equal("cardProduct.anonymousValidity", Assert.Single(ProductTerms.Parse(Anonymous(validity: 24)).Errors).Code);

    [Fact]
    public void AFaceValueAboveTheCap_IsRefused() =>
        Assert.Equal("cardProduct.faceValueAboveCap", Assert.Single(ProductTerms.Parse(Anonymous(faces: [500m, 2000m])).Errors).Code);

    [Fact]
    public void FaceValues_AreForAnonymousProductsOnly() =>
        Assert.Equal("cardProduct.faceValuesOnlyAnonymous",
            Assert.Single(ProductTerms.Parse(Anonymous() with { Kind = "SingleUser", ValidityMonths = null }).Errors).Code);

    [Fact]
    public void AnonymousWithoutFaceValues_IsRefused() =>
        Assert.Equal("cardProduct.faceValuesRequired", Assert.Single(ProductTerms.Parse(Anonymous(faces: [])).Errors).Code);

    [Fact]
    public void CashAndRealName_FollowTheThresholds()
    {
        var product = new CardProduct();
        product.Apply(ProductTerms.Parse(Anonymous()).Value!);

        Assert.True(product.AllowsCash(4999.99m, company: true));
        Assert.False(product.AllowsCash(5000m, company: true));
        Assert.True(product.AllowsCash(49999.99m, company: false));
        Assert.False(product.AllowsCash(50000m, company: false));
        Assert.False(product.NeedsRealName(9999.99m));
        Assert.True(product.NeedsRealName(10000m));
        product.RealNameThreshold = null;
        Assert.True(product.NeedsRealName(0.01m));
    }

    [Fact]
    public void Numbering_IsFixedOnceRangesExist()
    {
        var product = new CardProduct();
        var terms = ProductTerms.Parse(Anonymous()).Value!;
        product.Apply(terms);
        var longer = terms with { Numbering = terms.Numbering with { Length = 19 } };

        Assert.Null(product.CheckNumberingChange(longer, hasRanges: false));
        Assert.Equal("cardProduct.numberingFixed", product.CheckNumberingChange(longer, hasRanges: true)?.Code);
        Assert.Null(product.CheckNumberingChange(terms with { BalanceCap = 800m }, hasRanges: true));
    }
}
