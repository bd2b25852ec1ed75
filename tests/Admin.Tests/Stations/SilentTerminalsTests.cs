using System.Net;
using Admin.Kernel.Audit;
using Admin.Kernel.Jobs;
using Admin.Modules.Checks.Contracts;
using Admin.Modules.Stations.Models;
using Admin.Modules.Stations.Services;
using Admin.Tests.CardService;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Admin.Tests.Stations;

/// <summary>
/// The recurring check of silent terminals (kernel <c>RecurringJobs</c>, Quartz) with the host's clock moved past
/// <c>Stations.SilentMinutes</c>: a terminal that did not call is flagged, one that called is not; the flag shows on the terminals' API
/// and screen and in the Checks module's findings, and ends when the terminal calls again.
/// </summary>
public abstract class SilentTerminalsTests(DatabaseFixture db, MovableClock clock)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task TheRecurringJob_FlagsASilentTerminal_NotATalkingOne_ShowsItInTheChecksFindings_AndEndsItWhenTheTerminalCalls()
    {
        var outlet = await App.CreateOutletAsync();
        var quiet = await StationsTestKit.TerminalAsync(await App.AdminApiClientAsync(), outlet);
        var talking = await StationsTestKit.TerminalAsync(await App.AdminApiClientAsync(), outlet);

        clock.Advance(TimeSpan.FromMinutes(121));
        var admin = await App.AdminApiClientAsync();
        var gateway = await StationsTestKit.GatewayAsync(App);
        await (await gateway.GetAsync($"/api/stations/blocklist?terminal={talking.Terminal}&since=0")).JsonOkAsync();
        await RunTheJobAsync();
        var flagged = await WaitAsync(() => SilencesAsync(quiet.Terminal), s => s.Count == 1);

        var quietApi = await (await admin.GetAsync($"/api/terminals/{quiet.Terminal}")).JsonOkAsync();
        var talkingApi = await (await admin.GetAsync($"/api/terminals/{talking.Terminal}")).JsonOkAsync();
        var list = await (await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword)).GetStringAsync($"/stations/terminals?q={quiet.Terminal}");
        var now = clock.GetUtcNow().UtcDateTime;
        var findings = await App.WithScopeAsync(sp => sp.GetServices<ICheckRule>().Single(r => r.Code == "Stations.SilentTerminals")
            .RunAsync(new CheckSpan(DateOnly.FromDateTime(now).AddDays(-1), DateOnly.FromDateTime(now), now.AddDays(-1), now.AddMinutes(1), TimeSpan.Zero), CancellationToken.None));

        Assert.Null(Assert.Single(flagged).EndedAt);
        Assert.Empty(await SilencesAsync(talking.Terminal));
        Assert.True(quietApi.GetProperty("terminal").GetProperty("silent").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.String, quietApi.GetProperty("terminal").GetProperty("flaggedSilentAt").ValueKind);
        Assert.Single(quietApi.GetProperty("silences").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, talkingApi.GetProperty("terminal").GetProperty("flaggedSilentAt").ValueKind);
        Assert.False(talkingApi.GetProperty("terminal").GetProperty("silent").GetBoolean());
        Assert.Contains("data-flagged=\"true\"", list);
        Assert.Contains(findings, f => f.Args[0] == quiet.Terminal);
        Assert.DoesNotContain(findings, f => f.Args[0] == talking.Terminal);
        Assert.Equal(RecurringJobs.LoginOf(SilentTerminalsJob.Key), await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking()
            .Where(e => e.Action == "Terminal.FlagSilent" && e.EntityId == quiet.Terminal).Select(e => e.OperatorLogin).SingleAsync()));

        // The quiet terminal calls; the next check ends its silence and flags nothing new.
        await (await gateway.GetAsync($"/api/stations/blocklist?terminal={quiet.Terminal}&since=0")).JsonOkAsync();
        await RunTheJobAsync();
        var ended = await WaitAsync(() => SilencesAsync(quiet.Terminal), s => s.Count == 1 && s[0].EndedAt is not null);
        Assert.NotNull(Assert.Single(ended).EndedAt);
        Assert.Empty(await SilencesAsync(talking.Terminal));
    }

    private async Task RunTheJobAsync()
    {
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetTrigger(new TriggerKey(SilentTerminalsJob.Key, QuartzJobs.Group)));
        await scheduler.TriggerJob(new JobKey(SilentTerminalsJob.Key, QuartzJobs.Group), new JobDataMap(), CancellationToken.None);
    }

    private Task<List<TerminalSilence>> SilencesAsync(string terminal) =>
        App.WithDbAsync(d => d.Set<TerminalSilence>().AsNoTracking().Where(s => d.Set<Terminal>().Any(t => t.Id == s.TerminalId && t.TerminalId == terminal)).ToListAsync());

    private static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        T value;
        do
        {
            await Task.Delay(250);
            value = await read();
        }
        while (!done(value) && DateTime.UtcNow < until);

        return value;
    }
}

public sealed class SilentTerminalsTests_Sqlite(MovableClockSqlite db) : SilentTerminalsTests(db, db.Clock), IClassFixture<MovableClockSqlite>;

public sealed class SilentTerminalsTests_Postgres(MovableClockPostgres db) : SilentTerminalsTests(db, db.Clock), IClassFixture<MovableClockPostgres>;
