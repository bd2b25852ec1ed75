using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Jobs;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Checks.Models;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Checks.Services;

/// <summary>Asks for a check over a date range (for one outlet or the network): the run is recorded and its job enqueued.</summary>
public sealed class CheckRuns(AdminDbContext db, IJobs jobs, IOutletDirectory outlets, IAuditTrail audit, ICurrentOperator current, TimeProvider clock)
{
    /// <summary>The longest span one run covers.</summary>
    public const int MaxDays = 92;

    public async Task<OperationResult<CheckRun>> RequestAsync(string? from, string? to, string? outletCode, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        var first = Day(from, ChecksErrors.FromRequired(), errors);
        var last = Day(to, ChecksErrors.ToRequired(), errors);
        if (first is { } f && last is { } l)
        {
            if (f > l)
            {
                errors.Add(ChecksErrors.RangeInvalid());
            }
            else if (l.DayNumber - f.DayNumber + 1 > MaxDays)
            {
                errors.Add(ChecksErrors.SpanTooLong(MaxDays));
            }
        }

        OutletInfo? outlet = null;
        if (!string.IsNullOrWhiteSpace(outletCode))
        {
            outlet = outletCode.Trim().Length > 8 ? null : await outlets.FindByCodeAsync(outletCode.Trim(), ct);
            if (outlet is null)
            {
                errors.Add(ChecksErrors.OutletNotFound());
            }
        }

        if (errors.Count > 0)
        {
            return OperationResult<CheckRun>.Invalid([.. errors]);
        }

        var run = new CheckRun
        {
            Id = Guid.NewGuid(), Trigger = CheckTrigger.OnDemand, Status = CheckRunStatus.Scheduled, From = first!.Value, To = last!.Value, OutletId = outlet?.Id,
            OutletCode = outlet?.Code, RequestedBy = current.LoginName, RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(run);
        audit.Record(new AuditRecord(ChecksModule.ModuleId, "Run.Request", nameof(CheckRun), run.Id.ToString("D"), null,
            new { from = Text(run.From), to = Text(run.To), outlet = run.OutletCode }));
        await db.SaveChangesAsync(ct);
        await jobs.EnqueueAsync<CheckRunJob>(run.JobKey, new Dictionary<string, string> { ["run"] = run.Id.ToString("D") }, ct: ct);
        return OperationResult<CheckRun>.Success(run);
    }

    private static DateOnly? Day(string? text, OperationError missing, List<OperationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(missing);
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 2000 && day.Year <= 2200)
        {
            return day;
        }

        errors.Add(missing);
        return null;
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The tracked job of an on-demand check (its progress on the run's screen).</summary>
internal sealed class CheckRunJob(CheckRunner runner) : IAdminJob
{
    public async Task RunAsync(AdminJobContext context, CancellationToken ct)
    {
        if (!context.Data.TryGetValue("run", out var id) || !Guid.TryParse(id, out var runId))
        {
            context.Message = "no run";
            return;
        }

        await context.ReportAsync(0, 1);
        await runner.ExecuteAsync(runId, ct);
        await context.ReportAsync(1, 1);
    }
}
