using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Xunit.Abstractions;

namespace Admin.Tests.Security;

/// <summary>
/// The sign-in concurrency limit: with one sign-in at a time and no queue, a burst of sign-ins is partly refused with 429
/// (a problem with <c>signIn.busy</c> under /api, the status page for the form), and while sign-in is saturated the other
/// pages and the API still answer.
/// </summary>
public abstract class SignInLimitTests(DatabaseFixture db, ITestOutputHelper output)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task ABurstOfSignIns_BeyondTheLimit_Is429WithAProblem()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, OperatorsTestKit.Password);

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
            App.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = outlet, loginName = login, password = OperatorsTestKit.Password }))));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"{(int)r.StatusCode}"));
        await OperatorsTestKit.AssertProblemAsync(refused[0], HttpStatusCode.TooManyRequests, "signIn.busy");
        Assert.Equal("1", refused[0].Headers.RetryAfter?.ToString());
        output.WriteLine($"{refused.Count} of {responses.Length} refused");
    }

    [Fact]
    public async Task TheLoginForm_IsLimitedToo()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, OperatorsTestKit.Password);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(async () =>
        {
            var client = App.CreateBrowserLikeClient();
            var response = await AdminAppFactory.PostFormAsync(client, "/login", "/login", new() { ["OutletCode"] = outlet, ["LoginName"] = login, ["Password"] = OperatorsTestKit.Password });
            return response.StatusCode;
        })));

        Assert.Contains(HttpStatusCode.Redirect, statuses);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task WhileSignInIsSaturated_OtherPagesAnswer()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, OperatorsTestKit.Password);
        var api = await App.AdminApiClientAsync();
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);

        var others = new[] { (api, "/api/outlets"), (screen, "/admin/outlets"), (App.CreateClient(), "/health") };
        foreach (var (client, url) in others)
        {
            // Warm up (compiled views, first queries) so the measurement is of the flood, not of a cold start.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        var signIns = 0;
        var refused = 0;
        var flood = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var client = App.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                var r = await client.PostAsJsonAsync("/api/auth/token", new { outletCode = outlet, loginName = login, password = OperatorsTestKit.Password });
                Interlocked.Increment(ref r.StatusCode == HttpStatusCode.TooManyRequests ? ref refused : ref signIns);
                if (r.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    // A client that is told to retry later does (briefly: this is a flood, not a polite client).
                    await Task.Delay(25);
                }
            }
        })).ToList();

        var latencies = new List<double>();
        await Task.Delay(300);
        while (!stop.IsCancellationRequested)
        {
            foreach (var (client, url) in others)
            {
                var clock = Stopwatch.StartNew();
                var response = await client.GetAsync(url);
                latencies.Add(clock.Elapsed.TotalMilliseconds);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode} during the sign-in flood");
            }
        }

        await Task.WhenAll(flood);
        latencies.Sort();
        output.WriteLine($"sign-ins {signIns}, refused {refused}; other pages: {latencies.Count} requests, p50 {latencies[latencies.Count / 2]:0} ms, max {latencies[^1]:0} ms");
        Assert.True(refused > 0, "The flood never reached the limit.");
        Assert.True(latencies.Count >= 6, $"Only {latencies.Count} other requests answered in 4 s of sign-in flood.");
    }
}

/// <summary>One sign-in at a time, none waiting.</summary>
public sealed class SignInLimitedSqlite : SqliteDatabase
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["SignIn:ConcurrencyLimit"] = "1", ["SignIn:QueueLimit"] = "0" };
}

/// <summary>One sign-in at a time, none waiting.</summary>
public sealed class SignInLimitedPostgres : PostgresDatabase
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["SignIn:ConcurrencyLimit"] = "1", ["SignIn:QueueLimit"] = "0" };
}

public sealed class SignInLimitTests_Sqlite(SignInLimitedSqlite db, ITestOutputHelper output) : SignInLimitTests(db, output), IClassFixture<SignInLimitedSqlite>;

public sealed class SignInLimitTests_Postgres(SignInLimitedPostgres db, ITestOutputHelper output) : SignInLimitTests(db, output), IClassFixture<SignInLimitedPostgres>;
