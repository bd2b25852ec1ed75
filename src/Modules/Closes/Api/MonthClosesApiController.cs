using Admin.Kernel.Api;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Closes.Models;
using Admin.Modules.Closes.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Closes.Api;

public sealed class MonthClosesApiController(MonthCloses months, MonthReports reports, PeriodReopenings reopenings, Kernel.Data.AdminDbContext db, OutletScope scope)
    : AdminApiController
{
    /// <summary>A month at the caller's outlet (<c>month</c> as yyyy-MM, last month when missing): the report so far with the days still open. Permission: Closes.Month.</summary>
    [HttpGet("api/closes/month")]
    [RequirePermission(ClosesPermissions.Month)]
    [ProducesResponseType<MonthReportDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Month([FromQuery] MonthParameters p, CancellationToken ct)
    {
        if (p.Month is not null && MonthCloses.ParseMonth(p.Month) is null)
        {
            return Problem(OperationResult.Invalid(ClosesErrors.MonthInvalid()));
        }

        return await months.StatusAsync(MonthCloses.ParseMonth(p.Month), ct) is { } s
            ? Ok(MonthReportDto.From(s.Report))
            : Problem(OperationResult.Conflict(ClosesErrors.OutletOnly()));
    }

    /// <summary>
    /// Closes the caller's outlet's month (<c>month</c> yyyy-MM): every day of it must be closed (409 <c>closes.openDays</c> with
    /// <c>openDays</c>); the month is sealed by the SHA-256 over its days' seals, and no day of it can be reopened until head office
    /// reopens the month. 409 <c>closes.monthAlreadyClosed</c>, <c>closes.outletOnly</c>; 400 <c>closes.monthInvalid</c>,
    /// <c>closes.monthInFuture</c>. Answers 201 with the close. Permission: Closes.Month.
    /// </summary>
    [HttpPost("api/closes/months")]
    [RequirePermission(ClosesPermissions.Month)]
    [ProducesResponseType<MonthCloseDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Close(MonthCloseRequest request, CancellationToken ct)
    {
        var result = await months.CloseAsync(request.Month, ct);
        return result.Succeeded ? Created(Url.Content($"~/api/closes/months/{result.Value!.Id}"), MonthCloseDto.From(result.Value)) : Problem(result);
    }

    /// <summary>A closed month's report (takings, days, reopenings); another outlet's is 404. Permission: Closes.View.</summary>
    [HttpGet("api/closes/months/{id:guid}")]
    [RequirePermission(ClosesPermissions.View)]
    [ProducesResponseType<MonthReportDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Report(Guid id, CancellationToken ct) =>
        await scope.Apply(db.Set<MonthClose>().AsNoTracking()).FirstOrDefaultAsync(m => m.Id == id, ct) is { } m
            ? Ok(MonthReportDto.From(await reports.ReportAsync(m.OutletId, m.OutletCode, m.Month, ct)))
            : Problem(OperationResult.NotFound(ClosesErrors.NotFound()));

    /// <summary>
    /// Reopens a closed day or month of an outlet: head office only (409 <c>closes.headOfficeOnly</c>), always reviewed by a second
    /// head-office operator (428 <c>review.required</c>, point <c>Closes.Reopen</c>; repeat with <c>review</c>), with a reason; a day of a
    /// closed month is 409 <c>closes.monthClosed</c>; a period not closed 409 <c>closes.notClosed</c>. The close is taken away (its seal
    /// kept in the reopening), a day is unlocked; every report of the period shows the reopening. Answers 201. Permission: Closes.Reopen.
    /// </summary>
    [HttpPost("api/closes/reopenings")]
    [RequirePermission(ClosesPermissions.Reopen)]
    [ProducesResponseType<ReopeningDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Reopen(ReopenRequest request, CancellationToken ct)
    {
        var result = await reopenings.ReopenAsync(new ReopenInput(request.Outlet, request.Kind, request.Period, request.Reason,
            request.Review is null ? null : new ReviewCredentials(request.Review.LoginName, request.Review.Password)), ct);
        return result.Succeeded ? Created(Url.Content("~/api/closes/reopenings"), ReopeningDto.Of(result.Value!)) : Problem(result);
    }

    /// <summary>The latest reopenings the caller may see (100 at most, newest first). Permission: Closes.View.</summary>
    [HttpGet("api/closes/reopenings")]
    [RequirePermission(ClosesPermissions.View)]
    [ProducesResponseType<IReadOnlyList<ReopeningDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Reopenings(CancellationToken ct) => Ok((await reopenings.RecentAsync(scope, 100, ct)).Select(ReopeningDto.Of).ToList());
}
