using System.Diagnostics;
using System.Globalization;
using Admin.Modules.Cards.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.CardService;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Admin.Tests.Stations;

/// <summary>
/// The stations' figures (bench/terminals/run.sh runs it at full scale on PostgreSQL): block-list rows seeded by SQL, then incremental
/// updates of a terminal 20 changes behind, timed; and one batch of records across many funded cards, timed in postings/s. By default
/// it runs small (20,000 blocked cards, 1,000 records on 200 cards) and checks that every answer is right; the environment variables
/// STATIONS_BENCH_BLOCKED, STATIONS_BENCH_RECORDS and STATIONS_BENCH_CARDS scale it.
/// </summary>
public abstract class StationsBenchTests(DatabaseFixture db, ITestOutputHelper output)
{
    private AdminAppFactory App => db.App;

    private static int Env(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;

    [Fact]
    public async Task BlockListIncrements_AndABatchOfRecords_AreRightAtScale()
    {
        var blocked = Env("STATIONS_BENCH_BLOCKED", 20_000);
        var records = Env("STATIONS_BENCH_RECORDS", 1_000);
        var cardCount = Env("STATIONS_BENCH_CARDS", 200);
        var (station, gateway, world) = await SetUpAsync();

        var seed = Stopwatch.StartNew();
        var head = await SeedBlockListAsync(blocked);
        output.WriteLine($"BENCH seeded {blocked} block-list rows in {seed.ElapsedMilliseconds} ms (head version {head})");

        var times = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var since = head - 20 - (i % 50);
            var watch = Stopwatch.StartNew();
            var page = await (await gateway.GetAsync($"/api/stations/blocklist?terminal={station.Terminal}&since={since}")).JsonOkAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(head - since, page.GetProperty("changes").GetArrayLength());
        }

        times.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BENCH block-list increment (20–69 changes behind, {blocked} rows): p50 {times[100]:0.0} ms, p95 {times[189]:0.0} ms, max {times[^1]:0.0} ms over 200 requests"));

        var cards = await FundedCardsAsync(world, cardCount, 1_000_000m / cardCount);
        var batch = station.Batch([.. Enumerable.Range(0, records).Select(i => station.Purchase(cards[i % cards.Count], 1.25m))]);
        var post = Stopwatch.StartNew();
        var answer = await (await station.SendAsync(gateway, batch)).JsonOkAsync();
        post.Stop();
        Assert.Equal(records, answer.GetProperty("posted").GetInt32());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH batch of {records} records on {cards.Count} cards: {post.ElapsedMilliseconds} ms, {records / post.Elapsed.TotalSeconds:0} postings/s"));
        await App.AssertIntactAsync(world.Desk.Admin);
    }

    private async Task<(StationSimulator Station, HttpClient Gateway, CardServiceWorld World)> SetUpAsync()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var id = "B" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant();
        var registered = await (await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(w.Desk.Admin, "/api/terminals",
            new { terminalId = id, stationCode = "BENCH", stationName = "Bench station", outlet = w.Desk.Outlet })).JsonAsync(System.Net.HttpStatusCode.Created);
        var (client, secret) = await Operators.OpenIdTestKit.RegisterClientAsync(App, "System", "Stations.Gateway");
        var (_, tokens) = await Operators.OpenIdTestKit.TokenAsync(App, new() { ["grant_type"] = "client_credentials", ["client_id"] = client, ["client_secret"] = secret! });
        return (new StationSimulator(id, registered.GetProperty("key").GetString()!), Operators.OpenIdTestKit.Bearer(App, Operators.OpenIdTestKit.Str(tokens, "access_token")), w);
    }

    /// <summary>Appends <paramref name="count"/> block-list rows of made-up cards in one statement, moves the head; answers the head version.</summary>
    private Task<long> SeedBlockListAsync(int count) => App.WithDbAsync(async d =>
    {
        var from = await d.Set<BlockListHead>().Select(h => h.Version).SingleAsync();
        var postgres = d.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);
        var sql = postgres
            ? """
              INSERT INTO "Cards_BlockList" ("Version", "CardId", "Number", "Blocked", "Status", "Reason", "At")
              SELECT {0} + g, gen_random_uuid(), '9' || lpad(g::text, 18, '0'), true, 'Lost', 'Lost', now() FROM generate_series(1, {1}) AS g
              """
            : """
              WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < {1})
              INSERT INTO "Cards_BlockList" ("Version", "CardId", "Number", "Blocked", "Status", "Reason", "At")
              SELECT {0} + n, lower(hex(randomblob(16))), '9' || substr('000000000000000000' || n, -18, 18), 1, 'Lost', 'Lost', '2026-12-01 00:00:00' FROM g
              """;
        await d.Database.ExecuteSqlRawAsync(sql, from, count);
        await d.Set<BlockListHead>().ExecuteUpdateAsync(s => s.SetProperty(h => h.Version, from + count));
        return from + count;
    });

    /// <summary>Cards like the world's single-user card, each with <paramref name="purse"/> on its purse (entries of 99 cards).</summary>
    private async Task<List<string>> FundedCardsAsync(CardServiceWorld w, int count, decimal purse)
    {
        var model = await w.CardAsync(w.Single.Number(1));
        var cards = Enumerable.Range(1, count).Select(i => new Card
        {
            Id = Guid.NewGuid(), Number = "8" + i.ToString("D15", CultureInfo.InvariantCulture), ProductId = model.ProductId, Kind = model.Kind, CustomerId = model.CustomerId,
            Status = CardStatus.Issued, OutletId = model.OutletId, OutletCode = model.OutletCode, IssuedAt = model.IssuedAt,
        }).ToList();
        await App.WithDbAsync(async d => { d.AddRange(cards); return await d.SaveChangesAsync(); });
        foreach (var chunk in cards.Chunk(99))
        {
            var lines = chunk.Select(c => PostingLine.Credit(AccountRef.Purse(c.Id, c.OutletId), purse)).ToList();
            lines.Add(PostingLine.Debit(AccountRef.OfOutlet(AccountKind.Suspense, model.OutletId), purse * chunk.Length));
            Assert.True((await App.PostAsync(new Posting("Test.Fund", Guid.NewGuid().ToString("N"), model.OutletId, "bench purses", lines))).Succeeded);
        }

        return cards.Select(c => c.Number).ToList();
    }
}

public sealed class StationsBenchTests_Sqlite(SqliteDatabase db, ITestOutputHelper output) : StationsBenchTests(db, output), IClassFixture<SqliteDatabase>;

public sealed class StationsBenchTests_Postgres(PostgresDatabase db, ITestOutputHelper output) : StationsBenchTests(db, output), IClassFixture<PostgresDatabase>;
