using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Jobs;
using Admin.Modules.BatchTopUps.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Admin.Modules.Operators.Models;
using Admin.Tests.BatchTopUps;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Admin.Tests.Security;

/// <summary>
/// Crash suite for batch top-up lists executed as jobs: the built host runs as a separate process; each run a maker submits
/// a list big enough to run as a Quartz job and a colleague's review starts it, and the host is killed with SIGKILL at a
/// different point each time: while the review is in flight, on its 202, in the middle of the job, and just as the list shows
/// Executed (the run not yet recorded finished). The mid-job kill is aimed, not timed: the job's test pause point
/// (<c>BatchTopUps:PausePoint</c>, off in deployments) holds that list's job inside its transaction after
/// <see cref="PauseAfter"/> lines until the host is killed, and its recovered run goes through. One list is left Executing with no
/// job before the first start, as a crash between the review's commit and the enqueue leaves it: the start-up sweep must
/// enqueue it. Afterwards (a list whose review died unanswered is reviewed again, as the operator would) every list is
/// Executed, every job succeeded, the one killed mid-job was recovered (run twice); on the database every line is credited to its
/// card exactly once, each list debited once with one execution audit record, every balance is what the lists say, and the
/// ledger verifies with the trial balance at zero.
/// </summary>
public abstract class BatchCrashTests(ITestOutputHelper output)
{
    /// <summary>Lines per list: above the job threshold (500), 21 entries of 99 cards.</summary>
    private const int Lines = 2000;

    /// <summary>Where the mid-job list's job waits, its transaction open: after the entry that takes it past this many lines (1,089).</summary>
    private const int PauseAfter = 1000;

    private static readonly Dictionary<string, string?> NoJobs = new() { ["Jobs:Run"] = "false" };

    /// <summary>How many times the host is killed (one submitted list each).</summary>
    protected abstract int Kills { get; }

    /// <summary>"Sqlite" or "Postgres".</summary>
    protected abstract string Provider { get; }

    private enum KillPoint
    {
        ReviewInFlight,
        OnTheAnswer,
        MidJob,
        JustExecuted,
    }

    [Fact]
    public async Task KilledHost_DuringBatchJobs_PostsEveryLineExactlyOnce()
    {
        await using var database = await CrashDatabase.CreateAsync(Provider, "batchcrash");
        var pauses = Directory.CreateTempSubdirectory("admin-batchpause-");
        try
        {
            await RunAsync(database.Provider, database.ConnectionString, pauses.FullName);
        }
        finally
        {
            pauses.Delete(recursive: true);
        }
    }

    /// <summary>Line i of list k: 1.00 to 9.99, different per list.</summary>
    private static decimal Amount(int list, int line) => 1.00m + (line * 7 + list * 13) % 900 / 100m;

    private async Task RunAsync(string provider, string connectionString, string pauses)
    {
        // A killed host's running job is recovered once the cluster takes it for dead: after about two check-ins.
        var settings = new Dictionary<string, string>
        {
            ["Jobs:CheckinIntervalSeconds"] = "1", ["BatchTopUps:PausePoint:Directory"] = pauses, ["BatchTopUps:PausePoint:AfterLines"] = $"{PauseAfter}",
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var funds = (Kills + 2) * Lines * 10m;
        BatchDesk desk;
        var lists = new List<Guid>();
        Guid stranded;
        await using (var setup = new AdminAppFactory(provider, connectionString, NoJobs))
        {
            desk = await BatchDesk.CreateAsync(setup, cards: Lines, money: funds);
            stranded = (await desk.SubmittedAsync(Enumerable.Range(0, Lines).Select(i => (i, Amount(0, i))))).GetProperty("id").GetGuid();
            lists.Add(stranded);
            var reviewer = await setup.WithDbAsync(d => d.Set<Operator>().Where(o => o.OutletCode == desk.Outlet && o.LoginName == desk.Colleague).Select(o => o.Id).SingleAsync());
            // What the review's transaction commits for a big list; the host then died before it enqueued the job.
            await setup.WithDbAsync(d => d.Set<BatchTopUpList>().Where(l => l.Id == stranded).ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Status, BatchTopUpStatus.Executing).SetProperty(l => l.ReviewerId, reviewer)
                .SetProperty(l => l.ReviewerLogin, desk.Colleague).SetProperty(l => l.ReviewedAt, DateTime.UtcNow)));
        }

        CrashHostKit.ClearPools(provider);
        output.WriteLine($"set-up: {clock.Elapsed.TotalSeconds:0.0} s");
        string? token = null;
        var unknownReviews = new List<Guid>();
        var killedMidJob = new List<Guid>();
        var review = new { review = new { loginName = desk.Colleague, password = CounterTestKit.Password } };
        for (var cycle = 0; cycle < Kills; cycle++)
        {
            using var host = await HostProcess.StartAsync(provider, connectionString, AdminAppFactory.AdminPassword, TimeSpan.FromSeconds(90), settings);
            token ??= await CrashHostKit.TokenAsync(host.Address, desk.Outlet, desk.Maker, CounterTestKit.Password);
            using var client = CrashHostKit.Client(host.Address, token, TimeSpan.FromMinutes(3));
            var k = lists.Count;
            var submitted = await client.PostAsJsonAsync("/api/batch-topups", new
            {
                customer = desk.CustomerCode, lines = Enumerable.Range(0, Lines).Select(i => new { card = desk.Cards[i].Number, amount = Amount(k, i) }).ToList(),
            });
            Assert.True(submitted.StatusCode == HttpStatusCode.Created, $"submit: {(int)submitted.StatusCode} {await submitted.Content.ReadAsStringAsync()}");
            var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            lists.Add(id);

            var point = (KillPoint)(cycle % 4);
            if (point == KillPoint.MidJob)
            {
                await File.WriteAllTextAsync(Path.Combine(pauses, $"{id:N}.pause"), "");
            }

            var reviewing = client.PostAsJsonAsync($"/api/batch-topups/{id}/review", review);
            string seen;
            if (point == KillPoint.ReviewInFlight)
            {
                await Task.Delay(Random.Shared.Next(0, 400));
                seen = reviewing.IsCompleted ? "answered before the kill" : "in flight";
            }
            else
            {
                var answer = await reviewing;
                Assert.True(answer.StatusCode == HttpStatusCode.Accepted, $"review: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
                JsonElement list = default;
                if (point == KillPoint.MidJob)
                {
                    // The job waited for the review to finish its writes (on SQLite the paused transaction holds the one write
                    // lock); now it starts and holds at its pause point, its transaction open, until the kill: the kill lands inside it.
                    await File.WriteAllTextAsync(Path.Combine(pauses, $"{id:N}.start"), "");
                    var paused = Path.Combine(pauses, $"{id:N}.paused");
                    Assert.True(await CrashHostKit.WaitUntilAsync(() => File.Exists(paused), TimeSpan.FromMinutes(3)), $"list {k}: the job did not reach its pause point\n{host.Log}");
                    var done = int.Parse(await File.ReadAllTextAsync(paused), System.Globalization.CultureInfo.InvariantCulture);
                    Assert.InRange(done, PauseAfter, Lines - 1);
                    list = await client.GetFromJsonAsync<JsonElement>($"/api/batch-topups/{id}");
                    var job = list.GetProperty("job");
                    Assert.True(list.GetProperty("status").GetString() == "Executing" && job.GetProperty("status").GetString() == "Running"
                        && job.GetProperty("done").GetInt32() == done && job.GetProperty("total").GetInt32() == Lines, $"list {k} paused after {done} lines shows {list}");
                    killedMidJob.Add(id);
                }
                else if (point == KillPoint.JustExecuted)
                {
                    await CrashHostKit.PollUntilAsync(async () =>
                    {
                        list = await client.GetFromJsonAsync<JsonElement>($"/api/batch-topups/{id}");
                        return list.GetProperty("status").GetString() != "Executing";
                    }, TimeSpan.FromMinutes(3));
                }

                seen = list.ValueKind == JsonValueKind.Object ? $"{list.GetProperty("status")}, job {list.GetProperty("job")}" : "202";
            }

            host.Kill();
            if (point == KillPoint.ReviewInFlight)
            {
                unknownReviews.Add(id);
                try
                {
                    var answer = await reviewing;
                    Assert.True(answer.StatusCode == HttpStatusCode.Accepted, $"review: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
                }
                catch (HttpRequestException)
                {
                    // It died with the host: its outcome is unknown.
                }
            }

            output.WriteLine($"kill {cycle + 1} ({point}): list {lists.Count - 1} {seen}; {clock.Elapsed.TotalSeconds:0.0} s");
        }

        // The last start: lists whose review died unanswered and did not commit are reviewed again; every list then ends.
        using (var host = await HostProcess.StartAsync(provider, connectionString, AdminAppFactory.AdminPassword, TimeSpan.FromSeconds(90), settings))
        {
            using var client = CrashHostKit.Client(host.Address, token!, TimeSpan.FromMinutes(3));
            foreach (var id in unknownReviews)
            {
                var list = await client.GetFromJsonAsync<JsonElement>($"/api/batch-topups/{id}");
                if (list.GetProperty("status").GetString() == "Submitted")
                {
                    var again = await client.PostAsJsonAsync($"/api/batch-topups/{id}/review", review);
                    Assert.True(again.StatusCode == HttpStatusCode.Accepted, $"review again: {(int)again.StatusCode} {await again.Content.ReadAsStringAsync()}");
                    output.WriteLine($"list {lists.IndexOf(id)}: its review had not committed; reviewed again");
                }
            }

            foreach (var id in lists)
            {
                JsonElement list = default;
                var ended = await CrashHostKit.PollUntilAsync(async () =>
                {
                    list = await client.GetFromJsonAsync<JsonElement>($"/api/batch-topups/{id}");
                    return list.GetProperty("status").GetString() != "Executing"
                        && list.GetProperty("job") is { ValueKind: JsonValueKind.Object } job && job.GetProperty("status").GetString() is "Succeeded" or "Failed";
                }, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(1));
                Assert.True(ended, $"list {lists.IndexOf(id)} did not finish: {list}\n{host.Log}");
                output.WriteLine($"list {lists.IndexOf(id)}: {list.GetProperty("status")}, job {list.GetProperty("job")}");
                Assert.Equal("Executed", list.GetProperty("status").GetString());
                Assert.Equal("Succeeded", list.GetProperty("job").GetProperty("status").GetString());
            }

            host.Kill();
        }

        CrashHostKit.ClearPools(provider);
        await using var check = new AdminAppFactory(provider, connectionString, NoJobs);
        var runs = await check.WithDbAsync(d => d.Set<JobRun>().AsNoTracking().Where(r => r.JobType.Contains("BatchTopUp")).ToListAsync());
        foreach (var id in killedMidJob)
        {
            var run = runs.Single(r => r.Key == $"BatchTopUps.Execute:{id:N}");
            Assert.True(run.Attempts > 1 && run.Status == JobStatus.Succeeded, $"list {lists.IndexOf(id)}, killed inside its job, was not recovered: {run.Status} after {run.Attempts} attempts");
        }

        Assert.NotEmpty(killedMidJob);
        Assert.Contains(runs, r => r.Key == $"BatchTopUps.Execute:{stranded:N}" && r.Status == JobStatus.Succeeded);
        var failures = await CheckAsync(check, desk, lists);
        output.WriteLine($"checked in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        Assert.Equal(funds - lists.Select((_, k) => Enumerable.Range(0, Lines).Sum(i => Amount(k, i))).Sum(), await check.BalanceAsync(AccountRef.Customer(desk.CustomerId, desk.OutletId)));
        await check.AssertIntactAsync(await check.AdminApiClientAsync());
    }

    private static async Task<List<string>> CheckAsync(AdminAppFactory app, BatchDesk desk, List<Guid> ids) => await app.WithDbAsync(async d =>
    {
        var failures = new List<string>();
        var lists = await d.Set<BatchTopUpList>().AsNoTracking().Where(l => ids.Contains(l.Id)).ToListAsync();
        var tasks = ids.Select(i => i.ToString("N")).ToList();
        var entries = await d.Set<LedgerEntry>().AsNoTracking().Include(e => e.Lines)
            .Where(e => e.TaskType == "BatchTopUps.Execute" && tasks.Contains(e.TaskId)).ToListAsync();
        var cardIds = desk.Cards.Select(c => c.Id).ToList();
        var accounts = await d.Set<LedgerAccount>().AsNoTracking()
            .Where(a => (a.Kind == AccountKind.Card && cardIds.Contains(a.OwnerId)) || (a.Kind == AccountKind.Customer && a.OwnerId == desk.CustomerId)).ToListAsync();
        var cardOf = accounts.Where(a => a.Kind == AccountKind.Card).ToDictionary(a => a.Id, a => a.OwnerId);
        var customerAccount = accounts.Single(a => a.Kind == AccountKind.Customer).Id;
        var numbers = lists.Select(l => l.Number).ToList();
        var executions = (await d.Set<AuditEvent>().AsNoTracking().Where(e => e.Action == "BatchTopUp.Execute" && numbers.Contains(e.EntityId!))
            .Select(e => e.EntityId).ToListAsync()).ToLookup(n => n);
        var expectedOnCard = new Dictionary<Guid, decimal>();
        foreach (var (id, k) in ids.Select((id, k) => (id, k)))
        {
            var list = lists.Single(l => l.Id == id);
            var mine = entries.Where(e => e.TaskId == id.ToString("N")).OrderBy(e => e.Id).ToList();
            if (list.Status != BatchTopUpStatus.Executed || list.FirstEntryId != mine.FirstOrDefault()?.Id || list.LastEntryId != mine.LastOrDefault()?.Id)
            {
                failures.Add($"list {k} {list.Number} is {list.Status}, entries {list.FirstEntryId}..{list.LastEntryId}, found [{string.Join(",", mine.Select(e => e.Id))}]");
            }

            if (mine.Count != (Lines + 98) / 99 || executions[list.Number].Count() != 1)
            {
                failures.Add($"list {k} {list.Number}: {mine.Count} entries (expected {(Lines + 98) / 99}), {executions[list.Number].Count()} execution audit records");
            }

            var lines = mine.SelectMany(e => e.Lines).ToList();
            var debited = lines.Where(l => l.AccountId == customerAccount).Sum(l => l.Amount) / 100m;
            var credited = lines.Where(l => cardOf.ContainsKey(l.AccountId)).GroupBy(l => cardOf[l.AccountId]).ToDictionary(g => g.Key, g => (Count: g.Count(), Sum: -g.Sum(l => l.Amount) / 100m));
            var total = Enumerable.Range(0, Lines).Sum(i => Amount(k, i));
            if (debited != total || lines.Count != Lines + mine.Count || credited.Count != Lines)
            {
                failures.Add($"list {k} {list.Number}: customer debited {debited} of {total}; {lines.Count} ledger lines; {credited.Count} cards credited of {Lines}");
            }

            for (var i = 0; i < Lines; i++)
            {
                var card = desk.Cards[i].Id;
                expectedOnCard[card] = expectedOnCard.GetValueOrDefault(card) + Amount(k, i);
                if (!credited.TryGetValue(card, out var c) || c.Count != 1 || c.Sum != Amount(k, i))
                {
                    failures.Add($"list {k} {list.Number} line {i + 1}: card {desk.Cards[i].Number} credited {(credited.TryGetValue(card, out var x) ? $"{x.Count}× summing {x.Sum}" : "never")}, the line says {Amount(k, i)}");
                }
            }
        }

        foreach (var a in accounts.Where(a => a.Kind == AccountKind.Card))
        {
            if (a.Balance / 100m != expectedOnCard.GetValueOrDefault(a.OwnerId))
            {
                failures.Add($"card {a.OwnerId}: balance {a.Balance} fen, the lists put {expectedOnCard.GetValueOrDefault(a.OwnerId)} on it");
            }
        }

        return failures;
    });
}

public sealed class BatchCrashTests_Postgres(ITestOutputHelper output) : BatchCrashTests(output)
{
    protected override int Kills => 4;

    protected override string Provider => "Postgres";
}

public sealed class BatchCrashTests_Sqlite(ITestOutputHelper output) : BatchCrashTests(output)
{
    protected override int Kills => 4;

    protected override string Provider => "Sqlite";
}
