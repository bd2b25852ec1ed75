using System.Net;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Reviews;

/// <summary>The review points screen and the auditor's workspace through the real host's screens.</summary>
public abstract class ReviewsScreenTests(DatabaseFixture db) : ReviewGateTestsBase(db)
{
    private async Task<HttpClient> AuditorScreenAsync() =>
        await App.ScreenClientAsync(AdminAppFactory.HeadOffice, await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, Password, "Auditor"), Password);

    [Fact]
    public async Task Workspace_ShowsTheLogTheFlagsTheChartAndVerifies()
    {
        var counter = await NewCounterAsync();
        Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Reviewer, password = Password })).StatusCode);
        var record = (await RecordsAsync(counter.Outlet)).Single();
        var auditor = await AuditorScreenAsync();

        var page = await auditor.GetStringAsync($"/admin/reviews/log?outlet={counter.Outlet}");
        Assert.Contains("id=\"authorisations\"", page);
        Assert.Contains(counter.Reviewer, page);
        Assert.Contains("Overrides and refusals per day", page);

        var verified = await auditor.GetStringAsync($"/admin/reviews/log?outlet={counter.Outlet}&verify=true");
        Assert.Contains("Every chain is intact", verified);
        Assert.Contains(record.Hash, verified);

        var detail = await auditor.GetStringAsync($"/admin/reviews/log/{record.Id}");
        Assert.Contains("id=\"hash-matches\"", detail);
        Assert.Contains("id=\"technical\"", detail);
        Assert.Contains("&quot;price&quot;: &quot;0.00&quot;", detail);

        var csv = await auditor.GetAsync($"/admin/reviews/log/export.csv?outlet={counter.Outlet}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("chainHeadsAt", await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Home_ShowsTodaysOverridesAndRefusalsPerOutlet_ToTheAuditorOnly()
    {
        var counter = await NewCounterAsync();
        Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Reviewer, password = Password })).StatusCode);
        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Maker, password = Password }), HttpStatusCode.Forbidden, "review.checkerIsMaker");

        var home = await (await AuditorScreenAsync()).GetStringAsync("/");
        Assert.Contains("Overrides and refusals today, per outlet", home);
        Assert.Contains(counter.Outlet, home);

        var operatorHome = await (await App.ScreenClientAsync(counter.Outlet, counter.Maker, Password)).GetStringAsync("/");
        Assert.DoesNotContain("Overrides and refusals today", operatorHome);
    }

    [Fact]
    public async Task Workspace_InChinese_SpeaksChinese()
    {
        var auditor = await AuditorScreenAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/reviews/log?verify=true");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dzh-CN%7Cuic%3Dzh-CN");

        var page = await (await auditor.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("授权日志", page);
        Assert.Contains("校验哈希链", page);
    }

    [Fact]
    public async Task Log_SaysWhatWasAuthorisedInWords_TheJsonOnlyBehindTheTechnicalDetail()
    {
        var counter = await NewCounterAsync();
        Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Reviewer, password = Password })).StatusCode);
        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Maker, password = Password }), HttpStatusCode.Forbidden, "review.checkerIsMaker");
        var records = await RecordsAsync(counter.Outlet);
        var auditor = await AuditorScreenAsync();

        var page = await auditor.GetStringAsync($"/admin/reviews/log?outlet={counter.Outlet}");
        Assert.Contains("You cannot review your own task: another operator must authorise it.", page);
        Assert.DoesNotContain(">review.checkerIsMaker<", page);
        Assert.All(records.Where(r => r.TaskId is not null), r => Assert.DoesNotContain(r.TaskId!, page));
        Assert.DoesNotContain("Client IP", page); // the table fits the page: the address is on the record's page

        var granted = records.Single(r => r.Result == Admin.Modules.Reviews.Models.AuthorisationResult.Granted);
        var detail = await auditor.GetStringAsync($"/admin/reviews/log/{granted.Id}");
        var technical = detail.IndexOf("id=\"technical\"", StringComparison.Ordinal);
        Assert.True(technical > 0, "no technical detail toggle");
        Assert.True(detail.IndexOf("&quot;price&quot;", StringComparison.Ordinal) > technical, "the JSON is outside the technical detail");
        Assert.True(detail.IndexOf(granted.TaskType, StringComparison.Ordinal) > technical, "the task's code is outside the technical detail");
    }

    [Fact]
    public async Task Points_AdministratorSwitchesAPointOffAndOnAgain()
    {
        var admin = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var page = await admin.GetStringAsync("/admin/reviews/points");
        Assert.Contains("Till.Override", page);
        var version = System.Text.RegularExpressions.Regex.Match(page[page.IndexOf("point-Till-Override", StringComparison.Ordinal)..], "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;

        var off = await AdminAppFactory.PostFormAsync(admin, "/admin/reviews/points", "/admin/reviews/points/Till.Override",
            new() { ["Version"] = version, ["Parameters[tolerance]"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        var counter = await NewCounterAsync();
        Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, "card", 0m)).StatusCode);

        var stale = await AdminAppFactory.PostFormAsync(admin, "/admin/reviews/points", "/admin/reviews/points/Till.Override",
            new() { ["Version"] = version, ["Enabled"] = "true" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this record", await stale.Content.ReadAsStringAsync());

        page = await admin.GetStringAsync("/admin/reviews/points");
        version = System.Text.RegularExpressions.Regex.Match(page[page.IndexOf("point-Till-Override", StringComparison.Ordinal)..], "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var on = await AdminAppFactory.PostFormAsync(admin, "/admin/reviews/points", "/admin/reviews/points/Till.Override",
            new() { ["Version"] = version, ["Enabled"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        await ProblemAsync(await SellAsync(counter.Client, "card", 0m), (HttpStatusCode)428, "review.required");
    }

    [Fact]
    public async Task Auditor_CannotChangePoints_AndAnOutletOperatorCannotReadTheLog()
    {
        var auditor = await AuditorScreenAsync();
        Assert.NotEqual(HttpStatusCode.OK, (await auditor.GetAsync("/admin/reviews/points")).StatusCode);
        var post = await auditor.PostAsync("/admin/reviews/points/Till.Override", new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = "0" }));
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{post.StatusCode}");
        Assert.NotEqual("/admin/reviews/points", post.Headers.Location?.OriginalString);

        var counter = await NewCounterAsync();
        var operatorScreen = await App.ScreenClientAsync(counter.Outlet, counter.Maker, Password);
        var log = await operatorScreen.GetAsync("/admin/reviews/log");
        Assert.NotEqual(HttpStatusCode.OK, log.StatusCode);
    }
}

public sealed class ReviewsScreenTests_Sqlite(SqliteDatabase db) : ReviewsScreenTests(db), IClassFixture<SqliteDatabase>;

public sealed class ReviewsScreenTests_Postgres(PostgresDatabase db) : ReviewsScreenTests(db), IClassFixture<PostgresDatabase>;
