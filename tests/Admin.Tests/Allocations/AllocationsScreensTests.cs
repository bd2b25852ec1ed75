using System.Net;
using Admin.Modules.Allocations.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Allocations;

/// <summary>The allocation screens, posted as a browser does, in both languages.</summary>
public abstract class AllocationsScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task AllocateScreen_ErrorsBesideTheirFields_ThenTheReceipt()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 2);
        var screen = await App.ScreenClientAsync(w.Desk.Outlet, w.Desk.Login, CounterTestKit.Password);
        var page = $"/allocations?customer={w.Customer}";
        Dictionary<string, string> Form(string amount) => new()
        {
            ["Customer"] = w.Customer, ["Cards[0].Card"] = w.Card(1), ["Cards[0].Amount"] = amount, ["Cards[1].Card"] = w.Card(2), ["Cards[1].Amount"] = "20.00",
            ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        };

        var bad = await AdminAppFactory.PostFormAsync(screen, page, "/allocations", Form("1.234"));
        var badHtml = await bad.Content.ReadAsStringAsync();
        var done = await AdminAppFactory.PostFormAsync(screen, page, "/allocations", Form("30.00"));

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("data-valmsg-for=\"Cards[0].Amount\"", badHtml);
        Assert.Contains("aria-describedby=\"Cards_0__Amount-error\"", badHtml);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var receipt = await screen.GetStringAsync(done.Headers.Location!.OriginalString);
        Assert.Contains(w.Card(2), receipt);
        Assert.Contains("50.00", receipt);
        Assert.Equal(950m, await w.CustomerBalanceAsync(App));
    }

    [Fact]
    public async Task TemplatesScreen_SavesATemplate_ThenTheAllocateScreenAppliesIt()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 2);
        var screen = await App.ScreenClientAsync(w.Desk.Outlet, w.Desk.Login, CounterTestKit.Password);
        var page = $"/allocations/templates?customer={w.Customer}";

        var saved = await AdminAppFactory.PostFormAsync(screen, page, "/allocations/templates", new Dictionary<string, string>
        {
            ["Form.Customer"] = w.Customer, ["Form.Name"] = "Halves", ["Form.Mode"] = "Share",
            ["Form.Lines[0].Card"] = w.Card(1), ["Form.Lines[0].Amount"] = "1", ["Form.Lines[1].Card"] = w.Card(2), ["Form.Lines[1].Amount"] = "1",
        });
        var list = await screen.GetStringAsync(page);
        var template = await App.WithDbAsync(d => d.Set<AllocationTemplate>().SingleAsync(t => t.CustomerId == w.CustomerId));
        var applied = await AdminAppFactory.PostFormAsync(screen, $"/allocations?customer={w.Customer}", "/allocations", new Dictionary<string, string>
        {
            ["Customer"] = w.Customer, ["Template"] = template.Id.ToString(), ["Total"] = "100.01", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Halves", list);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(50.01m, (await w.CardAsync(App, w.Card(1))).Card);
        Assert.Equal(50.00m, (await w.CardAsync(App, w.Card(2))).Card);
    }

    [Fact]
    public async Task PurseScreens_StartALoad_ThePageOffersTheReader_CompleteByHand_InChinese()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 1);
        await w.AllocateAsync((1, 100m));
        var screen = await App.ScreenClientAsync(w.Desk.Outlet, w.Desk.Login, CounterTestKit.Password);

        var started = await AdminAppFactory.PostFormAsync(screen, "/allocations/purse", "/allocations/purse", new Dictionary<string, string>
        {
            ["Kind"] = "Load", ["card"] = w.Card(1), ["Amount"] = "60.00", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });
        var page = started.Headers.Location!.OriginalString;
        using var zh = new HttpRequestMessage(HttpMethod.Get, page);
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var pendingHtml = await (await screen.SendAsync(zh)).Content.ReadAsStringAsync();
        var completed = await AdminAppFactory.PostFormAsync(screen, page, page + "/complete", new Dictionary<string, string>
        {
            ["kind"] = "Load", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });
        var after = await screen.GetStringAsync(page);
        var tooMuch = await AdminAppFactory.PostFormAsync(screen, "/allocations/purse", "/allocations/purse", new Dictionary<string, string>
        {
            ["Kind"] = "Load", ["card"] = w.Card(1), ["Amount"] = "60.00", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Contains("purse.js", pendingHtml);
        Assert.Contains("data-status=\"Pending\"", pendingHtml);
        Assert.Contains("待写卡", pendingHtml);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Contains("data-status=\"Completed\"", after);
        Assert.Equal(HttpStatusCode.OK, tooMuch.StatusCode);
        Assert.Equal((40m, 60m, 0m), await w.CardAsync(App, w.Card(1)));
    }
}

public sealed class AllocationsScreensTests_Sqlite(SqliteDatabase db) : AllocationsScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class AllocationsScreensTests_Postgres(PostgresDatabase db) : AllocationsScreensTests(db), IClassFixture<PostgresDatabase>;
