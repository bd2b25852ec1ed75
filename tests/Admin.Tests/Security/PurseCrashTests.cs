using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Allocations.Models;
using Admin.Modules.Allocations.Services;
using Admin.Modules.Ledger.Models;
using Admin.Tests.Allocations;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Admin.Tests.Security;

/// <summary>
/// Crash suite for load and unload: the built host runs as a separate process while one client per card starts loads and
/// unloads and completes, voids or abandons them (a reader that never answers); the host is killed with SIGKILL at random
/// moments and restarted. Afterwards every transfer still pending is past its timeout and the sweep voids it; then, on the
/// database: no money on both sides or on neither (card account + purse the same as before, nothing left in transit, the
/// purse exactly the completed loads less the completed unloads), every transfer with exactly its start entry and, once
/// settled, exactly one settle entry; no entry of a transfer that is not there; every answered start, complete and void
/// there as answered; the ledger verifies.
/// </summary>
public abstract class PurseCrashTests(ITestOutputHelper output)
{
    private const int Cards = 4;
    private const decimal OnCard = 1000m;

    protected abstract int Kills { get; }

    /// <summary>"Sqlite" or "Postgres".</summary>
    protected abstract string Provider { get; }

    private sealed class Seen
    {
        public ConcurrentBag<Guid> Started { get; } = [];
        public ConcurrentBag<Guid> Completed { get; } = [];
        public ConcurrentBag<Guid> Voided { get; } = [];
        public ConcurrentBag<string> Unexpected { get; } = [];
        public int Unknown;
        public int Acknowledged => Started.Count + Completed.Count + Voided.Count;
    }

    [Fact]
    public async Task KilledHost_NeverLeavesPurseMoneyOnBothSidesOrOnNeither()
    {
        await using var database = await CrashDatabase.CreateAsync(Provider, "pursecrash");
        await RunAsync(database.Provider, database.ConnectionString);
    }

    private async Task RunAsync(string provider, string connectionString)
    {
        AllocationWorld world;
        await using (var setup = new AdminAppFactory(provider, connectionString))
        {
            world = await AllocationWorld.CreateAsync(setup, secondaries: Cards, funds: Cards * OnCard);
            await world.AllocateAsync([.. Enumerable.Range(1, Cards).Select(n => (n, OnCard))]);
            await SetTimeoutAsync(world.Desk.Admin, 10);
        }

        CrashHostKit.ClearPools(provider);
        var seen = new Seen();
        string? token = null;
        for (var cycle = 0; cycle < Kills; cycle++)
        {
            using var host = await HostProcess.StartAsync(provider, connectionString, AdminAppFactory.AdminPassword, TimeSpan.FromSeconds(90));
            token ??= await CrashHostKit.TokenAsync(host.Address, world.Desk.Outlet, world.Desk.Login, CounterTestKit.Password);
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(1, Cards).Select(n => Task.Run(() => WorkAsync(host.Address, token, world.Card(n), seen, new Random(cycle * 10 + n), stop.Token))).ToList();
            var before = seen.Acknowledged;
            await CrashHostKit.WaitUntilAsync(() => seen.Acknowledged >= before + 6, TimeSpan.FromSeconds(60));

            await Task.Delay(Random.Shared.Next(0, 800));
            host.Kill();
            stop.Cancel();
            await Task.WhenAll(workers);
            output.WriteLine($"kill {cycle + 1}: {seen.Started.Count} starts, {seen.Completed.Count} completes, {seen.Voided.Count} voids acknowledged; {seen.Unknown} unknown");
        }

        Assert.True(seen.Unexpected.IsEmpty, "Unexpected answers:\n" + string.Join("\n", seen.Unexpected.Take(20)));
        Assert.True(seen.Started.Count > 5 && seen.Completed.Count + seen.Voided.Count > 3, "Too little work was done between the kills to prove anything.");
        Assert.True(seen.Unknown > 0, "No request was in flight when the host was killed.");

        CrashHostKit.ClearPools(provider);
        await using var check = new AdminAppFactory(provider, connectionString);
        await check.WithDbAsync(d => d.Set<PurseTransfer>().Where(t => t.Status == PurseTransferStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddSeconds(-1))));
        await check.WithScopeAsync(sp => sp.GetRequiredService<PurseTransferSweep>().VoidExpiredAsync());
        var failures = await CheckAsync(check, world, seen);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        await check.AssertIntactAsync(await check.AdminApiClientAsync());
    }

    private static async Task<List<string>> CheckAsync(AdminAppFactory app, AllocationWorld world, Seen seen)
    {
        var failures = new List<string>();
        var transfers = await app.WithDbAsync(d => d.Set<PurseTransfer>().AsNoTracking().ToListAsync());
        var byId = transfers.ToDictionary(t => t.Id);
        var entries = await app.WithDbAsync(d => d.Set<LedgerEntry>().AsNoTracking()
            .Where(e => e.TaskType == "Allocations.Load" || e.TaskType == "Allocations.Unload").Select(e => new { e.Id, e.TaskId }).ToListAsync());
        foreach (var group in entries.GroupBy(e => e.TaskId))
        {
            if (!Guid.TryParse(group.Key, out var id) || !byId.TryGetValue(id, out var t))
            {
                failures.Add($"entries {string.Join(",", group.Select(e => e.Id))} belong to no transfer ({group.Key})");
                continue;
            }

            var ids = group.Select(e => e.Id).Order().ToList();
            if (t.Status == PurseTransferStatus.Pending || ids.Count != 2 || ids[0] != t.StartEntryId || ids[1] != t.SettleEntryId)
            {
                failures.Add($"transfer {t.Id} is {t.Status} with entries {string.Join(",", ids)} (start {t.StartEntryId}, settle {t.SettleEntryId})");
            }
        }

        failures.AddRange(transfers.Where(t => !entries.Any(e => e.TaskId == t.Id.ToString())).Select(t => $"transfer {t.Id} has no entry"));
        failures.AddRange(seen.Started.Where(id => !byId.ContainsKey(id)).Select(id => $"started {id} was answered 201 and is not there"));
        failures.AddRange(seen.Completed.Where(id => byId.GetValueOrDefault(id)?.Status != PurseTransferStatus.Completed).Select(id => $"completed {id} was answered 200 and is not Completed"));
        failures.AddRange(seen.Voided.Where(id => byId.GetValueOrDefault(id)?.Status != PurseTransferStatus.Voided).Select(id => $"voided {id} was answered 200 and is not Voided"));
        for (var n = 1; n <= Cards; n++)
        {
            var number = world.Card(n);
            var (card, purse, inTransit) = await world.CardAsync(app, number);
            var mine = transfers.Where(t => t.CardNumber == number && t.Status == PurseTransferStatus.Completed).ToList();
            var loaded = mine.Where(t => t.Kind == PurseTransferKind.Load).Sum(t => t.Amount) - mine.Where(t => t.Kind == PurseTransferKind.Unload).Sum(t => t.Amount);
            if (card + purse != OnCard || inTransit != 0 || purse != loaded)
            {
                failures.Add($"card {number}: card account {card}, purse {purse}, in transit {inTransit}; completed loads less unloads {loaded}, {OnCard} put on it");
            }
        }

        return failures;
    }

    /// <summary>One card at a reader: starts a load (or an unload), then completes it, voids it, or walks away from it.</summary>
    private static async Task WorkAsync(Uri host, string token, string card, Seen seen, Random random, CancellationToken stop)
    {
        using var client = CrashHostKit.Client(host, token);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var path = random.Next(100) < 60 ? "loads" : "unloads";
                var start = await client.PostAsJsonAsync($"/api/{path}", new { card, amount = random.Next(1, 5000) / 100m }, stop);
                if (start.StatusCode == HttpStatusCode.Conflict)
                {
                    await Task.Delay(100, stop); // not enough on that side, or the card's last transfer still waits for its timeout
                    continue;
                }

                if (start.StatusCode != HttpStatusCode.Created)
                {
                    seen.Unexpected.Add($"start {path}: {(int)start.StatusCode} {await start.Content.ReadAsStringAsync(stop)}");
                    continue;
                }

                var id = (await start.Content.ReadFromJsonAsync<JsonElement>(stop)).GetProperty("id").GetGuid();
                seen.Started.Add(id);
                var roll = random.Next(100);
                if (roll >= 90)
                {
                    continue; // the page was closed: the timeout voids it
                }

                var verb = roll < 70 ? "complete" : "void";
                var settle = await client.PostAsJsonAsync($"/api/{path}/{id}/{verb}", new { }, stop);
                if (settle.StatusCode == HttpStatusCode.OK)
                {
                    (verb == "complete" ? seen.Completed : seen.Voided).Add(id);
                }
                else if (settle.StatusCode != HttpStatusCode.Conflict)
                {
                    seen.Unexpected.Add($"{verb} {path}: {(int)settle.StatusCode} {await settle.Content.ReadAsStringAsync(stop)}");
                }
            }
            catch (Exception) when (!stop.IsCancellationRequested)
            {
                Interlocked.Increment(ref seen.Unknown);
                await Task.Delay(50, CancellationToken.None);
            }
            catch (Exception)
            {
                Interlocked.Increment(ref seen.Unknown);
                return;
            }
        }
    }

    private static async Task SetTimeoutAsync(HttpClient admin, int seconds)
    {
        var settings = await (await admin.GetAsync("/api/settings")).Content.ReadFromJsonAsync<JsonElement>();
        var version = settings.EnumerateArray().Single(s => s.GetProperty("key").GetString() == "Allocations.PendingTimeoutSeconds").GetProperty("version").GetString();
        var response = await admin.PutAsJsonAsync("/api/settings/Allocations.PendingTimeoutSeconds", new { value = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class PurseCrashTests_Postgres(ITestOutputHelper output) : PurseCrashTests(output)
{
    protected override int Kills => 5;

    protected override string Provider => "Postgres";
}

public sealed class PurseCrashTests_Sqlite(ITestOutputHelper output) : PurseCrashTests(output)
{
    protected override int Kills => 4;

    protected override string Provider => "Sqlite";
}
