using System.Net;
using System.Net.Http.Json;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Security;

/// <summary>
/// Correct passwords checked in parallel for one account are all accepted: more parallel sign-ins (or reviews by one
/// reviewer) than Operators.MaxFailedAttempts (3) used to find the attempt counter full and were refused as "locked",
/// although no password was wrong. Each check now holds its reserved attempt in a transaction, and the others wait.
/// </summary>
public abstract class ParallelPasswordCheckTests(DatabaseFixture db)
{
    private const int Parallel = 6;

    private AdminAppFactory App => db.App;

    [Fact]
    public async Task ParallelCorrectSignIns_OfOneOperator_AllSucceed()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");

        var answers = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => Task.Run(() =>
            App.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = outlet, loginName = login, password = CounterTestKit.Password }))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }

    [Fact]
    public async Task ParallelReviews_ByOneReviewer_AllSucceed()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var reviewer = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();

        var answers = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => Task.Run(() =>
            client.PostAsJsonAsync("/api/counter/fee-collections", new
            {
                customer, paymentMethod = "Cash", review = new { loginName = reviewer, password = CounterTestKit.Password },
                items = new[] { new { fee = "CARD", quantity = 1, collected = 0.00m } },
            }))));

        foreach (var answer in answers)
        {
            Assert.True(answer.StatusCode == HttpStatusCode.Created, $"{(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }
    }
}

public sealed class ParallelPasswordCheckTests_Sqlite(SqliteDatabase db) : ParallelPasswordCheckTests(db), IClassFixture<SqliteDatabase>;

public sealed class ParallelPasswordCheckTests_Postgres(PostgresDatabase db) : ParallelPasswordCheckTests(db), IClassFixture<PostgresDatabase>;
