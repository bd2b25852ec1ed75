using System.Net;
using Admin.Modules.Cards.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Issuing;

/// <summary>The issuing screens, posted as a browser does: the review dialog over the form, then the receipt.</summary>
public abstract class IssuingScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task IssueScreen_WaivedCardFee_ShowsTheDialog_ThenAColleagueAuthorises_AndTheReceiptShows()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        await desk.StockAsync(single, 1);
        var customer = (await desk.Client.CreateCustomerAsync("Screen Customer")).GetProperty("code").GetString()!;
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        var page = $"/issuing/issue?customer={customer}";
        var key = Guid.NewGuid().ToString("N");
        Dictionary<string, string> Form(string? reviewer) => new()
        {
            ["Customer"] = customer, ["NewCustomer"] = "false", ["Product"] = single.Code, ["Card.Number"] = single.Number(1), ["CardFee"] = "0.00",
            ["PaymentMethod"] = "Cash", ["ServiceInvoice"] = "true", ["IdempotencyKey"] = key,
            ["Review.LoginName"] = reviewer ?? "", ["Review.Password"] = reviewer is null ? "" : CounterTestKit.Password,
        };

        var first = await AdminAppFactory.PostFormAsync(screen, page, "/issuing/issue", Form(null));
        var firstHtml = await first.Content.ReadAsStringAsync();
        var granted = await AdminAppFactory.PostFormAsync(screen, page, "/issuing/issue", Form(desk.Colleague));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("id=\"review-dialog\"", firstHtml);
        Assert.Contains("collected 0.00, schedule 20.00: card cost fee", firstHtml);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var receipt = await screen.GetStringAsync(granted.Headers.Location!.OriginalString);
        Assert.Contains(single.Number(1), receipt);
        Assert.Contains(desk.Colleague, receipt);
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<Card>().CountAsync(c => c.Number == single.Number(1))));
    }

    [Fact]
    public async Task SecondaryAndAnonymousScreens_IssueTheCards_AndABadNumberShowsBesideItsField()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var primary = await IssuingProduct.CreateAsync(desk.Admin, "Primary");
        var secondary = await IssuingProduct.CreateAsync(desk.Admin, "Secondary");
        var anonymous = await IssuingProduct.CreateAsync(desk.Admin, "Anonymous");
        await desk.StockAsync(primary, 1);
        await desk.StockAsync(secondary, 2);
        await desk.StockAsync(anonymous, 1);
        await (await desk.PostAsync("/api/cards/issue", new
        {
            newCustomer = IssuingTestKit.NewCustomer("Screen Fleet"), multiUser = true, product = primary.Code, card = new { number = primary.Number(1) }, paymentMethod = "Cash",
        })).Created();
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        var wrong = secondary.Number(1)[..^1] + (char)('0' + ((secondary.Number(1)[^1] - '0' + 1) % 10));

        var bad = await AdminAppFactory.PostFormAsync(screen, "/issuing/secondary", "/issuing/secondary", new()
        {
            ["PrimaryCard"] = primary.Number(1), ["Product"] = secondary.Code, ["Cards[0].Number"] = wrong, ["PaymentMethod"] = "Cash", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });
        var badHtml = await bad.Content.ReadAsStringAsync();
        var good = await AdminAppFactory.PostFormAsync(screen, "/issuing/secondary", "/issuing/secondary", new()
        {
            ["PrimaryCard"] = primary.Number(1), ["Product"] = secondary.Code, ["Cards[0].Number"] = secondary.Number(1), ["Cards[0].HolderName"] = "Driver 1",
            ["Cards[1].Number"] = secondary.Number(2), ["PaymentMethod"] = "Cash", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });
        var sold = await AdminAppFactory.PostFormAsync(screen, "/issuing/anonymous", "/issuing/anonymous", new()
        {
            ["Product"] = anonymous.Code, ["Cards[0].Number"] = anonymous.Number(1), ["Cards[0].FaceValue"] = "200.00", ["PaymentMethod"] = "Cash",
            ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("The check digit does not match", badHtml);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sold.StatusCode);
        Assert.Equal(2, await App.WithDbAsync(d => d.Set<Card>().CountAsync(c => c.Kind == CardKind.Secondary && c.Number.StartsWith(secondary.Prefix))));
        Assert.Equal(200m, await App.WithDbAsync(d => d.Set<Card>().Where(c => c.Number == anonymous.Number(1)).Select(c => c.FaceValue).SingleAsync()));
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }
}

public sealed class IssuingScreensTests_Sqlite(SqliteDatabase db) : IssuingScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class IssuingScreensTests_Postgres(PostgresDatabase db) : IssuingScreensTests(db), IClassFixture<PostgresDatabase>;
