using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Kernel.Time;
using Admin.Modules.Reports.Models;
using Admin.Modules.Reports.Services;
using Admin.Modules.Reports.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Admin.Modules.Reports.Controllers;

/// <summary>
/// The period reports (报表): filters in the URL, the report with its chart when the range fits a request, drill-down to the
/// entries, CSV and XLSX export, a kept run (printed through Printing) and long ranges as a background job with progress.
/// </summary>
public sealed class ReportsController(ReportRuns runs, ReportBuilder builder, LocalClock local, AdminText text, IStringLocalizer localizer) : Controller
{
    [HttpGet("reports")]
    [RequirePermission(ReportsPermissions.View)]
    public async Task<IActionResult> Index([FromQuery] ReportQueryModel query, CancellationToken ct)
    {
        var model = new ReportsIndexViewModel { Query = query, Threshold = await runs.ThresholdAsync(ct), Recent = await runs.RecentAsync(20, ct) };
        if (query.Kind is null)
        {
            var today = await local.TodayAsync(ct);
            query.Kind = ReportKinds.Takings;
            query.From ??= LocalClock.AddDaysClamped(today, -6);
            query.To ??= today;
            return View(model);
        }

        var result = await runs.NowAsync(query.ToRequest(), ct);
        if (result.Succeeded)
        {
            model.Data = result.Value;
        }
        else
        {
            model.NeedsJob = result.Errors.Any(e => e.Code == "reports.useJob");
            ModelState.AddErrors(result, text);
        }

        return View(model);
    }

    [HttpGet("reports/export")]
    [RequirePermission(ReportsPermissions.View)]
    public async Task<IActionResult> Export([FromQuery] ReportQueryModel query, string? format, CancellationToken ct)
    {
        var result = await runs.NowAsync(query.ToRequest(), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(nameof(Index), new ReportsIndexViewModel
            {
                Query = query, Threshold = await runs.ThresholdAsync(ct), NeedsJob = result.Errors.Any(e => e.Code == "reports.useJob"), Recent = await runs.RecentAsync(20, ct),
            });
        }

        return await FileOfAsync(result.Value!, format, ct);
    }

    [HttpGet("reports/entries")]
    [RequirePermission(ReportsPermissions.View)]
    public async Task<IActionResult> Entries(string? outlet, DateOnly? day, string? task, string? method, string? status, CancellationToken ct)
    {
        var model = new ReportEntriesViewModel { Outlet = outlet, Day = day, Task = task, Method = method };
        var result = await builder.EntriesAsync(outlet, day, task, method, status, ct);
        if (result.Succeeded)
        {
            model.Entries = result.Value!;
        }
        else
        {
            ModelState.AddErrors(result, text);
        }

        return View(model);
    }

    [HttpPost("reports/runs")]
    [RequirePermission(ReportsPermissions.Run)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> StartRun(ReportQueryModel form, CancellationToken ct)
    {
        var result = await runs.StartAsync(form.ToRequest(), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(nameof(Index), new ReportsIndexViewModel { Query = form, Threshold = await runs.ThresholdAsync(ct), Recent = await runs.RecentAsync(20, ct) });
        }

        if (result.Value!.Status == ReportRunStatus.Done)
        {
            this.Notify("Report kept: {0} rows.", result.Value.Rows);
        }
        else
        {
            this.Notify("The report runs as a job.");
        }

        return Redirect($"~/reports/runs/{result.Value.Id}");
    }

    [HttpGet("reports/runs/{id:guid}")]
    [RequirePermission(ReportsPermissions.View)]
    public async Task<IActionResult> Run(Guid id, CancellationToken ct)
    {
        if (await runs.FindAsync(id, ct) is not { } run)
        {
            return NotFound();
        }

        return View(new ReportRunViewModel { Run = run, Progress = await runs.ProgressAsync(run, ct), Data = ReportRuns.DataOf(run) });
    }

    [HttpGet("reports/runs/{id:guid}/download")]
    [RequirePermission(ReportsPermissions.View)]
    public async Task<IActionResult> Download(Guid id, string? format, CancellationToken ct) =>
        await runs.FindAsync(id, ct) is { } run && ReportRuns.DataOf(run) is { } data ? await FileOfAsync(data, format, ct) : NotFound();

    private async Task<IActionResult> FileOfAsync(ReportData data, string? format, CancellationToken ct)
    {
        var offset = await local.OffsetAsync(ct);
        var stream = new MemoryStream();
        string T(string s) => localizer[s].Value;
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            await ReportExports.WriteXlsxAsync(stream, data, T, offset, ct);
            stream.Position = 0;
            return File(stream, ReportExports.XlsxType, ReportExports.FileName(data, "xlsx"));
        }

        await ReportExports.WriteCsvAsync(stream, data, T, offset, ct);
        stream.Position = 0;
        return File(stream, "text/csv; charset=utf-8", ReportExports.FileName(data, "csv"));
    }
}
