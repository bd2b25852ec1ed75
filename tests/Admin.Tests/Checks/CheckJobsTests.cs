using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Checks.Models;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.TopUps;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Checks;

/// <summary>
/// The check's recurring jobs on the real host, fired at once rather than waited for: the reminders to close (a shift left
/// open, a day not closed; on the home page and the reminders list, each outlet its own) and the sweep that runs the check
/// over every day an outlet closed.
/// </summary>
public abstract class CheckJobsTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task TheRemindersJob_FlagsAShiftLeftOpenAndADayNotClosed_ShowsThemToTheirOutletAndOnItsHomePage_AndNothingForAClosedDay()
    {
        var admin = await App.AdminApiClientAsync();
        var open = await IssuingDesk.CreateAsync(App);
        var closed = await IssuingDesk.CreateAsync(App);
        var receipt = await open.CashTopUpAsync(40.00m);
        await closed.CashTopUpAsync(60.00m);
        await closed.CloseShiftAsync(60.00m);
        await closed.CloseDayAsync(60.00m);
        // The open shift began 13 hours ago (past Checks.ShiftOpenHours, 12), and today's open day counts from hour 0 rather than 22.
        Assert.Equal(1, await App.BackdateEntriesAsync([receipt.GetProperty("ledgerEntry").GetInt64()], TimeSpan.FromHours(13)));
        await ChecksTestKit.SetIntAsync(admin, "Checks.DayCloseHour", 0);
        try
        {
            await App.FireJobAsync("Checks.CloseReminders");
            var mine = await ChecksTestKit.UntilAsync(
                async () => (await open.Client.GetFromJsonAsync<List<JsonElement>>("/api/checks/reminders"))!,
                list => list.Any(r => r.GetProperty("kind").GetString() == CloseReminder.ShiftOpen));
            var theirs = (await closed.Client.GetFromJsonAsync<List<JsonElement>>("/api/checks/reminders"))!;
            var network = (await admin.GetFromJsonAsync<List<JsonElement>>("/api/checks/reminders"))!;
            var home = await (await App.ScreenClientAsync(open.Outlet, open.Login, ChecksTestKitPassword)).GetStringAsync("/");

            var shift = Assert.Single(mine, r => r.GetProperty("kind").GetString() == CloseReminder.ShiftOpen);
            Assert.Equal((open.Outlet, open.Login), (shift.GetProperty("outlet").GetString(), shift.GetProperty("operator").GetString()));
            Assert.Contains(mine, r => r.GetProperty("kind").GetString() == CloseReminder.DayOpen);
            Assert.All(mine, r => Assert.Equal(open.Outlet, r.GetProperty("outlet").GetString()));
            Assert.Empty(theirs);
            Assert.Contains(network, r => r.GetProperty("outlet").GetString() == open.Outlet);
            Assert.DoesNotContain(network, r => r.GetProperty("outlet").GetString() == closed.Outlet);
            Assert.DoesNotContain(network, r => r.GetProperty("outlet").GetString() == AdminAppFactory.HeadOffice);
            Assert.Contains("Reminders to close", home);
            Assert.Contains(open.Outlet, home);
        }
        finally
        {
            await ChecksTestKit.SetIntAsync(admin, "Checks.DayCloseHour", 22);
        }
    }

    [Fact]
    public async Task AfterADailyClose_TheSweepChecksThatDay_FindingSplitTopUpsPlantedInIt_AndNothingAtACleanOutlet()
    {
        var admin = await App.AdminApiClientAsync();
        var split = await IssuingDesk.CreateAsync(App);
        var clean = await IssuingDesk.CreateAsync(App);
        var (_, company) = await split.CustomerAsync("Company");
        for (var i = 0; i < 3; i++)
        {
            await split.TopUpAsync(new { customer = company, amount = 4900.00m, paymentMethod = "Cash" });
        }

        await clean.CashTopUpAsync(100.00m);
        foreach (var (desk, takings) in new[] { (split, 14700.00m), (clean, 100.00m) })
        {
            await desk.CloseShiftAsync(takings);
            await desk.CloseDayAsync(takings);
        }

        var (splitId, cleanId) = (await App.OutletIdAsync(split.Outlet), await App.OutletIdAsync(clean.Outlet));
        await App.FireJobAsync("Checks.DayCloseCheck");
        var runs = await ChecksTestKit.UntilAsync(
            () => App.WithDbAsync(d => d.Set<CheckRun>().AsNoTracking()
                .Where(r => r.Trigger == CheckTrigger.DailyClose && r.Status == CheckRunStatus.Succeeded && (r.OutletId == splitId || r.OutletId == cleanId)).ToListAsync()),
            list => list.Select(r => r.OutletId).Distinct().Count() == 2);
        var splitRun = await ChecksTestKit.WaitAsync(admin, runs.First(r => r.OutletId == splitId).Id.ToString());
        var cleanRun = await ChecksTestKit.WaitAsync(admin, runs.First(r => r.OutletId == cleanId).Id.ToString());

        Assert.Equal(("DailyClose", split.Outlet), (splitRun.GetProperty("trigger").GetString(), splitRun.GetProperty("outlet").GetString()));
        Assert.Equal(splitRun.GetProperty("from").GetString(), splitRun.GetProperty("to").GetString());
        var finding = Assert.Single(ChecksTestKit.Findings(splitRun, "Checks.SplitTopUps"));
        Assert.Equal(14700.00m, finding.GetProperty("amount").GetDecimal());
        Assert.Contains(company, finding.GetProperty("message").GetString());
        // The clean outlet's day: no finding of its own (a network-wide ledger finding, outlet-less, is not the outlet's).
        Assert.DoesNotContain(cleanRun.GetProperty("items").EnumerateArray(), f => f.GetProperty("outlet").GetString() == clean.Outlet);
    }

    private const string ChecksTestKitPassword = Admin.Tests.Counter.CounterTestKit.Password;
}

public sealed class CheckJobsTests_Sqlite(SqliteDatabase db) : CheckJobsTests(db), IClassFixture<SqliteDatabase>;

public sealed class CheckJobsTests_Postgres(PostgresDatabase db) : CheckJobsTests(db), IClassFixture<PostgresDatabase>;
