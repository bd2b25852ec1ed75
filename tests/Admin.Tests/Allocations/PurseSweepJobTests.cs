using System.Net;
using System.Net.Http.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Jobs;
using Admin.Modules.Allocations.Models;
using Admin.Modules.Allocations.Services;
using Admin.Modules.Ledger.Models;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Admin.Tests.Allocations;

/// <summary>
/// The purse sweep as a recurring Quartz job: scheduled at start-up on the interval of its setting, it voids a load left
/// pending past its timeout with nobody touching the card, as the system (<c>job:Allocations.PurseSweep</c>) in the audit
/// trail and the ledger, which the audit screen names "Scheduled job" / 定时任务; while the module is switched off its runs
/// do nothing (the kernel's recurring-job facility checks, not the job).
/// </summary>
public abstract class PurseSweepJobTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task TheRecurringJob_VoidsAnExpiredPendingLoad_WithoutAnyoneTouchingTheCard_AsTheSystem()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 1);
        await w.AllocateAsync((1, 300m));
        var started = await (await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 120m })).Created();
        var id = Guid.Parse(started.GetProperty("id").GetString()!);
        // The reader never answered and the page was closed: the timeout passed (moved into the past rather than waited for).
        await App.WithDbAsync(d => d.Set<PurseTransfer>().Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal((180m, 0m, 120m), await w.CardAsync(App, w.Card(1)));

        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(new TriggerKey(PurseSweepJob.Key, QuartzJobs.Group));
        var simple = Assert.IsAssignableFrom<ISimpleTrigger>(trigger);
        Assert.Equal(TimeSpan.FromSeconds(60), simple.RepeatInterval);
        await scheduler.TriggerJob(new JobKey(PurseSweepJob.Key, QuartzJobs.Group), new JobDataMap(), CancellationToken.None);

        var until = DateTime.UtcNow.AddSeconds(90);
        PurseTransfer transfer;
        do
        {
            await Task.Delay(250);
            transfer = await App.WithDbAsync(d => d.Set<PurseTransfer>().AsNoTracking().SingleAsync(t => t.Id == id));
        }
        while (transfer.Status == PurseTransferStatus.Pending && DateTime.UtcNow < until);

        Assert.Equal(PurseTransferStatus.Voided, transfer.Status);
        Assert.Equal(VoidReason.Timeout, transfer.VoidReason);
        Assert.Equal((300m, 0m, 0m), await w.CardAsync(App, w.Card(1)));
        var login = RecurringJobs.LoginOf(PurseSweepJob.Key);
        var audit = await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().SingleAsync(e => e.EntityId == id.ToString() && e.Action == "Load.Void"));
        Assert.Equal(login, audit.OperatorLogin);
        Assert.Null(audit.OperatorId);
        Assert.Equal(PurseTransfers.TimeoutSummary, audit.Summary);
        var entry = await App.WithDbAsync(d => d.Set<LedgerEntry>().AsNoTracking().SingleAsync(e => e.Id == transfer.SettleEntryId));
        Assert.Equal(login, entry.OperatorLogin);

        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var english = await screen.GetStringAsync($"/admin/audit?operator={Uri.EscapeDataString(login)}");
        Assert.Contains("Scheduled job (Allocations.PurseSweep)", english);
        Assert.Contains("Not completed within the timeout", english);
        using var zh = new HttpRequestMessage(HttpMethod.Get, $"/admin/audit?operator={Uri.EscapeDataString(login)}");
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var chinese = await (await screen.SendAsync(zh)).Content.ReadAsStringAsync();
        Assert.Contains("定时任务 (Allocations.PurseSweep)", chinese);
        Assert.Contains("超时未完成：已作废，款项已退回原处", chinese);
        Assert.Equal(HttpStatusCode.OK, (await w.Desk.Client.GetAsync($"/api/loads/{id}")).StatusCode);
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task TheRecurringJob_WhileAllocationsIsOff_VoidsNothing_AndItsRunSaysWhy()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 1);
        await w.AllocateAsync((1, 300m));
        var started = await (await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 120m })).Created();
        var id = Guid.Parse(started.GetProperty("id").GetString()!);
        await App.WithDbAsync(d => d.Set<PurseTransfer>().Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        var admin = await App.AdminApiClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/modules", new { id = "Allocations", enabled = false })).StatusCode);
        try
        {
            // The kernel's recurring-job facility, not the job, knows the module is off: the run is recorded and does nothing.
            var run = await RunOnceAsync();
            Assert.Equal(JobStatus.Succeeded, run.Status);
            Assert.Equal("the module is disabled", run.Message);
            Assert.Equal(PurseTransferStatus.Pending, await App.WithDbAsync(d => d.Set<PurseTransfer>().Where(t => t.Id == id).Select(t => t.Status).SingleAsync()));
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/modules", new { id = "Allocations", enabled = true })).StatusCode);
        }

        var on = await RunOnceAsync();
        Assert.Equal(JobStatus.Succeeded, on.Status);
        Assert.StartsWith("voided ", on.Message);
        Assert.Equal(PurseTransferStatus.Voided, await App.WithDbAsync(d => d.Set<PurseTransfer>().Where(t => t.Id == id).Select(t => t.Status).SingleAsync()));
    }

    /// <summary>Fires the sweep now and answers its run's row once that run has finished.</summary>
    private async Task<JobRun> RunOnceAsync()
    {
        var before = await App.WithDbAsync(d => d.Set<JobRun>().AsNoTracking().Where(r => r.Key == PurseSweepJob.Key).Select(r => r.Attempts).SingleAsync());
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey(PurseSweepJob.Key, QuartzJobs.Group), new JobDataMap(), CancellationToken.None);
        var until = DateTime.UtcNow.AddSeconds(90);
        JobRun run;
        do
        {
            await Task.Delay(100);
            run = await App.WithDbAsync(d => d.Set<JobRun>().AsNoTracking().SingleAsync(r => r.Key == PurseSweepJob.Key));
        }
        while ((run.Attempts <= before || run.Status == JobStatus.Running) && DateTime.UtcNow < until);

        Assert.True(run.Attempts > before && run.Status != JobStatus.Running, $"the sweep did not run: {run.Status}, {run.Attempts} attempts");
        return run;
    }
}

public sealed class PurseSweepJobTests_Sqlite(SqliteDatabase db) : PurseSweepJobTests(db), IClassFixture<SqliteDatabase>;

public sealed class PurseSweepJobTests_Postgres(PostgresDatabase db) : PurseSweepJobTests(db), IClassFixture<PostgresDatabase>;
