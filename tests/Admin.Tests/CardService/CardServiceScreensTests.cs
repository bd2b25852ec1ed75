using System.Net;
using Admin.Modules.Cards.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.CardService;

/// <summary>The card-service screens, posted as a browser does: find, the card's page, a loss report with its errors, card data.</summary>
public abstract class CardServiceScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task FindTheCard_ReportItLost_ErrorsBesideTheFields_ThenTheCardPageShowsIt_InChinese()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var screen = await App.ScreenClientAsync(w.Desk.Outlet, w.Desk.Login, CounterTestKit.Password);
        var card = w.Single.Number(1);

        var find = await screen.GetAsync($"/card-service?card={card}");
        var notFound = await screen.GetStringAsync("/card-service?card=1234567890123");
        var form = $"/card-service/report-lost?card={card}";
        var formHtml = await screen.GetStringAsync(form);
        var anonymous = await AdminAppFactory.PostFormAsync(screen, form, "/card-service/report-lost", new() { ["Card"] = w.Anonymous.Number(1), ["IdNumber"] = w.PersonId });
        var anonymousHtml = await anonymous.Content.ReadAsStringAsync();
        var wrong = await AdminAppFactory.PostFormAsync(screen, form, "/card-service/report-lost", new() { ["Card"] = card, ["IdNumber"] = w.CompanyId });
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        var done = await AdminAppFactory.PostFormAsync(screen, form, "/card-service/report-lost", new() { ["Card"] = card, ["IdNumber"] = w.PersonId });
        using var zh = new HttpRequestMessage(HttpMethod.Get, done.Headers.Location!.OriginalString);
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var pageHtml = await (await screen.SendAsync(zh)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, find.StatusCode);
        Assert.EndsWith($"/card-service/cards/{card}", find.Headers.Location!.OriginalString);
        Assert.Contains("There is no such card.", notFound);
        Assert.Contains("data-shortcut=\"F8\"", formHtml);
        Assert.Contains("data-autofocus=\"true\"", formHtml);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Contains("anonymous cards cannot be reported lost", anonymousHtml);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("The ID number does not match", wrongHtml);
        Assert.Contains("is-invalid", wrongHtml);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("data-status=\"Lost\"", pageHtml);
        Assert.Contains("挂失中", pageHtml);
        Assert.Contains("id=\"action-cancel-loss\"", pageHtml);
        Assert.Equal(CardStatus.Lost, (await w.CardAsync(card)).Status);
    }

    [Fact]
    public async Task CardData_SavedFromTheForm_AndTheBlockListShowsLostCards()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var screen = await App.ScreenClientAsync(w.Desk.Outlet, w.Desk.Login, CounterTestKit.Password);
        var card = w.Secondary.Number(1);
        var page = $"/card-service/cards/{card}/data";
        var version = (await w.CardAsync(card)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var tooLong = await AdminAppFactory.PostFormAsync(screen, page, page, new() { ["HolderName"] = new string('x', 60), ["Version"] = version });
        var saved = await AdminAppFactory.PostFormAsync(screen, page, page, new() { ["HolderName"] = "Sun Li", ["VehiclePlate"] = "粤C12345", ["Notes"] = "", ["Version"] = version });
        await (await w.ActAsync(w.Primary.Number(1), "report-lost", new { idNumber = w.CompanyId })).JsonOkAsync();
        var admin = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var blockList = await admin.GetStringAsync("/card-service/block-list");

        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Sun Li", (await w.CardAsync(card)).HolderName);
        Assert.Contains(w.Primary.Number(1), blockList);
    }
}

public sealed class CardServiceScreensTests_Sqlite(SqliteDatabase db) : CardServiceScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class CardServiceScreensTests_Postgres(PostgresDatabase db) : CardServiceScreensTests(db), IClassFixture<PostgresDatabase>;
