using System.Net;
using System.Text.RegularExpressions;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.BatchTopUps;

/// <summary>The batch top-up screens, posted as a browser does: a wrong line beside the lines, the list, the review dialog, both languages.</summary>
public abstract partial class BatchTopUpsScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task NewList_WrongLineShown_ThenSubmitted_ThenReviewedInTheDialog_AndExecuted()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: 2, money: 100m);
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Maker, CounterTestKit.Password);
        Dictionary<string, string> Form(string lines) => new() { ["Customer"] = desk.CustomerCode, ["Lines"] = lines, ["Note"] = "fleet fuel" };

        var wrong = await AdminAppFactory.PostFormAsync(screen, "/batch-topups/new", "/batch-topups/new", Form($"{desk.Cards[0].Number},10\n5999999999999999,5"));
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Line 2: there is no card 5999999999999999.", wrongHtml);
        Assert.Contains("5999999999999999,5", wrongHtml); // the form keeps what was typed

        var submitted = await AdminAppFactory.PostFormAsync(screen, "/batch-topups/new", "/batch-topups/new", Form($"card,amount\n{desk.Cards[0].Number},10\n{desk.Cards[1].Number},15.50"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var details = submitted.Headers.Location!.OriginalString;
        var page = await screen.GetStringAsync(details);
        var hash = HashPattern().Match(page);
        Assert.True(hash.Success, "the content hash is shown");
        Assert.Contains("25.50", page);

        var id = details.Split('/')[^1];
        var ask = await AdminAppFactory.PostFormAsync(screen, details, $"/batch-topups/{id}/review", new() { ["Review.LoginName"] = "", ["Review.Password"] = "" });
        var askHtml = await ask.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("id=\"review-dialog\"", askHtml);
        Assert.Contains(hash.Value, askHtml);

        var granted = await AdminAppFactory.PostFormAsync(screen, details, $"/batch-topups/{id}/review",
            new() { ["Review.LoginName"] = desk.Colleague, ["Review.Password"] = CounterTestKit.Password });
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var executed = await screen.GetStringAsync(details);
        Assert.Contains("id=\"batch-status\">Executed<", executed);
        Assert.Contains(desk.Colleague, executed);
        Assert.Equal(74.50m, await desk.CustomerBalanceAsync());

        using var zh = new HttpRequestMessage(HttpMethod.Get, "/batch-topups?customer=" + desk.CustomerCode);
        zh.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dzh-CN%7Cuic%3Dzh-CN");
        var list = await (await screen.SendAsync(zh)).Content.ReadAsStringAsync();
        Assert.Contains("批量充值清单", list);
        Assert.Contains("已执行", list);
    }

    [GeneratedRegex("[0-9a-f]{64}")]
    private static partial Regex HashPattern();
}

public sealed class BatchTopUpsScreensTests_Sqlite(SqliteDatabase db) : BatchTopUpsScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class BatchTopUpsScreensTests_Postgres(PostgresDatabase db) : BatchTopUpsScreensTests(db), IClassFixture<PostgresDatabase>;
