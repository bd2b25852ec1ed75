using Admin.Kernel.Data;
using Admin.Kernel.Jobs;
using Admin.Modules.BatchTopUps.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Admin.Modules.BatchTopUps.Services;

/// <summary>
/// At start-up, enqueues the job of every list left Executing (a crash between the review's commit and the enqueue leaves
/// one without a job). Enqueuing is idempotent by key: a list whose job exists or ran is left alone; the job itself runs
/// the list once (it checks the list is still Executing, in the transaction that executes it).
/// </summary>
internal sealed class BatchTopUpRecovery(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
        var jobs = scope.ServiceProvider.GetRequiredService<IJobs>();
        var waiting = await db.Set<BatchTopUpList>().AsNoTracking().Where(l => l.Status == BatchTopUpStatus.Executing)
            .Select(l => new { l.Id, l.ReviewerId, l.ReviewerLogin, l.OutletId, l.OutletCode, l.Reruns }).ToListAsync(cancellationToken);
        foreach (var l in waiting)
        {
            var runAs = new JobOperator(l.ReviewerId ?? Guid.Empty, l.ReviewerLogin ?? "", l.OutletId, l.OutletCode);
            await jobs.EnqueueAsync<BatchTopUpJob>(BatchTopUpList.KeyOf(l.Id, l.Reruns), new Dictionary<string, string> { ["list"] = l.Id.ToString("D") }, null, runAs, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
