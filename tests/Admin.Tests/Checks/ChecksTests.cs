using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Time;
using Admin.Tests.Counter;
using Admin.Tests.CustomerAccounts;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.TopUps;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Checks;

/// <summary>The abnormal-entry check on the real host: findings planted through the real tasks, found by a tracked run with drill-down.</summary>
public abstract class ChecksTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task SplitTopUps_ThreeJustBelowTheCashLimitForOneCustomerInADay_AreFound_WithTheReceiptsToDrillInto()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (companyId, company) = await desk.CustomerAsync("Company");
        var (_, other) = await desk.CustomerAsync("Company");
        var receipts = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            receipts.Add(await desk.TopUpAsync(new { customer = company, amount = 4900.00m, paymentMethod = "Cash" }));
        }

        // One just-below top-up for another customer is no split.
        await desk.TopUpAsync(new { customer = other, amount = 4900.00m, paymentMethod = "Cash" });

        var run = await RunAsync(desk);
        var split = Findings(run, "Checks.SplitTopUps");

        var finding = Assert.Single(split);
        Assert.Equal(desk.Outlet, finding.GetProperty("outlet").GetString());
        Assert.Equal(14700.00m, finding.GetProperty("amount").GetDecimal());
        Assert.Contains(company, finding.GetProperty("message").GetString());
        Assert.Contains("5000.00", finding.GetProperty("message").GetString());
        var links = finding.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("url").GetString()).ToList();
        Assert.All(receipts, r => Assert.Contains($"/topups/receipts/{r.GetProperty("id").GetString()}", links));
        Assert.Contains($"/counter/customers/{companyId}", links);
        var drill = await desk.Client.GetAsync(links[0]);
        Assert.Equal(HttpStatusCode.OK, drill.StatusCode);
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var page = await screen.GetStringAsync($"/checks/runs/{run.GetProperty("id").GetString()}?rule=Checks.SplitTopUps");
        Assert.Contains(receipts[0].GetProperty("receipt").GetString()!, page);
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task Corrections_ThreeCancelsByOneOperatorInADay_AreFound_TwoAreNot()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var quiet = await IssuingDesk.CreateAsync(App);
        foreach (var (d, count) in new[] { (desk, 3), (quiet, 2) })
        {
            var (_, code) = await d.CustomerAsync();
            for (var i = 0; i < count; i++)
            {
                var receipt = await d.TopUpAsync(new { customer = code, amount = 10.00m + i, paymentMethod = "Cash" });
                var cancelled = await d.PostAsync($"/api/receipts/{receipt.GetProperty("id").GetString()}/cancel", new { reason = "typed twice", review = d.Review });
                Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
            }
        }

        var busy = Findings(await RunAsync(desk), "Checks.Corrections");
        var calm = Findings(await RunAsync(quiet), "Checks.Corrections");

        var finding = Assert.Single(busy);
        Assert.Equal(desk.Login, finding.GetProperty("operator").GetString());
        Assert.Equal(33.00m, finding.GetProperty("amount").GetDecimal());
        Assert.Equal(3, finding.GetProperty("links").GetArrayLength());
        Assert.Empty(calm);
    }

    [Fact]
    public async Task Run_BadRangeIs400WithEveryField_AndAnOutletOperatorMayNotRunIt()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var bad = await (await desk.Admin.PostAsJsonAsync("/api/checks/runs", new { from = "2026-02-30", outlet = "99999999" })).Json(HttpStatusCode.BadRequest);
        var backwards = await (await desk.Admin.PostAsJsonAsync("/api/checks/runs", new { from = "2026-03-02", to = "2026-03-01" })).Json(HttpStatusCode.BadRequest);
        var forbidden = await desk.Client.PostAsJsonAsync("/api/checks/runs", new { from = "2026-03-01", to = "2026-03-01" });
        var reminders = await desk.Client.GetAsync("/api/checks/reminders");

        Assert.True(bad.GetProperty("errors").TryGetProperty("from", out _), bad.ToString());
        Assert.True(bad.GetProperty("errors").TryGetProperty("to", out _), bad.ToString());
        Assert.True(bad.GetProperty("errors").TryGetProperty("outlet", out _), bad.ToString());
        Assert.Equal("checks.rangeInvalid", backwards.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reminders.StatusCode);
    }

    /// <summary>Runs the check over today for the desk's outlet and waits for its job.</summary>
    private async Task<JsonElement> RunAsync(IssuingDesk desk)
    {
        var today = (await App.WithScopeAsync(sp => sp.GetRequiredService<LocalClock>().TodayAsync())).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var asked = await (await desk.Admin.PostAsJsonAsync("/api/checks/runs", new { from = today, to = today, outlet = desk.Outlet })).Json(HttpStatusCode.Accepted);
        var id = asked.GetProperty("id").GetString();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var run = await desk.Admin.GetFromJsonAsync<JsonElement>($"/api/checks/runs/{id}");
            var status = run.GetProperty("status").GetString();
            if (status == "Succeeded")
            {
                return run;
            }

            Assert.True(status != "Failed", run.ToString());
            Assert.True(DateTime.UtcNow < deadline, "The check's job did not finish: " + run);
            await Task.Delay(200);
        }
    }

    private static List<JsonElement> Findings(JsonElement run, string rule) =>
        run.GetProperty("items").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == rule).ToList();
}

public sealed class ChecksTests_Sqlite(SqliteDatabase db) : ChecksTests(db), IClassFixture<SqliteDatabase>;

public sealed class ChecksTests_Postgres(PostgresDatabase db) : ChecksTests(db), IClassFixture<PostgresDatabase>;
