using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Counter.Models;
using Admin.Modules.Reviews.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Admin.Tests.Security;

/// <summary>
/// Crash suite: the built host runs as a separate process while several clients collect fees (some with a waived fee, so
/// with a colleague's review), receive cheques (some above the review limit) and clear them; the host is killed with SIGKILL
/// at random moments, many times, and restarted. Afterwards, on the database itself: every write answered 2xx is there;
/// no task is half-written (a collection without its lines, audit record or authorisation, a cleared cheque without its
/// credit, history or audit record, an authorisation without its task); receipt numbers per outlet run 1..n with no gap and
/// the counters agree; every balance is the sum of its history; and <c>GET /api/audit/authorisations/verify</c> says every
/// chain is intact.
/// </summary>
public abstract class CrashTests(ITestOutputHelper output)
{
    private const int OutletCount = 2;
    private const int ClientsPerOutlet = 3;

    /// <summary>How many times the host is killed.</summary>
    protected abstract int Kills { get; }

    /// <summary>"Sqlite" or "Postgres".</summary>
    protected abstract string Provider { get; }

    private sealed record Clerk(string Outlet, string Login, string Reviewer, string Customer);

    private sealed record AckedFee(Guid Id, string Receipt, decimal Total, bool Reviewed);

    private sealed record AckedCheque(Guid Id, string Receipt, decimal Amount, bool Reviewed);

    /// <summary>What the clients saw: acknowledged writes, outcomes not known (the host died under the request), answers by status.</summary>
    private sealed class Ledger
    {
        public ConcurrentBag<AckedFee> Fees { get; } = [];
        public ConcurrentBag<AckedCheque> Received { get; } = [];
        public ConcurrentBag<Guid> Cleared { get; } = [];
        public ConcurrentDictionary<string, int> Answers { get; } = new();
        public ConcurrentBag<string> Unexpected { get; } = [];
        public ConcurrentDictionary<string, int> Errors { get; } = new();
        public int Unknown;

        public int Acknowledged => Fees.Count + Received.Count + Cleared.Count;

        public void Count(string what) => Answers.AddOrUpdate(what, 1, (_, n) => n + 1);
    }

    [Fact]
    public async Task KilledHost_LosesNoAcknowledgedWrite_AndLeavesNoHalfWrittenTask()
    {
        await using var database = await CrashDatabase.CreateAsync(Provider, "crash");
        await RunAsync(database.Provider, database.ConnectionString);
    }

    private async Task RunAsync(string provider, string connectionString)
    {
        var clock = Stopwatch.StartNew();

        // Set-up through an in-process host on the same database: migrations, the setup recipe, outlets, operators, customers.
        var counters = new List<Clerk>();
        await using (var setup = new AdminAppFactory(provider, connectionString))
        {
            for (var o = 0; o < OutletCount; o++)
            {
                var outlet = await setup.CreateOutletAsync();
                var reviewer = await setup.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
                for (var c = 0; c < ClientsPerOutlet; c++)
                {
                    var (_, login, client) = await setup.OutletOperatorAsync(outlet);
                    var customer = (await client.CreateCustomerAsync($"Crash customer {o}-{c}")).GetProperty("code").GetString()!;
                    counters.Add(new Clerk(outlet, login, reviewer, customer));
                }
            }
        }

        CrashHostKit.ClearPools(provider);
        output.WriteLine($"set-up: {clock.Elapsed.TotalSeconds:0.0} s");

        var ledger = new Ledger();
        var tokens = new Dictionary<string, string>();
        var random = new Random();
        var queues = counters.Select(_ => new Queue<AckedCheque>()).ToList(); // each clerk's received cheques, not yet cleared
        for (var cycle = 0; cycle <= Kills; cycle++)
        {
            using var host = await HostProcess.StartAsync(provider, connectionString, AdminAppFactory.AdminPassword, TimeSpan.FromSeconds(90));
            if (tokens.Count == 0)
            {
                // Signed in once: the tokens must survive the kills (data-protection keys and sessions are in the database).
                tokens["admin"] = await CrashHostKit.TokenAsync(host.Address, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
                foreach (var c in counters)
                {
                    tokens[c.Login] = await CrashHostKit.TokenAsync(host.Address, c.Outlet, c.Login, CounterTestKit.Password);
                }
            }

            if (cycle == Kills)
            {
                await VerifyChainsThroughTheHostAsync(host.Address, tokens["admin"]);
                host.Kill();
                break;
            }

            using var stop = new CancellationTokenSource();
            var workers = counters.Select((c, i) => Task.Run(() => WorkAsync(host.Address, tokens[c.Login], c, queues[i], ledger, new Random(cycle * 100 + i), stop.Token))).ToList();
            // Kill once the host is busy writing (its first answers in this run come after JIT and warm-up), a little later.
            var before = ledger.Acknowledged;
            // Under a loaded CI machine the host may be slow: wait for real progress (clears included), not for a fixed time.
            await CrashHostKit.WaitUntilAsync(() => ledger.Acknowledged >= before + 4 && ledger.Cleared.Count >= Math.Min(cycle, 3), TimeSpan.FromSeconds(60));

            await Task.Delay(random.Next(0, 1000));
            host.Kill(); // mid-flight: the workers' requests in progress die with it
            stop.Cancel();
            await Task.WhenAll(workers);
            output.WriteLine($"kill {cycle + 1}: {ledger.Fees.Count} collections, {ledger.Received.Count} cheques, {ledger.Cleared.Count} clears acknowledged so far; {ledger.Unknown} outcomes unknown; {clock.Elapsed.TotalSeconds:0.0} s");
        }

        output.WriteLine("requests whose outcome is unknown: " + string.Join("; ", ledger.Errors.OrderByDescending(e => e.Value).Take(6).Select(e => $"{e.Value}× {e.Key}")));
        output.WriteLine("answers: " + string.Join(", ", ledger.Answers.OrderBy(a => a.Key).Select(a => $"{a.Key} {a.Value}")));
        Assert.True(ledger.Unexpected.IsEmpty, "Unexpected answers:\n" + string.Join("\n", ledger.Unexpected.Take(20)));
        Assert.True(ledger.Fees.Count > 10 && ledger.Received.Count > 5 && ledger.Cleared.Count > 2, "Too little work was done between the kills to prove anything.");
        Assert.True(ledger.Unknown > 0, "No request was in flight when the host was killed.");

        CrashHostKit.ClearPools(provider);
        await using var check = new AdminAppFactory(provider, connectionString);
        var failures = await CheckDatabaseAsync(check, counters.Select(c => c.Outlet).Distinct().ToList(), ledger);
        output.WriteLine($"checked in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    private static async Task VerifyChainsThroughTheHostAsync(Uri host, string adminToken)
    {
        using var client = new HttpClient { BaseAddress = host };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        var response = await client.GetAsync("/api/audit/authorisations/verify");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"verify answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("intact").GetBoolean(), $"The authorisation chains do not verify after the kills: {body}");
    }

    /// <summary>One counter clerk: fee collections (a quarter with a waived card fee and a colleague's review), cheques (a fifth above the limit, reviewed), clears of their own cheques.</summary>
    private static async Task WorkAsync(Uri host, string token, Clerk me, Queue<AckedCheque> toClear, Ledger ledger, Random random, CancellationToken stop)
    {
        using var client = CrashHostKit.Client(host, token);
        var review = new { loginName = me.Reviewer, password = CounterTestKit.Password };
        while (!stop.IsCancellationRequested)
        {
            var roll = random.Next(100);
            string what;
            Task<HttpResponseMessage> send;
            AckedCheque? clearing = null;
            if (roll < 55)
            {
                var waived = roll < 15;
                what = waived ? "fee reviewed" : "fee";
                send = client.PostAsJsonAsync("/api/counter/fee-collections", new
                {
                    customer = me.Customer, paymentMethod = "Cash", review = waived ? review : null,
                    items = new[] { new { fee = "CARD", quantity = 1, collected = waived ? 0.00m : 20.00m }, new { fee = "DEPOSIT", quantity = 1, collected = 30.00m } },
                });
            }
            else if (roll < 75 || toClear.Count == 0)
            {
                var large = roll % 5 == 0;
                what = large ? "cheque reviewed" : "cheque";
                var amount = large ? 60_000.00m + random.Next(0, 1000) : 100.00m + random.Next(0, 100_000) / 100m;
                send = client.PostAsJsonAsync("/api/cheques", new
                {
                    customer = me.Customer, number = random.NextInt64(10_000_000_000, 99_999_999_999).ToString(CultureInfo.InvariantCulture),
                    drawerName = "Lin Hua Trading Co.", drawerBank = "ICBC Guangzhou Tianhe", drawerAccount = "3602000109000012345", amount,
                    chequeDate = DateOnly.FromDateTime(DateTime.UtcNow.AddMinutes(480)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    review = large ? review : null,
                });
            }
            else
            {
                clearing = toClear.Dequeue();
                what = "clear";
                send = client.PostAsJsonAsync($"/api/cheques/{clearing.Id}/clear", new { });
            }

            HttpResponseMessage response;
            string body;
            try
            {
                response = await send;
                body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                // The host died under this request (or before it): its outcome is unknown, either way is allowed.
                Interlocked.Increment(ref ledger.Unknown);
                ledger.Errors.AddOrUpdate($"{(stop.IsCancellationRequested ? "after" : "before")} the kill: {ex.GetType().Name}: {ex.Message}", 1, (_, n) => n + 1);
                if (stop.IsCancellationRequested)
                {
                    return;
                }

                await Task.Delay(20, CancellationToken.None);
                continue;
            }

            ledger.Count($"{what} {(int)response.StatusCode}");
            if (!response.IsSuccessStatusCode)
            {
                ledger.Unexpected.Add($"{what} by {me.Login}: {(int)response.StatusCode} {body}");
                continue;
            }

            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            switch (what)
            {
                case "fee":
                case "fee reviewed":
                    ledger.Fees.Add(new AckedFee(root.GetProperty("id").GetGuid(), root.GetProperty("receipt").GetString()!, root.GetProperty("total").GetDecimal(), what == "fee reviewed"));
                    break;
                case "cheque":
                case "cheque reviewed":
                    var cheque = new AckedCheque(root.GetProperty("id").GetGuid(), root.GetProperty("receiptNumber").GetString()!, root.GetProperty("amount").GetDecimal(), what == "cheque reviewed");
                    ledger.Received.Add(cheque);
                    toClear.Enqueue(cheque);
                    break;
                default:
                    ledger.Cleared.Add(clearing!.Id);
                    break;
            }
        }
    }

    private static async Task<List<string>> CheckDatabaseAsync(AdminAppFactory app, List<string> outlets, Ledger ledger) => await app.WithDbAsync(async d =>
    {
        var failures = new List<string>();
        var fees = await d.Set<FeeCollection>().AsNoTracking().Include(f => f.Lines).Where(f => outlets.Contains(f.OutletCode)).ToListAsync();
        var cheques = await d.Set<Cheque>().AsNoTracking().Where(c => outlets.Contains(c.OutletCode)).ToListAsync();
        var chequeIds = cheques.Select(c => c.Id).ToList();
        var events = (await d.Set<ChequeEvent>().AsNoTracking().Where(e => chequeIds.Contains(e.ChequeId)).ToListAsync()).ToLookup(e => e.ChequeId);
        var grants = await d.Set<Authorisation>().AsNoTracking().Where(a => outlets.Contains(a.OutletCode)).ToListAsync();
        var audits = (await d.Set<AuditEvent>().AsNoTracking().Where(e => e.Action == "FeeCollection.Create" || e.Action == "Cheque.Receive" || e.Action == "Cheque.Clear")
            .Select(e => new { e.Action, e.EntityId }).ToListAsync()).ToLookup(e => (e.Action, e.EntityId));
        var customers = await d.Set<Customer>().AsNoTracking().Where(c => outlets.Contains(c.OutletCode)).ToListAsync();
        var customerIds = customers.Select(c => c.Id).ToList();
        var accounts = await d.Set<Admin.Modules.Ledger.Models.LedgerAccount>().AsNoTracking().Where(a => customerIds.Contains(a.OwnerId)).ToListAsync();
        var accountIds = accounts.Select(a => a.Id).ToList();
        var lineSums = (await d.Set<Admin.Modules.Ledger.Models.LedgerLine>().AsNoTracking().Where(l => accountIds.Contains(l.AccountId)).ToListAsync())
            .GroupBy(l => l.AccountId).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        var customerAccounts = accounts.Where(a => a.Kind == Admin.Modules.Ledger.Contracts.AccountKind.Customer).Select(a => a.Id).ToList();
        var chequeTasks = chequeIds.Select(i => i.ToString()).ToList();
        // A clearing's credit: the customer-account line of the cheque's clearing entry (in CNY, credit positive).
        var credits = (await (from e in d.Set<Admin.Modules.Ledger.Models.LedgerEntry>().AsNoTracking()
                              join l in d.Set<Admin.Modules.Ledger.Models.LedgerLine>().AsNoTracking() on e.Id equals l.EntryId
                              where e.TaskType == "Cheques.Clear" && chequeTasks.Contains(e.TaskId) && customerAccounts.Contains(l.AccountId)
                              select new { e.TaskId, l.Amount }).ToListAsync()).ToLookup(x => x.TaskId, x => -x.Amount / 100m);
        var sequences = await d.Set<OutletSequence>().AsNoTracking().ToListAsync();
        var grantsByTask = grants.Where(a => a.Result == AuthorisationResult.Granted).ToLookup(a => a.TaskId);

        // Every acknowledged write is there, as answered.
        var feesById = fees.ToDictionary(f => f.Id);
        foreach (var acked in ledger.Fees)
        {
            if (!feesById.TryGetValue(acked.Id, out var f))
            {
                failures.Add($"acknowledged collection {acked.Receipt} is missing");
            }
            else if (f.Receipt != acked.Receipt || f.Total != acked.Total || (f.ReviewerLogin is not null) != acked.Reviewed)
            {
                failures.Add($"acknowledged collection {acked.Receipt} reads {f.Receipt}, total {f.Total}, reviewer {f.ReviewerLogin}");
            }
        }

        var chequesById = cheques.ToDictionary(c => c.Id);
        foreach (var acked in ledger.Received)
        {
            if (!chequesById.TryGetValue(acked.Id, out var c))
            {
                failures.Add($"acknowledged cheque {acked.Receipt} is missing");
            }
            else if (c.Receipt != acked.Receipt || c.Amount != acked.Amount)
            {
                failures.Add($"acknowledged cheque {acked.Receipt} reads {c.Receipt}, {c.Amount}");
            }
        }

        foreach (var id in ledger.Cleared)
        {
            if (!chequesById.TryGetValue(id, out var c) || c.Status != ChequeStatus.Cleared)
            {
                failures.Add($"acknowledged clear of cheque {id} is not there (status {(chequesById.TryGetValue(id, out var x) ? x.Status.ToString() : "missing")})");
            }
        }

        // No half-written collection.
        foreach (var f in fees)
        {
            using var summary = JsonDocument.Parse(f.Summary);
            if (f.Lines.Count == 0 || f.Lines.Count != summary.RootElement.GetProperty("items").GetArrayLength() || f.Lines.Sum(l => l.CollectedAmount) != f.Total)
            {
                failures.Add($"collection {f.Receipt} has {f.Lines.Count} lines summing to {f.Lines.Sum(l => l.CollectedAmount)} for a total of {f.Total}");
            }

            if (audits[("FeeCollection.Create", f.Receipt)].Count() != 1)
            {
                failures.Add($"collection {f.Receipt} has {audits[("FeeCollection.Create", f.Receipt)].Count()} audit records");
            }

            var granted = grantsByTask[f.Id.ToString()].Count();
            if (granted != (f.ReviewerLogin is null ? 0 : 1))
            {
                failures.Add($"collection {f.Receipt} (reviewer {f.ReviewerLogin}) has {granted} granted authorisations");
            }
        }

        // No half-written cheque: receipt with its history, audit and authorisation; a clear with its credit, history and audit.
        foreach (var c in cheques)
        {
            var history = events[c.Id].ToList();
            var receive = history.Where(e => e.Kind == "Receive").ToList();
            var clears = history.Where(e => e.Kind == "Clear").ToList();
            var credited = credits[c.Id.ToString()].ToList();
            if (receive.Count != 1 || audits[("Cheque.Receive", c.Receipt)].Count() != 1)
            {
                failures.Add($"cheque {c.Receipt}: {receive.Count} receive events, {audits[("Cheque.Receive", c.Receipt)].Count()} receive audit records");
            }

            var reviewed = receive.Count == 1 && receive[0].ReviewerLogin is not null;
            if (grantsByTask[c.Id.ToString()].Count() != (reviewed ? 1 : 0) || (c.Amount > 50_000m) != reviewed)
            {
                failures.Add($"cheque {c.Receipt} of {c.Amount} (reviewed: {reviewed}) has {grantsByTask[c.Id.ToString()].Count()} granted authorisations");
            }

            if (c.Status == ChequeStatus.Cleared)
            {
                if (clears.Count != 1 || clears[0].BalanceChange != c.Amount || credited.Count != 1 || credited[0] != c.Amount
                    || audits[("Cheque.Clear", c.Receipt)].Count() != 1 || c.ClearedAt is null)
                {
                    failures.Add($"cleared cheque {c.Receipt} of {c.Amount}: {clears.Count} clear events, credits [{string.Join(", ", credited)}], {audits[("Cheque.Clear", c.Receipt)].Count()} clear audit records");
                }
            }
            else if (clears.Count != 0 || credited.Count != 0 || audits[("Cheque.Clear", c.Receipt)].Any() || c.Status != ChequeStatus.Received)
            {
                failures.Add($"cheque {c.Receipt} is {c.Status} but has {clears.Count} clear events, {credited.Count} credits, {audits[("Cheque.Clear", c.Receipt)].Count()} clear audit records");
            }
        }

        // No authorisation without its task (a grant from a task that was rolled back would be one).
        var taskIds = fees.Select(f => f.Id.ToString()).Concat(cheques.Select(c => c.Id.ToString())).ToHashSet();
        foreach (var a in grants.Where(a => a.Result == AuthorisationResult.Granted && !taskIds.Contains(a.TaskId ?? "")))
        {
            failures.Add($"granted authorisation {a.OutletCode}#{a.Sequence} for task {a.TaskType} {a.TaskId}, which does not exist");
        }

        // Per outlet: receipt numbers 1..n with no gap or duplicate, the counters at n, the authorisation sequence 1..n.
        foreach (var outlet in outlets)
        {
            var outletId = fees.FirstOrDefault(f => f.OutletCode == outlet)?.OutletId ?? cheques.FirstOrDefault(c => c.OutletCode == outlet)?.OutletId;
            CheckRun(failures, $"{outlet} fee receipts", fees.Where(f => f.OutletCode == outlet).Select(f => f.ReceiptNumber).ToList(),
                sequences.FirstOrDefault(s => s.OutletId == outletId && s.Name == "receipt")?.Value);
            CheckRun(failures, $"{outlet} cheque receipts", cheques.Where(c => c.OutletCode == outlet).Select(c => c.ReceiptNumber).ToList(),
                sequences.FirstOrDefault(s => s.OutletId == outletId && s.Name == "cheque")?.Value);
            CheckRun(failures, $"{outlet} authorisation sequence", grants.Where(a => a.OutletCode == outlet).Select(a => a.Sequence).ToList(), null);
        }

        // Every customer's ledger balance is the sum of its lines (kept on the credit side: minus the lines' sum).
        foreach (var a in accounts)
        {
            var sum = lineSums.GetValueOrDefault(a.Id);
            var expected = Admin.Modules.Ledger.Contracts.ChartOfAccounts.Of(a.Kind).Sign * sum;
            if (a.Balance != expected)
            {
                failures.Add($"ledger account {a.Id} ({a.Kind} of {a.OwnerId}): balance {a.Balance} fen, lines say {expected}");
            }
        }

        return failures;
    });

    private static void CheckRun(List<string> failures, string what, List<long> numbers, long? counter)
    {
        numbers.Sort();
        for (var i = 0; i < numbers.Count; i++)
        {
            if (numbers[i] != i + 1)
            {
                failures.Add($"{what}: expected 1..{numbers.Count} with no gap, found {numbers[i]} at position {i + 1}");
                return;
            }
        }

        if (counter is { } value && value != numbers.Count)
        {
            failures.Add($"{what}: the counter is at {value}, {numbers.Count} numbers were written");
        }
    }
}

public sealed class CrashTests_Postgres(ITestOutputHelper output) : CrashTests(output)
{
    protected override int Kills => 8;

    protected override string Provider => "Postgres";
}

public sealed class CrashTests_Sqlite(ITestOutputHelper output) : CrashTests(output)
{
    protected override int Kills => 6;

    protected override string Provider => "Sqlite";
}
