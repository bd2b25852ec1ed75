using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Data;
using Admin.Modules.Operators.Models;
using Admin.Modules.Reviews.Models;
using Admin.Modules.Reviews.Services;
using Admin.Tests.Fakes.Till;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Reviews;

/// <summary>The review gate through the real host, with the test-only till task: 428 → review → 201, refusals, one transaction, the chain.</summary>
public abstract class ReviewGateTests(DatabaseFixture db) : ReviewGateTestsBase(db)
{
    [Fact]
    public async Task Sale_AtListPrice_NeedsNoReview()
    {
        var counter = await NewCounterAsync();

        var response = await SellAsync(counter.Client, "card", 20.00m);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty(await RecordsAsync(counter.Outlet));
    }

    [Fact]
    public async Task Override_Answers428_ThenTheReviewedRepeat201_WithOneGrantedRecord()
    {
        var counter = await NewCounterAsync();

        var first = await ProblemAsync(await SellAsync(counter.Client, "card", 0.00m), (HttpStatusCode)428, "review.required");
        Assert.Equal("Till.Override", first.GetProperty("reviewPoint").GetString());
        Assert.Equal(["sold at 0.00, list price 20.00: card"], first.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        var second = await SellAsync(counter.Client, "card", 0.00m, new { loginName = counter.Reviewer, password = Password });

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var saleId = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var record = Assert.Single(await RecordsAsync(counter.Outlet));
        Assert.Equal(AuthorisationResult.Granted, record.Result);
        Assert.Equal(saleId, record.TaskId);
        Assert.Equal("Till.Sale", record.TaskType);
        Assert.Equal("Till.Override", record.PointCodes);
        Assert.Equal(counter.Maker, record.MakerLogin);
        Assert.Equal(counter.Reviewer, record.ReviewerLogin);
        Assert.Equal("""{"item":"card","listPrice":"20.00","price":"0.00"}""", record.Summary);
        Assert.NotNull(record.RequestedAt);
        Assert.True(record.RequestedAt <= record.OccurredAt);
        Assert.Equal(1, record.Sequence);
        Assert.Equal(Authorisation.Genesis, record.PreviousHash);
        Assert.True((await ChainAsync(counter.Outlet)).Intact);
    }

    [Fact]
    public async Task Override_InChinese_Answers428WithTranslatedTitle()
    {
        var counter = await NewCounterAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/till/sales") { Content = JsonContent.Create(new { item = "card", listPrice = 20m, price = 5m }) };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var problem = await ProblemAsync(await counter.Client.SendAsync(request), (HttpStatusCode)428, "review.required");

        Assert.Contains("同级复核", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Review_CoversExactlyItsRequest_ADifferentAmountNeedsItsOwn()
    {
        var counter = await NewCounterAsync();
        var review = new { loginName = counter.Reviewer, password = Password };
        Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, "card", 0.00m, review)).StatusCode);

        // Nothing is remembered between requests: another amount asks for a review again, and each record names its own amount.
        await ProblemAsync(await SellAsync(counter.Client, "card", 5.00m), (HttpStatusCode)428, "review.required");
        Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, "card", 5.00m, review)).StatusCode);

        var records = await RecordsAsync(counter.Outlet);
        Assert.Equal(["0.00", "5.00"], records.Select(r => JsonDocument.Parse(r.Summary).RootElement.GetProperty("price").GetString()));
        Assert.Null(records[0].RequestedAt); // the 428 was for 5.00, not for 0.00
        Assert.NotNull(records[1].RequestedAt);
        Assert.NotEqual(records[0].Hash, records[1].Hash);
        Assert.Equal(records[0].Hash, records[1].PreviousHash);
    }

    [Fact]
    public async Task Task_RollingBack_TakesItsRecordAndTheChainHeadWithIt()
    {
        var counter = await NewCounterAsync();
        var review = new { loginName = counter.Reviewer, password = Password };
        Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, "card", 1.00m, review)).StatusCode);

        await ProblemAsync(await SellAsync(counter.Client, "rolled-back", 2.00m, review, fail: true), HttpStatusCode.Conflict, "till.failed");
        Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, "card", 3.00m, review)).StatusCode);

        var sales = await App.WithDbAsync(d => d.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "Till_Sales" WHERE "Item" = 'rolled-back'""").SingleAsync());
        Assert.Equal(0, sales);
        var records = await RecordsAsync(counter.Outlet);
        Assert.Equal([1L, 2L], records.Select(r => r.Sequence));
        Assert.DoesNotContain(records, r => r.Summary.Contains("rolled-back", StringComparison.Ordinal));
        Assert.True((await ChainAsync(counter.Outlet)).Intact);
    }

    [Fact]
    public async Task Maker_ReviewingOwnTask_IsRefused_AndTheRefusalIsLogged()
    {
        var counter = await NewCounterAsync();

        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Maker, password = Password }), HttpStatusCode.Forbidden, "review.checkerIsMaker");

        var record = Assert.Single(await RecordsAsync(counter.Outlet));
        Assert.Equal(AuthorisationResult.Refused, record.Result);
        Assert.Equal("review.checkerIsMaker", record.Reason);
        Assert.Null(record.TaskId);
        var sold = await App.WithDbAsync(d => d.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "Till_Sales" WHERE "OutletId" = {record.OutletId.ToString("D")}""").SingleAsync());
        Assert.Equal(0, sold);
    }

    [Fact]
    public async Task Reviewer_OfAnotherOutlet_IsRefusedAsOtherOutlet()
    {
        var counter = await NewCounterAsync();
        var elsewhere = await App.CreateOutletAsync();
        var stranger = await App.CreateOperatorAsync(elsewhere, Password, "Reviewer");

        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = $"{elsewhere}/{stranger}", password = Password }), HttpStatusCode.Forbidden, "review.otherOutlet");
        // Typed without the outlet code, the name is looked up at the maker's outlet, where it does not exist.
        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = stranger, password = Password }), HttpStatusCode.Forbidden, "review.badCredentials");
    }

    [Fact]
    public async Task Reviewer_WithoutThePermission_IsRefusedAsNoPermission()
    {
        var counter = await NewCounterAsync();
        var auditor = await App.CreateOperatorAsync(counter.Outlet, Password, "Auditor");

        var problem = await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = auditor, password = Password }), HttpStatusCode.Forbidden, "review.noPermission");
        Assert.Contains("Reviews.SameLevel", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Reviewer_WithExpiredPassword_IsRefusedAsPasswordExpired()
    {
        var counter = await NewCounterAsync();
        await App.WithDbAsync(d => d.Set<Operator>().Where(o => o.OutletCode == counter.Outlet && o.LoginName == counter.Reviewer)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.PasswordChangedAt, DateTime.UtcNow.AddDays(-400))));

        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Reviewer, password = Password }), HttpStatusCode.Forbidden, "review.passwordExpired");
    }

    [Fact]
    public async Task Reviewer_OnTemporaryPassword_IsToldToSetTheirOwnFirst_InBothLanguages()
    {
        var counter = await NewCounterAsync();
        await App.WithDbAsync(d => d.Set<Operator>().Where(o => o.OutletCode == counter.Outlet && o.LoginName == counter.Reviewer)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.MustChangePassword, true)));

        var english = await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Reviewer, password = Password }), HttpStatusCode.Forbidden, "review.passwordNotSet");
        Assert.Contains("set their own password", english.GetProperty("detail").GetString());
        Assert.DoesNotContain("expired", english.GetProperty("detail").GetString());
        counter.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var chinese = await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Reviewer, password = Password }), HttpStatusCode.Forbidden, "review.passwordNotSet");
        Assert.Contains("复核人须先登录并设置自己的密码", chinese.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnknownLogin_AnswersLikeAWrongPassword()
    {
        var counter = await NewCounterAsync();

        var unknown = await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = "nobody-here", password = Password }), HttpStatusCode.Forbidden, "review.badCredentials");
        var wrong = await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Reviewer, password = "Wrong2024x" }), HttpStatusCode.Forbidden, "review.badCredentials");

        Assert.Equal(unknown.GetProperty("detail").GetString(), wrong.GetProperty("detail").GetString());
        var records = await RecordsAsync(counter.Outlet);
        Assert.Equal(["nobody-here", counter.Reviewer], records.Select(r => r.ReviewerLogin));
        Assert.All(records, r => Assert.Null(r.ReviewerId));
    }

    [Fact]
    public async Task WrongReviewerPasswords_CountTowardTheReviewersLock()
    {
        var counter = await NewCounterAsync();
        var wrong = new { loginName = counter.Reviewer, password = "Wrong2024x" };

        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, wrong), HttpStatusCode.Forbidden, "review.badCredentials");
        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, wrong), HttpStatusCode.Forbidden, "review.badCredentials");
        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, wrong), HttpStatusCode.Forbidden, "review.reviewerLocked");
        // Now even the right password is refused, and the reviewer cannot sign in either.
        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Reviewer, password = Password }), HttpStatusCode.Forbidden, "review.reviewerLocked");

        var locked = await App.WithDbAsync(d => d.Set<Operator>().Where(o => o.OutletCode == counter.Outlet && o.LoginName == counter.Reviewer).Select(o => o.IsLocked).SingleAsync());
        Assert.True(locked);
        var signIn = await App.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = counter.Outlet, loginName = counter.Reviewer, password = Password });
        Assert.Equal(HttpStatusCode.Locked, signIn.StatusCode);
        Assert.Equal(4, (await RecordsAsync(counter.Outlet)).Count(r => r.Result == AuthorisationResult.Refused));
    }

    [Fact]
    public async Task RightReviewerPassword_ClearsEarlierFailures()
    {
        var counter = await NewCounterAsync();
        var wrong = new { loginName = counter.Reviewer, password = "Wrong2024x" };
        var right = new { loginName = counter.Reviewer, password = Password };

        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, wrong), HttpStatusCode.Forbidden, "review.badCredentials");
        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, wrong), HttpStatusCode.Forbidden, "review.badCredentials");
        Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, "card", 0m, right)).StatusCode);
        await ProblemAsync(await SellAsync(counter.Client, "card", 0m, wrong), HttpStatusCode.Forbidden, "review.badCredentials");
    }

    [Fact]
    public async Task MissingPassword_Is400WithTheField()
    {
        var counter = await NewCounterAsync();

        var problem = await ProblemAsync(await SellAsync(counter.Client, "card", 0m, new { loginName = counter.Reviewer }), HttpStatusCode.BadRequest, "field.required");

        Assert.True(problem.GetProperty("errors").TryGetProperty("review.password", out _));
    }

    [Fact]
    public async Task ConcurrentAuthorisations_AtOneOutlet_KeepOneLinearChain()
    {
        var counter = await NewCounterAsync();
        // Four reviewers, two sales each: one reviewer's parallel attempts are capped by the sign-in attempt reservation.
        var reviewers = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            reviewers.Add(await App.CreateOperatorAsync(counter.Outlet, Password, "Reviewer"));
        }

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            SellAsync(counter.Client, $"item {i}", i, new { loginName = reviewers[i % 4], password = Password })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var records = await RecordsAsync(counter.Outlet);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), records.Select(r => r.Sequence));
        for (var i = 1; i < records.Count; i++)
        {
            Assert.Equal(records[i - 1].Hash, records[i].PreviousHash);
        }

        var chain = await ChainAsync(counter.Outlet);
        Assert.True(chain.Intact, chain.Failure?.Problem);
        Assert.Equal(8, chain.Count);
        Assert.Equal(records[^1].Hash, chain.HeadHash);
    }

    [Fact]
    public async Task SwitchedOffPoint_LetsTheTaskThroughWithoutReview()
    {
        var counter = await NewCounterAsync();
        var catalog = await App.WithScopeAsync(sp => sp.GetRequiredService<ReviewPointCatalog>().GetAsync(TillReviewPoints.Override));
        Assert.True(catalog!.Enabled);
        // Raise the tolerance instead of switching the point off (other tests of this class share the database).
        var changed = await App.WithScopeAsync(sp => sp.GetRequiredService<ReviewPointCatalog>()
            .UpdateAsync(TillReviewPoints.Override, new ReviewPointChange(null, new Dictionary<string, string?> { ["tolerance"] = "0.50" }, catalog.Version)));
        Assert.True(changed.Succeeded, string.Join("; ", changed.Errors));
        try
        {
            Assert.Equal(HttpStatusCode.Created, (await SellAsync(counter.Client, "card", 19.60m)).StatusCode);
            await ProblemAsync(await SellAsync(counter.Client, "card", 19.40m), (HttpStatusCode)428, "review.required");
        }
        finally
        {
            await App.WithScopeAsync(sp => sp.GetRequiredService<ReviewPointCatalog>()
                .UpdateAsync(TillReviewPoints.Override, new ReviewPointChange(null, new Dictionary<string, string?> { ["tolerance"] = null }, changed.Value!.Version)));
        }
    }
}

public sealed class ReviewGateTests_Sqlite(SqliteDatabase db) : ReviewGateTests(db), IClassFixture<SqliteDatabase>;

public sealed class ReviewGateTests_Postgres(PostgresDatabase db) : ReviewGateTests(db), IClassFixture<PostgresDatabase>;

/// <summary>What the review tests share: the till table, a counter (outlet, maker, reviewer), requests and reads.</summary>
public abstract class ReviewGateTestsBase(DatabaseFixture db) : IAsyncLifetime
{
    public const string Password = "Counter2024";

    protected AdminAppFactory App => db.App;

    public Task InitializeAsync() => App.WithDbAsync(async d => { await TillTable.EnsureAsync(d); return 0; });

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>An outlet with a maker (outlet operator) and a reviewer (Reviewer role).</summary>
    protected async Task<Counter> NewCounterAsync()
    {
        var outlet = await App.CreateOutletAsync();
        var maker = await App.CreateOperatorAsync(outlet, Password, "Outlet operator");
        var reviewer = await App.CreateOperatorAsync(outlet, Password, "Reviewer");
        return new Counter(outlet, maker, reviewer, await App.ApiClientAsync(outlet, maker, Password));
    }

    protected sealed record Counter(string Outlet, string Maker, string Reviewer, HttpClient Client);

    protected static Task<HttpResponseMessage> SellAsync(HttpClient client, string item, decimal price, object? review = null, bool fail = false) =>
        client.PostAsJsonAsync("/api/till/sales", new { item, listPrice = 20.00m, price, review, failAfterRecord = fail });

    protected static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, json.GetProperty("code").GetString());
        return json;
    }

    protected Task<List<Authorisation>> RecordsAsync(string outlet) =>
        App.WithDbAsync(d => d.Set<Authorisation>().AsNoTracking().Where(a => a.OutletCode == outlet).OrderBy(a => a.Sequence).ToListAsync());

    protected Task<OutletChain> ChainAsync(string outlet) =>
        App.WithScopeAsync(async sp => (await sp.GetRequiredService<AuthorisationChain>().VerifyAsync(default)).Outlets.Single(o => o.OutletCode == outlet));
}
