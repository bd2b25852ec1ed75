using System.Net;
using System.Net.Http.Json;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using static Admin.Tests.Cards.CardStockTestKit;

namespace Admin.Tests.Cards;

/// <summary>The card product and stock screens through the real host: lists, forms, errors beside fields, the scrap review dialog.</summary>
public abstract class CardScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task ProductList_ShowsTheDefaults_AndABadProduct_ShowsItsErrorsBesideTheFields()
    {
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);

        var list = await screen.GetStringAsync("/admin/card-products");
        var response = await AdminAppFactory.PostFormAsync(screen, "/admin/card-products/new", "/admin/card-products/new", new()
        {
            ["Code"] = CardProductsApiTests.NewCode(), ["NameEn"] = "x", ["NameZh"] = "x", ["Kind"] = "Anonymous", ["NumberLength"] = "16", ["Prefix"] = "0",
            ["CheckDigit"] = "Luhn", ["BalanceCap"] = "abc", ["ValidityMonths"] = "12", ["CompanyCashLimit"] = "5000", ["IndividualCashLimit"] = "50000", ["FaceValues"] = "100",
        });

        var registered = await AdminAppFactory.PostFormAsync(screen, "/admin/card-stock/register", "/admin/card-stock/register",
            new() { ["Product"] = "INTERNAL", ["Numbers"] = "9109000000001234-91090000000012" });

        Assert.Contains("data-product=\"ANONYMOUS\"", list);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Contains("A card number of this product has 16 digits; this one has 14.", await registered.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The prefix is one or more digits", html);
        Assert.Contains("Enter a number (digits, a decimal point).", html);
    }

    [Fact]
    public async Task TakeAndScrapForms_MoveCards_AndScrapAsksForAReview()
    {
        var admin = await App.AdminApiClientAsync();
        var p = await TestProduct.CreateAsync(admin);
        var (outlet, login, op) = await App.OutletOperatorAsync();
        await StockOutletAsync(admin, op, p, 10);
        var screen = await App.ScreenClientAsync(outlet, login, CounterTestKit.Password);

        var refused = await AdminAppFactory.PostFormAsync(screen, "/admin/card-stock/take", "/admin/card-stock/take",
            new() { ["Product"] = p.Code, ["Numbers"] = p.Number(11) });
        var taken = await AdminAppFactory.PostFormAsync(screen, "/admin/card-stock/take", "/admin/card-stock/take",
            new() { ["Product"] = p.Code, ["Numbers"] = $"{p.Number(1)}-{p.Number(3)}" });
        var scrap = await AdminAppFactory.PostFormAsync(screen, "/admin/card-stock/scrap", "/admin/card-stock/scrap",
            new() { ["Product"] = p.Code, ["Numbers"] = p.Number(9) });

        Assert.Contains("is not in any registered range", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal("Operator", await op.PlaceAsync(p, 2));
        Assert.Contains("id=\"review-dialog\"", await scrap.Content.ReadAsStringAsync());
        Assert.Equal("Outlet", await op.PlaceAsync(p, 9));
        var movements = await screen.GetStringAsync($"/admin/card-stock/movements?product={p.Code}");
        Assert.Contains(p.Number(1), movements);
        var overview = await screen.GetStringAsync("/admin/card-stock");
        Assert.Contains($"data-product=\"{p.Code}\" data-place=\"Operator\"", overview);
    }
}

public sealed class CardScreensTests_Sqlite(SqliteDatabase db) : CardScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class CardScreensTests_Postgres(PostgresDatabase db) : CardScreensTests(db), IClassFixture<PostgresDatabase>;
