using System.Net;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Cards;

/// <summary>The card query screens (客户服务) through the real host, on both databases: find by number, a card's page, a customer's cards, scope.</summary>
public abstract class CardQueryScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task FindByNumber_OpensTheCardsPage_WithItsCustomerBalancesAndTheCustomersCards()
    {
        var admin = await App.AdminApiClientAsync();
        var o = await App.CardOutletAsync(admin);
        var primary = await App.IssueAsync(o, o.Primary, 1);
        var secondary = await App.IssueAsync(o, o.Secondary, 4, primary);
        await App.FundAsync(o, secondary, 250m, 50.5m, 30m);
        var screen = await App.ScreenClientAsync(o.Outlet, o.Login, CounterTestKit.Password);

        var find = await screen.GetAsync($"/admin/cards?number={o.Secondary.Number(4)}");
        var page = await screen.GetStringAsync($"/admin/cards/{o.Secondary.Number(4)}");
        var list = await screen.GetStringAsync($"/admin/cards?customer={o.CustomerCode}");

        Assert.Equal(HttpStatusCode.Redirect, find.StatusCode);
        Assert.Equal($"/admin/cards/{o.Secondary.Number(4)}", find.Headers.Location?.OriginalString);
        Assert.Contains(o.CustomerCode, page);
        Assert.Contains(o.Primary.Number(1), page);
        Assert.Contains("data-balance=\"card\">199.50<", page);
        Assert.Contains("data-balance=\"purse\">50.50<", page);
        Assert.Contains("data-balance=\"deposit\">30.00<", page);
        Assert.Contains($"data-card=\"{o.Primary.Number(1)}\"", page);
        Assert.Contains($"data-card=\"{o.Primary.Number(1)}\"", list);
        Assert.Contains($"data-card=\"{o.Secondary.Number(4)}\"", list);
        Assert.Contains("data-card-read=\"number\"", await screen.GetStringAsync("/admin/cards"));
    }

    [Fact]
    public async Task ABadNumber_ShowsItsErrorBesideTheField_AndAnotherOutletsCard_IsNotFound()
    {
        var admin = await App.AdminApiClientAsync();
        var o = await App.CardOutletAsync(admin);
        await App.IssueAsync(o, o.Primary, 3);
        var (otherOutlet, otherLogin, _) = await App.OutletOperatorAsync();
        var other = await App.ScreenClientAsync(otherOutlet, otherLogin, CounterTestKit.Password);

        var bad = await other.GetAsync("/admin/cards?number=12AB");
        var hiddenFind = await other.GetAsync($"/admin/cards?number={o.Primary.Number(3)}");
        var hiddenPage = await other.GetAsync($"/admin/cards/{o.Primary.Number(3)}");
        var zh = new HttpRequestMessage(HttpMethod.Get, "/admin/cards?number=12AB");
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var chinese = await (await other.SendAsync(zh)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("A card number holds digits only.", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, hiddenFind.StatusCode);
        Assert.Contains("There is no such card.", await hiddenFind.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, hiddenPage.StatusCode);
        Assert.Contains("卡片查询", chinese);
        Assert.Contains("卡号只能包含数字", chinese);
    }
}

public sealed class CardQueryScreensTests_Sqlite(SqliteDatabase db) : CardQueryScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class CardQueryScreensTests_Postgres(PostgresDatabase db) : CardQueryScreensTests(db), IClassFixture<PostgresDatabase>;
