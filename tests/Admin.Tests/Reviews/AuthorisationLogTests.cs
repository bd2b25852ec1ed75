using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Settings;
using Admin.Modules.Reviews;
using Admin.Modules.Reviews.Models;
using Admin.Tests.Fakes.Till;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Reviews;

/// <summary>The authorisation log for auditors through the real host: list, detail, export, verify, tampering, flags, review points.</summary>
public abstract class AuthorisationLogTests(DatabaseFixture db) : ReviewGateTestsBase(db)
{
    private async Task<HttpClient> AuditorAsync() =>
        await App.ApiClientAsync(AdminAppFactory.HeadOffice, await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, Password, "Auditor"), Password);

    /// <summary>An outlet with <paramref name="grants"/> granted authorisations, answering the counter and the records.</summary>
    private async Task<(Counter Counter, List<Authorisation> Records)> OutletWithGrantsAsync(int grants)
    {
        var counter = await NewCounterAsync();
        for (var i = 1; i <= grants; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, $"item {i}", i, new { loginName = counter.Reviewer, password = Password })).StatusCode);
        }

        return (counter, await RecordsAsync(counter.Outlet));
    }

    private static async Task<JsonElement> ChainOfAsync(HttpClient auditor, string outlet)
    {
        var response = await auditor.GetAsync("/api/audit/authorisations/verify");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("outlets").EnumerateArray().Single(o => o.GetProperty("outletCode").GetString() == outlet);
    }

    private Task ExecAsync(FormattableString sql) => App.WithDbAsync(d => d.Database.ExecuteSqlAsync(sql));

    [Fact]
    public async Task Verify_IntactChain_AnswersCountAndHeadHash()
    {
        var (counter, records) = await OutletWithGrantsAsync(3);
        var auditor = await AuditorAsync();

        var chain = await ChainOfAsync(auditor, counter.Outlet);

        Assert.True(chain.GetProperty("intact").GetBoolean());
        Assert.Equal(3, chain.GetProperty("count").GetInt64());
        Assert.Equal(records[^1].Hash, chain.GetProperty("headHash").GetString());
        Assert.Equal(JsonValueKind.Null, chain.GetProperty("firstFailure").ValueKind);
    }

    [Fact]
    public async Task Verify_RowChangedWithRawSql_IsDetectedAtThatRecord()
    {
        var (counter, records) = await OutletWithGrantsAsync(3);
        var summary = """{"item":"item 2","listPrice":"20.00","price":"20.00"}""";
        await ExecAsync($"""UPDATE "Reviews_Authorisations" SET "Summary" = {summary} WHERE "Id" = {records[1].Id}""");

        var chain = await ChainOfAsync(await AuditorAsync(), counter.Outlet);

        Assert.False(chain.GetProperty("intact").GetBoolean());
        var failure = chain.GetProperty("firstFailure");
        Assert.Equal(records[1].Id, failure.GetProperty("recordId").GetInt64());
        Assert.Contains("changed", failure.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Verify_RowChangedWithItsHashRecomputed_BreaksTheNextLink()
    {
        var (counter, records) = await OutletWithGrantsAsync(3);
        var forged = records[1];
        forged.ReviewerLogin = "someone-else";
        var hash = forged.ComputeHash();
        await ExecAsync($"""UPDATE "Reviews_Authorisations" SET "ReviewerLogin" = 'someone-else', "Hash" = {hash} WHERE "Id" = {forged.Id}""");

        var failure = (await ChainOfAsync(await AuditorAsync(), counter.Outlet)).GetProperty("firstFailure");

        Assert.Equal(records[2].Id, failure.GetProperty("recordId").GetInt64());
        Assert.Contains("previous hash", failure.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Verify_RowDeletedWithRawSql_IsDetected()
    {
        var (counter, records) = await OutletWithGrantsAsync(3);
        await ExecAsync($"""DELETE FROM "Reviews_Authorisations" WHERE "Id" = {records[1].Id}""");

        var failure = (await ChainOfAsync(await AuditorAsync(), counter.Outlet)).GetProperty("firstFailure");

        Assert.Equal(records[2].Id, failure.GetProperty("recordId").GetInt64());
        Assert.Contains("missing", failure.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Verify_TailDeletedWithRawSql_IsDetectedAgainstTheChainHead()
    {
        var (counter, records) = await OutletWithGrantsAsync(3);
        await ExecAsync($"""DELETE FROM "Reviews_Authorisations" WHERE "Id" = {records[2].Id}""");

        var chain = await ChainOfAsync(await AuditorAsync(), counter.Outlet);

        Assert.False(chain.GetProperty("intact").GetBoolean());
        Assert.Contains("tail was removed", chain.GetProperty("firstFailure").GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Verify_TailRemovedAndHeadRewound_IsDetectedOnlyAgainstAKeptHead()
    {
        var (counter, records) = await OutletWithGrantsAsync(3);
        var auditor = await AuditorAsync();
        var kept = $"{counter.Outlet}:3:{records[2].Hash}";
        await ExecAsync($"""DELETE FROM "Reviews_Authorisations" WHERE "Id" = {records[2].Id}""");
        await ExecAsync($"""UPDATE "Reviews_ChainHeads" SET "Sequence" = 2, "Hash" = {records[1].Hash} WHERE "OutletId" = {records[1].OutletId}""");

        // The chain alone looks whole: this is why auditors keep the heads.
        Assert.True((await ChainOfAsync(auditor, counter.Outlet)).GetProperty("intact").GetBoolean());

        var response = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit/authorisations/verify?kept={kept}");
        var chain = response.GetProperty("outlets").EnumerateArray().Single(o => o.GetProperty("outletCode").GetString() == counter.Outlet);
        Assert.False(response.GetProperty("intact").GetBoolean());
        Assert.Contains("is gone", chain.GetProperty("firstFailure").GetProperty("problem").GetString());
        await ProblemAsync(await auditor.GetAsync("/api/audit/authorisations/verify?kept=nonsense"), HttpStatusCode.BadRequest, "authorisation.keptInvalid");
    }

    [Fact]
    public async Task Verify_RowInsertedWithRawSql_IsDetected()
    {
        var (counter, records) = await OutletWithGrantsAsync(2);
        var last = records[^1];
        var forged = new Authorisation
        {
            OutletId = last.OutletId, OutletCode = last.OutletCode, Sequence = 3, OccurredAt = Authorisation.Truncate(DateTime.UtcNow), PointCodes = last.PointCodes,
            TaskType = last.TaskType, TaskId = Guid.NewGuid().ToString(), Summary = last.Summary, MakerId = last.MakerId, MakerLogin = last.MakerLogin,
            ReviewerId = last.ReviewerId, ReviewerLogin = last.ReviewerLogin, Result = AuthorisationResult.Granted, PreviousHash = last.Hash,
        };
        forged.Hash = forged.ComputeHash();
        // A well-formed record appended behind the console's back: its links are right, but the chain head does not know it.
        await App.WithDbAsync(async d => { d.Add(forged); return await d.SaveChangesAsync(); });

        var chain = await ChainOfAsync(await AuditorAsync(), counter.Outlet);

        Assert.False(chain.GetProperty("intact").GetBoolean());
        Assert.Contains("inserted", chain.GetProperty("firstFailure").GetProperty("problem").GetString());
    }

    [Fact]
    public async Task RawInsert_OfAnExistingSequenceNumber_IsRefusedByTheDatabase()
    {
        var (_, records) = await OutletWithGrantsAsync(1);
        var copy = records[0];
        copy.Id = 0;
        copy.TaskId = "forged";

        await Assert.ThrowsAsync<DbUpdateException>(() => App.WithDbAsync(async d => { d.Add(copy); return await d.SaveChangesAsync(); }));
    }

    [Fact]
    public async Task List_FiltersByOutletResultAndMaker_AndPagesByKeyset()
    {
        var (counter, records) = await OutletWithGrantsAsync(3);
        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Maker, password = Password }), HttpStatusCode.Forbidden, "review.checkerIsMaker");
        var auditor = await AuditorAsync();

        var page = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit/authorisations?outlet={counter.Outlet}&result=Granted&maker={counter.Maker}&limit=2");
        Assert.Equal([records[2].Id, records[1].Id], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        var next = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit/authorisations?outlet={counter.Outlet}&result=Granted&limit=2&after={page.GetProperty("next").GetString()}");
        Assert.Equal([records[0].Id], next.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        Assert.Equal(JsonValueKind.Null, next.GetProperty("next").ValueKind);

        var refused = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit/authorisations?outlet={counter.Outlet}&result=Refused");
        var item = Assert.Single(refused.GetProperty("items").EnumerateArray());
        Assert.Equal("review.checkerIsMaker", item.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task List_BadFilters_Answer400()
    {
        var auditor = await AuditorAsync();

        await ProblemAsync(await auditor.GetAsync("/api/audit/authorisations?result=Maybe"), HttpStatusCode.BadRequest, "authorisation.resultInvalid");
        await ProblemAsync(await auditor.GetAsync("/api/audit/authorisations?outlet=12"), HttpStatusCode.BadRequest, "authorisation.outletInvalid");
        await ProblemAsync(await auditor.GetAsync("/api/audit/authorisations?after=%%%"), HttpStatusCode.BadRequest, "paging.badCursor");
        await ProblemAsync(await auditor.GetAsync("/api/audit/authorisations?from=2026-02-01&to=2026-01-01"), HttpStatusCode.BadRequest, "authorisation.rangeInvalid");
    }

    [Fact]
    public async Task List_OutletOperatorWithThePermission_SeesOnlyTheirOutlet()
    {
        var (mine, _) = await OutletWithGrantsAsync(1);
        var (theirs, theirRecords) = await OutletWithGrantsAsync(1);
        var role = await App.CreateRoleAsync(ReviewsPermissions.ViewAuthorisations);
        var localAuditor = await App.ApiClientAsync(mine.Outlet, await App.CreateOperatorAsync(mine.Outlet, Password, role), Password);

        var page = await localAuditor.GetFromJsonAsync<JsonElement>("/api/audit/authorisations?limit=500");

        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal(mine.Outlet, i.GetProperty("outletCode").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await localAuditor.GetAsync($"/api/audit/authorisations/{theirRecords[0].Id}")).StatusCode);
        Assert.DoesNotContain(theirs.Outlet, await localAuditor.GetStringAsync($"/api/audit/authorisations?outlet={theirs.Outlet}"));
    }

    [Fact]
    public async Task Detail_ShowsTheCanonicalSummaryAndTheHashedContent()
    {
        var (_, records) = await OutletWithGrantsAsync(1);

        var detail = await (await AuditorAsync()).GetFromJsonAsync<JsonElement>($"/api/audit/authorisations/{records[0].Id}");

        Assert.Equal("1.00", detail.GetProperty("summary").GetProperty("price").GetString());
        Assert.True(detail.GetProperty("hashMatches").GetBoolean());
        Assert.Equal(records[0].CanonicalContent(), detail.GetProperty("canonicalContent").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await (await AuditorAsync()).GetAsync("/api/audit/authorisations/999999999")).StatusCode);
    }

    [Fact]
    public async Task Export_WritesTheRecordsThenTheChainHeads()
    {
        var (counter, records) = await OutletWithGrantsAsync(2);

        var response = await (await AuditorAsync()).GetAsync($"/api/audit/authorisations/export.csv?outlet={counter.Outlet}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains(records[0].Hash, csv);
        var heads = csv[csv.IndexOf("chainHeadsAt", StringComparison.Ordinal)..];
        Assert.Contains($"{counter.Outlet},2,{records[1].Hash}", heads);
    }

    [Fact]
    public async Task Flags_PointAtFastReviewsBurstsRepeatedPairsAndOffHours()
    {
        var counter = await NewCounterAsync();
        var review = new { loginName = counter.Reviewer, password = Password };
        for (var i = 1; i <= 5; i++)
        {
            await ProblemAsync(await SellAsync(counter.Client, $"fast {i}", i, null), (HttpStatusCode)428, "review.required");
            Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, $"fast {i}", i, review)).StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Maker, password = Password }), HttpStatusCode.Forbidden, "review.checkerIsMaker");
        }

        var localNow = DateTime.UtcNow.AddHours(8);
        await App.WithScopeAsync(sp => sp.GetRequiredService<SystemSettings>()
            .SetAsync(ReviewsSettings.OutletOpeningHours, $"{counter.Outlet}={(localNow.Hour < 12 ? "13:00-14:00" : "01:00-02:00")}", null, "test"));

        var flags = await (await AuditorAsync()).GetFromJsonAsync<JsonElement>($"/api/audit/authorisations/flags?outlet={counter.Outlet}&from={localNow.AddDays(-1):yyyy-MM-dd}&to={localNow.AddDays(1):yyyy-MM-dd}");

        var kinds = flags.EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Contains("FastReview", kinds);
        Assert.Contains("RefusalBurst", kinds);
        Assert.Contains("RepeatedPair", kinds);
        Assert.Contains("OutsideOpeningHours", kinds);
        Assert.All(flags.EnumerateArray(), f => Assert.Equal(counter.Outlet, f.GetProperty("outletCode").GetString()));

        var daily = await (await AuditorAsync()).GetFromJsonAsync<JsonElement>($"/api/audit/authorisations/daily?outlet={counter.Outlet}");
        var today = Assert.Single(daily.EnumerateArray());
        Assert.Equal(5, today.GetProperty("overrides").GetInt32());
        Assert.Equal(3, today.GetProperty("refusals").GetInt32());
    }

    [Fact]
    public async Task Points_HeadOfficeSwitchesAndSetsParameters_AuditedAndVersioned()
    {
        var admin = await App.AdminApiClientAsync();
        var point = await admin.GetFromJsonAsync<JsonElement>("/api/reviews/points/Till.Override");
        Assert.Equal("Reviews.SameLevel", point.GetProperty("permission").GetString());
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>("/api/reviews/points")).EnumerateArray(), p => p.GetProperty("code").GetString() == "Till.Override");
        var version = point.GetProperty("version").GetString();

        var off = await admin.PutAsJsonAsync("/api/reviews/points/Till.Override", new { enabled = false, version });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        var offBody = await off.Content.ReadFromJsonAsync<JsonElement>();
        try
        {
            Assert.False(offBody.GetProperty("enabled").GetBoolean());
            var counter = await NewCounterAsync();
            Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, "card", 0m)).StatusCode);
            await ProblemAsync(await admin.PutAsJsonAsync("/api/reviews/points/Till.Override", new { enabled = true, version }), HttpStatusCode.Conflict, "concurrency.stale");
            await ProblemAsync(await admin.PutAsJsonAsync("/api/reviews/points/Till.Override", new { parameters = new { nope = "1" }, version = offBody.GetProperty("version").GetString() }), HttpStatusCode.BadRequest, "reviewPoint.parameterUnknown");
            await ProblemAsync(await admin.PutAsJsonAsync("/api/reviews/points/No.Such", new { enabled = true }), HttpStatusCode.NotFound, "reviewPoint.notFound");
            Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "ReviewPoint.Change" && e.EntityId == "Till.Override")));
        }
        finally
        {
            var on = await admin.PutAsJsonAsync("/api/reviews/points/Till.Override", new { enabled = true, version = offBody.GetProperty("version").GetString() });
            Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        }
    }

    [Fact]
    public async Task Auditor_ReadsEverything_ButEveryWriteIsRefused()
    {
        var auditor = await AuditorAsync();
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/audit/authorisations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/audit/authorisations/verify")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PutAsJsonAsync("/api/reviews/points/Till.Override", new { enabled = false, version = "0" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/reviews/points")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SellAsync(auditor, "card", 0m)).StatusCode);
    }
}

public sealed class AuthorisationLogTests_Sqlite(SqliteDatabase db) : AuthorisationLogTests(db), IClassFixture<SqliteDatabase>;

public sealed class AuthorisationLogTests_Postgres(PostgresDatabase db) : AuthorisationLogTests(db), IClassFixture<PostgresDatabase>;
