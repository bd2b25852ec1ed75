using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Jobs;
using Admin.Kernel.Time;
using Admin.Modules.Ledger.Models;
using Admin.Tests.Closes;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.TopUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Admin.Tests.Checks;

/// <summary>What the check tests share: a run waited for, its findings by rule, a closed shift and day, a recurring job fired now, the ledger changed behind the console's back.</summary>
internal static class ChecksTestKit
{
    /// <summary>Runs the check over today, for one outlet or (null) the network, as head office, and waits for its job.</summary>
    public static async Task<JsonElement> RunCheckAsync(this AdminAppFactory app, HttpClient admin, string? outlet)
    {
        var today = (await app.WithScopeAsync(sp => sp.GetRequiredService<LocalClock>().TodayAsync())).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var asked = await (await admin.PostAsJsonAsync("/api/checks/runs", new { from = today, to = today, outlet })).JsonAsync(HttpStatusCode.Accepted);
        return await WaitAsync(admin, asked.GetProperty("id").GetString()!);
    }

    /// <summary>The run with its findings once it succeeded (fails the test if it failed or took over 90 s).</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient admin, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var run = await admin.GetFromJsonAsync<JsonElement>($"/api/checks/runs/{id}");
            var status = run.GetProperty("status").GetString();
            if (status == "Succeeded")
            {
                return run;
            }

            Assert.True(status != "Failed", run.ToString());
            Assert.True(DateTime.UtcNow < deadline, "The check's job did not finish: " + run);
            await Task.Delay(200);
        }
    }

    public static List<JsonElement> Findings(JsonElement run, string rule) =>
        run.GetProperty("items").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == rule).ToList();

    /// <summary>A cash top-up for a new customer of the desk; its receipt.</summary>
    public static async Task<JsonElement> CashTopUpAsync(this IssuingDesk desk, decimal amount, string type = "Individual")
    {
        var (_, code) = await desk.CustomerAsync(type);
        return await desk.TopUpAsync(new { customer = code, amount, paymentMethod = "Cash" });
    }

    /// <summary>Closes the desk operator's shift counting <paramref name="counted"/> in cash; a difference is reviewed by the colleague.</summary>
    public static async Task<JsonElement> CloseShiftAsync(this IssuingDesk desk, decimal counted)
    {
        var cash = new Dictionary<string, decimal> { ["Cash"] = counted };
        var first = await desk.Client.CloseShiftAsync(new { counted = cash });
        return first.StatusCode == (HttpStatusCode)428
            ? await (await desk.Client.CloseShiftAsync(new { counted = cash, note = "counted by the test", review = desk.Review })).JsonAsync(HttpStatusCode.Created)
            : await first.JsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Closes the desk's day, handing <paramref name="amount"/> over to head office.</summary>
    public static async Task<JsonElement> CloseDayAsync(this IssuingDesk desk, decimal amount) =>
        await (await desk.Client.CloseDayAsync(new { slipNumber = "BK-" + desk.Outlet, amount })).JsonAsync(HttpStatusCode.Created);

    /// <summary>Fires one of the recurring jobs now (they are scheduled at start-up; the test does not wait for their interval).</summary>
    public static async Task FireJobAsync(this AdminAppFactory app, string key)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetTrigger(new TriggerKey(key, QuartzJobs.Group)));
        await scheduler.TriggerJob(new JobKey(key, QuartzJobs.Group), new JobDataMap(), CancellationToken.None);
    }

    /// <summary>Polls until <paramref name="done"/> holds (at most 90 s).</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            value = await read();
        }

        return value;
    }

    /// <summary>Sets an integer system setting as head office.</summary>
    public static async Task SetIntAsync(HttpClient admin, string key, int value)
    {
        var settings = await (await admin.GetAsync("/api/settings")).Content.ReadFromJsonAsync<JsonElement>();
        var version = settings.EnumerateArray().Single(s => s.GetProperty("key").GetString() == key).GetProperty("version").GetString();
        var response = await admin.PutAsJsonAsync($"/api/settings/{key}", new { value = value.ToString(CultureInfo.InvariantCulture), version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// Moves ledger entries back in time with SQL, as someone with database access would (on PostgreSQL past the
    /// immutability trigger): what the rules must find in data the console itself would refuse to write.
    /// </summary>
    public static Task<int> BackdateEntriesAsync(this AdminAppFactory app, IReadOnlyCollection<long> ids, TimeSpan by) => app.WithDbAsync(async d =>
    {
        var rows = await d.Set<LedgerEntry>().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.At }).ToListAsync();
        return await BehindTheBackAsync(d, async () =>
        {
            foreach (var r in rows)
            {
                var at = r.At - by;
                await d.Set<LedgerEntry>().Where(e => e.Id == r.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.At, at));
            }

            return rows.Count;
        });
    });

    /// <summary>Moves the outlet's shift marks back in time with SQL (the shift then seems closed before its own entries).</summary>
    public static Task<int> BackdateShiftMarksAsync(this AdminAppFactory app, Guid outletId, TimeSpan by) => app.WithDbAsync(async d =>
    {
        var rows = await d.Set<LedgerShiftMark>().AsNoTracking().Where(m => m.OutletId == outletId).Select(m => new { m.Id, m.At }).ToListAsync();
        return await BehindTheBackAsync(d, async () =>
        {
            foreach (var r in rows)
            {
                var at = r.At - by;
                await d.Set<LedgerShiftMark>().Where(m => m.Id == r.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.At, at));
            }

            return rows.Count;
        });
    });

    private static async Task<int> BehindTheBackAsync(Admin.Kernel.Data.AdminDbContext d, Func<Task<int>> change)
    {
        var postgres = d.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);
        await d.Database.OpenConnectionAsync();
        try
        {
            if (postgres)
            {
                await d.Database.ExecuteSqlRawAsync("SET session_replication_role = replica");
            }

            return await change();
        }
        finally
        {
            if (postgres)
            {
                await d.Database.ExecuteSqlRawAsync("SET session_replication_role = DEFAULT");
            }

            await d.Database.CloseConnectionAsync();
        }
    }

    public static Task<Guid> OutletIdAsync(this AdminAppFactory app, string code) =>
        app.WithDbAsync(d => d.Set<Admin.Modules.Outlets.Models.Outlet>().Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    /// <summary>Closes the desk's customer with its cards (reviewed), refunding what remains in cash.</summary>
    public static async Task CloseCustomerAsync(this IssuingDesk desk, Guid customerId) =>
        Assert.Equal(HttpStatusCode.Created, (await desk.PostAsync($"/api/customers/{customerId}/close", new { method = "Cash", review = desk.Review })).StatusCode);
}
