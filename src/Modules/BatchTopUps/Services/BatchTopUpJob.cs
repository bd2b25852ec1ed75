using Admin.Kernel.Data;
using Admin.Kernel.Jobs;
using Admin.Kernel.Results;
using Admin.Modules.BatchTopUps.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.BatchTopUps.Services;

/// <summary>
/// Executes a reviewed big list (status Executing) on Quartz, as the reviewer, in one transaction: every line or none. Run
/// again after a crash it finds the list executed (the conditional update committed with the postings) or still Executing
/// (nothing committed) and does the whole list once. A refused posting moves the list back to Submitted with the reason; an
/// error moves it to Failed with the reason (<see cref="BatchTopUpRerun"/> runs it again).
/// </summary>
internal sealed class BatchTopUpJob(AdminDbContext db, BatchTopUpExecution execution, TaskTransaction transaction, BatchTopUpPausePoint pause) : IAdminJob
{
    public async Task RunAsync(AdminJobContext context, CancellationToken ct)
    {
        if (!context.Data.TryGetValue("list", out var text) || !Guid.TryParse(text, out var id))
        {
            context.Message = "no list named";
            return;
        }

        var list = await db.Set<BatchTopUpList>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (list is null || list.Status != BatchTopUpStatus.Executing)
        {
            context.Message = list is null ? "no such list" : $"nothing to do: the list is {list.Status}";
            return;
        }

        // Two big lists of one customer run side by side on the job pool: the second waits on the customer account's row lock
        // for as long as the first posts. With the request timeout (30 s) it failed, and a failed job leaves its list
        // Executing for good (found by BatchCrashTests on PostgreSQL under load); a job may wait.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(15));
        await context.ReportAsync(0, list.LineCount);
        async Task Progress(int done, int total)
        {
            await context.ReportAsync(done, total);
            await pause.AtAsync(list.Id, done, ct);
        }

        await pause.BeforeAsync(list.Id, ct);
        OperationResult<BatchTopUpList> result;
        try
        {
            result = await transaction.RunAsync(token => execution.ExecuteAsync(list, BatchTopUpStatus.Executing, Progress, token), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Not a refusal: the list is marked Failed with the reason (nothing of this run committed) and may be run again.
            await execution.RecordFailureAsync(list, e, CancellationToken.None);
            throw;
        }

        if (result.Succeeded)
        {
            context.Message = $"executed: {list.LineCount} lines";
            return;
        }

        var error = result.Errors[0];
        if (!error.Code.StartsWith("batchTopUp.not", StringComparison.Ordinal))
        {
            await execution.RecordRefusalAsync(list, error, BatchTopUpStatus.Executing, ct);
        }

        context.Message = "refused: " + error;
    }
}
