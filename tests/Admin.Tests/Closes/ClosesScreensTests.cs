using System.Net;
using Admin.Modules.Closes.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.TopUps;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Closes;

/// <summary>The close screens, posted as a browser does: the count, the review dialog, the report, the day with its seal, both languages.</summary>
public abstract class ClosesScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task ShiftCloseScreen_ADifferenceOpensTheReviewDialog_AColleagueAuthorises_ThenTheDayClosesAndVerifies()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (_, code) = await desk.CustomerAsync();
        await desk.TopUpAsync(new { customer = code, amount = 100.00m, paymentMethod = "Cash" });
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        Dictionary<string, string> Count(string cash, string? reviewer = null) => new()
        {
            ["Counted.Cash"] = cash, ["Review.LoginName"] = reviewer ?? "", ["Review.Password"] = reviewer is null ? "" : CounterTestKit.Password,
        };

        var form = await screen.GetStringAsync("/closes/shift");
        var bad = await AdminAppFactory.PostFormAsync(screen, "/closes/shift", "/closes/shift", Count("abc"));
        var badHtml = await bad.Content.ReadAsStringAsync();
        var asked = await AdminAppFactory.PostFormAsync(screen, "/closes/shift", "/closes/shift", Count("90"));
        var askedHtml = await asked.Content.ReadAsStringAsync();
        var granted = await AdminAppFactory.PostFormAsync(screen, "/closes/shift", "/closes/shift", Count("90", desk.Colleague));
        var reportPath = granted.Headers.Location!.OriginalString;
        var reportHtml = await screen.GetStringAsync(reportPath);
        var dayHtml = await screen.GetStringAsync("/closes/day");
        var noSlip = await AdminAppFactory.PostFormAsync(screen, "/closes/day", "/closes/day", new() { ["SlipNumber"] = "", ["Amount"] = "90" });
        var noSlipHtml = await noSlip.Content.ReadAsStringAsync();
        var dayClosed = await AdminAppFactory.PostFormAsync(screen, "/closes/day", "/closes/day", new() { ["SlipNumber"] = "S-0001", ["Amount"] = "90.00" });
        var dayPath = dayClosed.Headers.Location!.OriginalString;
        var verified = await screen.GetStringAsync(dayPath + "?verify=true");
        using var zh = new HttpRequestMessage(HttpMethod.Get, "/closes/day");
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var zhHtml = await (await screen.SendAsync(zh)).Content.ReadAsStringAsync();

        Assert.Contains("id=\"shift-form\"", form);
        Assert.Contains("data-shortcut=\"F8\"", form);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", badHtml);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("id=\"review-dialog\"", askedHtml);
        Assert.Contains("a difference of -10.00 beyond the tolerance of 0.00", askedHtml);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Contains("-10.00", reportHtml);
        Assert.Contains("/api/forms/shift-close/", reportHtml);
        Assert.Contains("id=\"day-form\"", dayHtml);
        Assert.Equal(HttpStatusCode.OK, noSlip.StatusCode);
        Assert.Contains("Enter the bank deposit slip&#x27;s number.", noSlipHtml);
        Assert.Equal(HttpStatusCode.Redirect, dayClosed.StatusCode);
        Assert.Contains("id=\"day-intact\"", verified);
        Assert.Contains("id=\"day-hash\"", verified);
        Assert.Contains("今天已日结", zhHtml);
        Assert.Equal(-10.00m, await App.WithDbAsync(d => d.Set<ShiftClose>().Where(s => s.OperatorLogin == desk.Login).Select(s => s.Difference).SingleAsync()));
    }
}

public sealed class ClosesScreensTests_Sqlite(SqliteDatabase db) : ClosesScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class ClosesScreensTests_Postgres(PostgresDatabase db) : ClosesScreensTests(db), IClassFixture<PostgresDatabase>;
