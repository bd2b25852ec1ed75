using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Closes.Models;
using Admin.Modules.Closes.Services;
using Admin.Modules.Ledger.Models;
using Admin.Modules.Outlets.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Closes;

/// <summary>The monthly close and head office's reviewed reopening, through the API and the screens, on the real host.</summary>
public abstract class MonthCloseTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task MonthClose_RefusedWithAnOpenDay_ThenClosed_ReopenedWithHeadOfficeReview_MarkedOnTheReports_AndClosedAgainWithANewSeal()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var outletId = await App.WithDbAsync(d => d.Set<Outlet>().Where(o => o.Code == desk.Outlet).Select(o => o.Id).SingleAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        var monthText = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var days = MonthClose.DaysOf(month).ToList();
        var open = days[10];
        // Days two months back are past the daily close's 31 days: the closes are planted as they would have been written then.
        await PlantDayClosesAsync(outletId, desk.Outlet, days.Where(d => d != open));

        var refused = await desk.Client.PostAsJsonAsync("/api/closes/months", new { month = monthText });
        var refusedBody = await refused.JsonAsync(HttpStatusCode.Conflict);
        await PlantDayClosesAsync(outletId, desk.Outlet, [open]);
        var closed = await (await desk.Client.PostAsJsonAsync("/api/closes/months", new { month = monthText })).JsonAsync(HttpStatusCode.Created);
        var again = await desk.Client.PostAsJsonAsync("/api/closes/months", new { month = monthText });

        var reviewer = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, CounterTestKit.Password, "Reviewer");
        var review = new { loginName = reviewer, password = CounterTestKit.Password };
        var dayInClosedMonth = await desk.Admin.PostAsJsonAsync("/api/closes/reopenings", new { outlet = desk.Outlet, kind = "Day", period = open.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reason = "slip typed wrong", review });
        var byOutlet = await desk.Client.PostAsJsonAsync("/api/closes/reopenings", new { outlet = desk.Outlet, kind = "Month", period = monthText, reason = "x" });
        var noReason = await desk.Admin.PostAsJsonAsync("/api/closes/reopenings", new { outlet = desk.Outlet, kind = "Month", period = monthText, reason = " " });
        var asked = await desk.Admin.PostAsJsonAsync("/api/closes/reopenings", new { outlet = desk.Outlet, kind = "Month", period = monthText, reason = "bank slip corrected" });
        var askedBody = await asked.JsonAsync((HttpStatusCode)428);
        var self = await desk.Admin.PostAsJsonAsync("/api/closes/reopenings", new { outlet = desk.Outlet, kind = "Month", period = monthText, reason = "bank slip corrected", review = new { loginName = "admin", password = AdminAppFactory.AdminPassword } });
        var monthReopened = await (await desk.Admin.PostAsJsonAsync("/api/closes/reopenings", new { outlet = desk.Outlet, kind = "Month", period = monthText, reason = "bank slip corrected", review })).JsonAsync(HttpStatusCode.Created);
        await App.WithDbAsync(d => { d.Add(new LedgerClosedDay { OutletId = outletId, Day = open, ClosedAt = DateTime.UtcNow, TaskId = "planted" }); return d.SaveChangesAsync(); });
        var dayReopened = await (await desk.Admin.PostAsJsonAsync("/api/closes/reopenings", new { outlet = desk.Outlet, kind = "Day", period = open.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reason = "slip typed wrong", review })).JsonAsync(HttpStatusCode.Created);
        var unlocked = await App.WithDbAsync(d => d.Set<LedgerClosedDay>().AnyAsync(x => x.OutletId == outletId && x.Day == open));
        var stillOpen = await desk.Client.PostAsJsonAsync("/api/closes/months", new { month = monthText });
        var reclosedDay = await (await IssuingTestKit.PostKeyedAsync(desk.Client, "/api/closes/days", new { day = open.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), amount = 0m })).JsonAsync(HttpStatusCode.Created);
        var reclosed = await (await desk.Client.PostAsJsonAsync("/api/closes/months", new { month = monthText })).JsonAsync(HttpStatusCode.Created);
        var report = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/closes/months/{reclosed.GetProperty("id").GetString()}");
        var dayReport = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/closes/days/{reclosedDay.GetProperty("id").GetString()}");
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        var monthHtml = await screen.GetStringAsync($"/closes/months/{reclosed.GetProperty("id").GetString()}");
        var dayHtml = await screen.GetStringAsync($"/closes/days/{reclosedDay.GetProperty("id").GetString()}");
        var other = await App.OutletOperatorAsync();
        var hidden = await other.Client.GetAsync($"/api/closes/months/{reclosed.GetProperty("id").GetString()}");
        var pdf = await desk.Client.GetAsync($"/api/forms/month-report/{reclosed.GetProperty("id").GetString()}.pdf");

        Assert.Equal("closes.openDays", refusedBody.GetProperty("code").GetString());
        Assert.Equal(open.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), string.Join(",", refusedBody.GetProperty("openDays").EnumerateArray().Select(e => e.GetString())));
        Assert.Equal(days.Count, closed.GetProperty("days").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("closes.monthClosed", await dayInClosedMonth.CodeAsync());
        Assert.Equal(HttpStatusCode.Forbidden, byOutlet.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Closes.Reopen", askedBody.GetProperty("reviewPoint").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        Assert.Equal(reviewer, monthReopened.GetProperty("reviewer").GetString());
        Assert.Equal(closed.GetProperty("hash").GetString(), monthReopened.GetProperty("oldHash").GetString());
        Assert.Equal("h-" + open.ToString("yyyyMMdd", CultureInfo.InvariantCulture), dayReopened.GetProperty("oldHash").GetString());
        Assert.False(unlocked);
        Assert.Equal("closes.openDays", await stillOpen.CodeAsync());
        Assert.NotEqual(closed.GetProperty("hash").GetString(), reclosed.GetProperty("hash").GetString());
        Assert.Equal(2, report.GetProperty("reopenings").GetArrayLength());
        Assert.Equal(2, dayReport.GetProperty("reopenings").GetArrayLength());
        Assert.Contains("bank slip corrected", monthHtml);
        Assert.Contains("slip typed wrong", monthHtml);
        Assert.Contains("Reopened on", dayHtml);
        Assert.Contains("slip typed wrong", dayHtml);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal(2, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "Period.Reopen" && e.EntityId!.StartsWith(desk.Outlet))));
        Assert.Equal(2, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "Month.Close" && e.EntityId == $"{desk.Outlet} {monthText}")));
    }

    [Fact]
    public async Task MonthCloseScreens_ShowTheOpenDays_AndTheReopenFormAsksForAReview_InBothLanguages()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        var admin = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var outletId = await App.WithDbAsync(d => d.Set<Outlet>().Where(o => o.Code == desk.Outlet).Select(o => o.Id).SingleAsync());
        var month = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths(-3);
        await PlantDayClosesAsync(outletId, desk.Outlet, MonthClose.DaysOf(month).Skip(1));

        var form = await screen.GetStringAsync($"/closes/month?month={month:yyyy-MM}");
        var refused = await AdminAppFactory.PostFormAsync(screen, "/closes/month", "/closes/month", new() { ["Month"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture) });
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        await PlantDayClosesAsync(outletId, desk.Outlet, [month]);
        var closed = await AdminAppFactory.PostFormAsync(screen, "/closes/month", "/closes/month", new() { ["Month"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture) });
        var reopenForm = await admin.GetStringAsync("/closes/reopen");
        var asked = await AdminAppFactory.PostFormAsync(admin, "/closes/reopen", "/closes/reopen", new()
        {
            ["Outlet"] = desk.Outlet, ["Kind"] = "Month", ["Period"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture), ["Reason"] = "月结有误",
        });
        var askedHtml = await asked.Content.ReadAsStringAsync();

        Assert.Contains("month-form", form);
        Assert.Contains(month.ToString("MM-dd", CultureInfo.InvariantCulture), form);
        Assert.Contains("days of the month are not closed", refusedHtml);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.StartsWith("/closes/months/", closed.Headers.Location!.OriginalString);
        Assert.Contains("reopen-form", reopenForm);
        Assert.Contains("月结有误", askedHtml);
        Assert.Contains("review", askedHtml, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Day closes as the daily close writes them (hash "h-yyyyMMdd"), without the ledger's work.</summary>
    private Task PlantDayClosesAsync(Guid outletId, string outletCode, IEnumerable<DateOnly> days) => App.WithDbAsync(d =>
    {
        foreach (var day in days)
        {
            d.Add(new DayClose { OutletId = outletId, OutletCode = outletCode, Day = day, ClosedAt = DateTime.UtcNow, ClosedBy = "planted", Hash = "h-" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) });
        }

        return d.SaveChangesAsync();
    });
}

public sealed class MonthCloseTests_Sqlite(SqliteDatabase db) : MonthCloseTests(db), IClassFixture<SqliteDatabase>;

public sealed class MonthCloseTests_Postgres(PostgresDatabase db) : MonthCloseTests(db), IClassFixture<PostgresDatabase>;
