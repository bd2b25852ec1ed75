using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Ledger.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Ledger;

/// <summary>
/// Idempotency keys through the real host, with the test Kiosk module's top-up and spend (a posting, an audit record and
/// the key in one transaction): a repeat answers the first answer and posts nothing; another body under the same key is 422.
/// </summary>
public abstract class IdempotencyTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static HttpRequestMessage Request(string path, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    private Task<int> EntriesOfAsync(Guid customer) => App.WithDbAsync(d =>
        (from l in d.Set<LedgerLine>() join a in d.Set<LedgerAccount>() on l.AccountId equals a.Id where a.OwnerId == customer select l.EntryId).Distinct().CountAsync());

    [Fact]
    public async Task TheSameKeyTwice_PostsOnce_AndAnswersTheFirstAnswerAgain()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = Guid.NewGuid();
        var key = Guid.NewGuid().ToString();
        var body = new { customer, amount = 25.00m, method = "Cash" };

        var first = await client.SendAsync(Request("/api/kiosk/top-ups", body, key));
        var again = await client.SendAsync(Request("/api/kiosk/top-ups", body, key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await EntriesOfAsync(customer));
        Assert.Equal(25.00m, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("balance").GetDecimal());
    }

    [Fact]
    public async Task TheSameKey_WithAnotherBody_Is422_AndPostsNothing()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = Guid.NewGuid();
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Request("/api/kiosk/top-ups", new { customer, amount = 10m, method = "Cash" }, key))).StatusCode);

        var reused = await client.SendAsync(Request("/api/kiosk/top-ups", new { customer, amount = 11m, method = "Cash" }, key));
        var elsewhere = await client.SendAsync(Request("/api/kiosk/spends", new { customer, amount = 10m, method = "Cash" }, key));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("idempotency.keyReused", await reused.CodeAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, elsewhere.StatusCode);
        Assert.Equal(1, await EntriesOfAsync(customer));
    }

    [Fact]
    public async Task AnotherOperators_SameKey_IsTheirOwn()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var colleague = await App.ApiClientAsync(outlet, await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator"), CounterTestKit.Password);
        var customer = Guid.NewGuid();
        var key = Guid.NewGuid().ToString();
        var body = new { customer, amount = 3m, method = "Cash" };
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Request("/api/kiosk/top-ups", body, key))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await colleague.SendAsync(Request("/api/kiosk/top-ups", body, key))).StatusCode);
        Assert.Equal(2, await EntriesOfAsync(customer));
    }

    [Theory]
    [InlineData(null, "idempotency.keyRequired")]
    [InlineData("has space", "idempotency.keyInvalid")]
    public async Task AMissingOrMalformedKey_Is400(string? key, string code)
    {
        var (_, _, signedIn) = await App.OutletOperatorAsync();
        // A client that adds no key of its own (the test clients otherwise send a fresh one with every POST).
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        var before = await App.TableCountsAsync();
        var response = await client.SendAsync(Request("/api/kiosk/top-ups", new { customer = Guid.NewGuid(), amount = 1m, method = "Cash" }, key));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await response.CodeAsync());
        Assert.Equal(before, await App.TableCountsAsync());
    }

    [Fact]
    public async Task ARefusedRequest_ConsumesNothing_TheSameKeyWorksOnceItCan()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = Guid.NewGuid();
        var key = Guid.NewGuid().ToString();
        var spend = new { customer, amount = 8m, method = "Cash" };
        var before = await App.TableCountsAsync();

        var refused = await client.SendAsync(Request("/api/kiosk/spends", spend, key));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("ledger.insufficientFunds", await refused.CodeAsync());
        Assert.Equal(before, await App.TableCountsAsync());

        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Request("/api/kiosk/top-ups", new { customer, amount = 10m, method = "Cash" }, Guid.NewGuid().ToString()))).StatusCode);
        var retried = await client.SendAsync(Request("/api/kiosk/spends", spend, key));
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(2.00m, (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("balance").GetDecimal());
    }

    [Fact]
    public async Task ConcurrentDuplicates_PostOnce_EveryAnswerIsTheFirstOrInProgress()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = Guid.NewGuid();
        var key = Guid.NewGuid().ToString();
        var body = new { customer, amount = 4.20m, method = "Cash" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => client.SendAsync(Request("/api/kiosk/top-ups", body, key)))));

        Assert.Equal(1, await EntriesOfAsync(customer));
        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        Assert.NotEmpty(created);
        var bodies = await Task.WhenAll(created.Select(r => r.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Distinct());
        foreach (var other in responses.Except(created))
        {
            Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
            Assert.Equal("idempotency.inProgress", await other.CodeAsync());
        }
    }

    [Fact]
    public async Task AScreenForm_PostedTwice_TopsUpOnce_AndRedirectsToTheSameReceipt()
    {
        var (outlet, login, _) = await App.OutletOperatorAsync();
        var screen = await App.ScreenClientAsync(outlet, login, CounterTestKit.Password);
        var customer = Guid.NewGuid();
        var page = await screen.GetStringAsync("/kiosk");
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var key = System.Text.RegularExpressions.Regex.Match(page, "name=\"IdempotencyKey\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(key);
        FormUrlEncodedContent Form() => new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["IdempotencyKey"] = key, ["customer"] = customer.ToString(), ["amount"] = "9.90",
        });

        var first = await screen.PostAsync("/kiosk", Form());
        var second = await screen.PostAsync("/kiosk", Form());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await EntriesOfAsync(customer));
    }
}

public sealed class IdempotencyTests_Sqlite(SqliteDatabase db) : IdempotencyTests(db), IClassFixture<SqliteDatabase>;

public sealed class IdempotencyTests_Postgres(PostgresDatabase db) : IdempotencyTests(db), IClassFixture<PostgresDatabase>;
