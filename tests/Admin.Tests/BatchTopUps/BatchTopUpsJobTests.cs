using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Xunit.Abstractions;

namespace Admin.Tests.BatchTopUps;

/// <summary>A 10,000-line list: submitted as CSV, reviewed, executed by a Quartz job with progress, every line once.</summary>
public abstract class BatchTopUpsJobTests(DatabaseFixture db, ITestOutputHelper output)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task TenThousandLines_ExecutedAsAJob_EveryLineOnce()
    {
        const int count = 10_000;
        var desk = await BatchDesk.CreateAsync(App, cards: count, money: count * 1.25m);
        var csv = new StringBuilder("card,amount\n");
        for (var i = 0; i < count; i++)
        {
            csv.Append(desk.Cards[i].Number).Append(i % 2 == 0 ? ",1.00\n" : ",1.50\n");
        }

        var clock = Stopwatch.StartNew();
        var submitted = await BatchDesk.PostAsync(desk.MakerClient, "/api/batch-topups", new { customer = desk.CustomerCode, csv = csv.ToString() });
        var list = await submitted.Content.ReadFromJsonAsync();
        Assert.True(submitted.StatusCode == HttpStatusCode.Created, list.ToString());
        output.WriteLine($"submit (checked whole): {clock.ElapsedMilliseconds} ms");
        var id = list.GetProperty("id").GetGuid();

        clock.Restart();
        var reviewed = await desk.ReviewAsync(id);
        Assert.True(reviewed.StatusCode == HttpStatusCode.Accepted, await reviewed.Content.ReadAsStringAsync());
        var executed = await desk.WaitExecutedAsync(id, TimeSpan.FromMinutes(5));
        output.WriteLine($"review + job: {clock.ElapsedMilliseconds} ms");
        Assert.Equal("Executed", executed.GetProperty("status").GetString());
        var job = executed.GetProperty("job");
        Assert.Equal("Succeeded", job.GetProperty("status").GetString());
        Assert.Equal(count, job.GetProperty("done").GetInt32());
        Assert.Equal(1, job.GetProperty("attempts").GetInt32());

        Assert.Equal(0m, await desk.CustomerBalanceAsync());
        Assert.Equal(1.00m, await desk.CardBalanceAsync(0));
        Assert.Equal(1.50m, await desk.CardBalanceAsync(count - 1));
        await App.AssertIntactAsync(desk.Admin);
    }
}

internal static class JsonResponses
{
    public static async Task<JsonElement> ReadFromJsonAsync(this HttpContent content) =>
        await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(content);
}

public sealed class BatchTopUpsJobTests_Sqlite(SqliteDatabase db, ITestOutputHelper output) : BatchTopUpsJobTests(db, output), IClassFixture<SqliteDatabase>;

public sealed class BatchTopUpsJobTests_Postgres(PostgresDatabase db, ITestOutputHelper output) : BatchTopUpsJobTests(db, output), IClassFixture<PostgresDatabase>;
