using Admin.Kernel.Api;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Time;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Reports.Models;
using Admin.Modules.Reports.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Admin.Modules.Reports.Api;

public sealed class ReportsApiController(ReportRuns runs, ReportBuilder builder, LocalClock local, IStringLocalizer localizer) : AdminApiController
{
    /// <summary>
    /// A report computed now over the outlets the caller sees: columns, rows (with the drill-down query of each reconciliation
    /// figure), totals, the chart (takings per day) and the reopenings of the period. A range over the job threshold
    /// (setting <c>Reports.JobThresholdDays</c>, 92) is 400 <c>reports.useJob</c>: POST it to <c>/api/reports/runs</c>. Permission: Reports.View.
    /// </summary>
    [HttpGet("api/reports")]
    [RequirePermission(ReportsPermissions.View)]
    [ProducesResponseType<ReportData>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Report([FromQuery] ReportParameters p, CancellationToken ct)
    {
        var result = await runs.NowAsync(new ReportRequest(p.Kind, p.From, p.To, p.Outlet), ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>The ledger entries behind a reconciliation figure (at most 500; of one <c>status</c> when given): receipt reference, time, operator, method, status, amount. Permission: Reports.View.</summary>
    [HttpGet("api/reports/entries")]
    [RequirePermission(ReportsPermissions.View)]
    [ProducesResponseType<IReadOnlyList<TillEntryRow>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Entries([FromQuery] EntriesParameters p, CancellationToken ct)
    {
        var result = await builder.EntriesAsync(p.Outlet, p.Day, p.Task, p.Method, p.Status, ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>
    /// Keeps a report for download and printing: up to the job threshold computed at once (201), longer ranges queued as a
    /// background job (202; follow <c>GET /api/reports/runs/{id}</c>). Audited. Permission: Reports.Run.
    /// </summary>
    [HttpPost("api/reports/runs")]
    [RequirePermission(ReportsPermissions.Run)]
    [ProducesResponseType<ReportRunDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ReportRunDto>(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> StartRun(ReportRunRequest request, CancellationToken ct)
    {
        var result = await runs.StartAsync(new ReportRequest(request.Kind, request.From, request.To, request.Outlet), ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var run = result.Value!;
        var location = Url.Content($"~/api/reports/runs/{run.Id}");
        return run.Status == ReportRunStatus.Done ? Created(location, ReportRunDto.Of(run, null)) : Accepted(location, ReportRunDto.Of(run, await runs.ProgressAsync(run, ct)));
    }

    /// <summary>A kept report's status and progress; another outlet's is 404. Permission: Reports.View.</summary>
    [HttpGet("api/reports/runs/{id:guid}")]
    [RequirePermission(ReportsPermissions.View)]
    [ProducesResponseType<ReportRunDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Run(Guid id, CancellationToken ct) =>
        await runs.FindAsync(id, ct) is { } run ? Ok(ReportRunDto.Of(run, await runs.ProgressAsync(run, ct))) : Problem(OperationResult.NotFound(ReportsErrors.NotFound()));

    /// <summary>A kept report's result: <c>format</c> <c>xlsx</c>, <c>csv</c> or <c>json</c> (default); 409 <c>reports.notReady</c> while it runs. Permission: Reports.View.</summary>
    [HttpGet("api/reports/runs/{id:guid}/result")]
    [RequirePermission(ReportsPermissions.View)]
    [ProducesResponseType<ReportData>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Result(Guid id, string? format, CancellationToken ct)
    {
        if (await runs.FindAsync(id, ct) is not { } run)
        {
            return Problem(OperationResult.NotFound(ReportsErrors.NotFound()));
        }

        if (ReportRuns.DataOf(run) is not { } data)
        {
            return Problem(OperationResult.Conflict(ReportsErrors.NotReady()));
        }

        var offset = await local.OffsetAsync(ct);
        string T(string s) => localizer[s].Value;
        var stream = new MemoryStream();
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            await ReportExports.WriteXlsxAsync(stream, data, T, offset, ct);
            stream.Position = 0;
            return File(stream, ReportExports.XlsxType, ReportExports.FileName(data, "xlsx"));
        }

        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            await ReportExports.WriteCsvAsync(stream, data, T, offset, ct);
            stream.Position = 0;
            return File(stream, "text/csv; charset=utf-8", ReportExports.FileName(data, "csv"));
        }

        return Ok(data);
    }
}
