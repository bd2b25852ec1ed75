using Admin.Kernel.Api;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Closes.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Closes.Api;

public sealed class ClosesApiController(ShiftCloses shifts, DayCloses days, DayReports reports, ClosesQuery query) : AdminApiController
{
    /// <summary>
    /// Closes the caller's shift: the till counted per payment method against the ledger; a difference beyond the tolerance in
    /// any method is 428 (repeat with <c>review</c>: a colleague of the outlet); the difference goes to over/short and the till
    /// to the outlet's handover account. Nothing since the last close: 409 <c>closes.nothingToClose</c>; head office: 409
    /// <c>closes.outletOnly</c>. Needs an <c>Idempotency-Key</c>. Answers 201 with the close. Permission: Closes.Shift.
    /// </summary>
    [HttpPost("api/closes/shifts")]
    [Idempotent]
    [RequirePermission(ClosesPermissions.Shift)]
    [ProducesResponseType<ShiftCloseDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> CloseShift(ShiftCloseRequest request, CancellationToken ct)
    {
        var result = await shifts.CloseAsync(new ShiftCloseInput(request.Counted, request.Denominations, request.Note,
            request.Review is null ? null : new ReviewCredentials(request.Review.LoginName, request.Review.Password)), ct);
        return result.Succeeded ? Created(Url.Content($"~/api/closes/shifts/{result.Value!.Id}"), ShiftCloseDto.From(result.Value)) : Problem(result);
    }

    /// <summary>The caller's till since their last shift close: open or not, how many tasks, the first (no amounts: the count is blind). Permission: Closes.Shift.</summary>
    [HttpGet("api/closes/shifts/current")]
    [RequirePermission(ClosesPermissions.Shift)]
    [ProducesResponseType<CurrentShiftDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> CurrentShift(CancellationToken ct) =>
        await shifts.CurrentAsync(ct) is { } s ? Ok(CurrentShiftDto.From(s)) : Problem(OperationResult.Conflict(ClosesErrors.OutletOnly()));

    /// <summary>Shift closes of the caller's outlet (every outlet's for head office), newest first, keyset-paged. Permission: Closes.View.</summary>
    [HttpGet("api/closes/shifts")]
    [RequirePermission(ClosesPermissions.View)]
    [ProducesResponseType<Page<ShiftCloseDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Shifts([FromQuery] ClosesListParameters p, CancellationToken ct)
    {
        var page = await query.ShiftsAsync(p.After, p.Limit, ct);
        return page.Succeeded ? Ok(new Page<ShiftCloseDto>(page.Value!.Items.Select(ShiftCloseDto.From).ToList(), page.Value.Next)) : Problem(page);
    }

    /// <summary>A shift close (the kept shift report); another outlet's is 404. Permission: Closes.View.</summary>
    [HttpGet("api/closes/shifts/{id:guid}")]
    [RequirePermission(ClosesPermissions.View)]
    [ProducesResponseType<ShiftCloseDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Shift(Guid id, CancellationToken ct) =>
        await query.FindShiftAsync(id, ct) is { } s ? Ok(ShiftCloseDto.From(s)) : Problem(OperationResult.NotFound(ClosesErrors.NotFound()));

    /// <summary>Today at the caller's outlet: closed or not, the open shifts, the cash held for handover, the day report so far. Permission: Closes.Day.</summary>
    [HttpGet("api/closes/day")]
    [RequirePermission(ClosesPermissions.Day)]
    [ProducesResponseType<DayStatusDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Today(CancellationToken ct) =>
        await days.StatusAsync(ct) is { } s
            ? Ok(new DayStatusDto(s.Day, s.Closed, s.OpenShifts.Select(o => o.OperatorLogin ?? o.OperatorId.ToString("D")).ToList(), s.HeldForHandover, DayReportDto.From(s.Report)))
            : Problem(OperationResult.Conflict(ClosesErrors.OutletOnly()));

    /// <summary>
    /// Closes the caller's outlet's day (today, or an earlier day not yet closed): a shift with a task on or before the day still
    /// open is 409 <c>closes.openShifts</c> with <c>openShifts</c>; the handover <c>amount</c> (with its <c>slipNumber</c>) is posted
    /// to head-office settlement, at most the cash held for handover (400 <c>closes.handoverAboveHeld</c>); then the day is
    /// sealed (SHA-256) and locked: the ledger refuses every later posting of the outlet dated in it (409 <c>ledger.dayClosed</c>).
    /// Needs an <c>Idempotency-Key</c>. Answers 201 with the close. Permission: Closes.Day.
    /// </summary>
    [HttpPost("api/closes/days")]
    [Idempotent]
    [RequirePermission(ClosesPermissions.Day)]
    [ProducesResponseType<DayCloseDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> CloseDay(DayCloseRequest request, CancellationToken ct)
    {
        var result = await days.CloseAsync(new DayCloseInput(request.Day, request.SlipNumber, request.Amount), ct);
        return result.Succeeded ? Created(Url.Content($"~/api/closes/days/{result.Value!.Id}"), DayCloseDto.From(result.Value)) : Problem(result);
    }

    /// <summary>Daily closes of the caller's outlet (every outlet's for head office), latest day first, keyset-paged. Permission: Closes.View.</summary>
    [HttpGet("api/closes/days")]
    [RequirePermission(ClosesPermissions.View)]
    [ProducesResponseType<Page<DayCloseDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Days([FromQuery] ClosesListParameters p, CancellationToken ct)
    {
        var page = await query.DaysAsync(p.After, p.Limit, ct);
        return page.Succeeded ? Ok(new Page<DayCloseDto>(page.Value!.Items.Select(DayCloseDto.From).ToList(), page.Value.Next)) : Problem(page);
    }

    /// <summary>A closed day's report with its handover and hash; another outlet's is 404. Permission: Closes.View.</summary>
    [HttpGet("api/closes/days/{id:guid}")]
    [RequirePermission(ClosesPermissions.View)]
    [ProducesResponseType<DayReportDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Day(Guid id, CancellationToken ct) =>
        await query.FindDayAsync(id, ct) is { } d
            ? Ok(DayReportDto.From(await reports.ReportAsync(d.OutletId, d.OutletCode, d.Day, ct)))
            : Problem(OperationResult.NotFound(ClosesErrors.NotFound()));

    /// <summary>Recomputes a closed day's hash: <c>intact</c> when it is the stored one. Permission: Closes.View.</summary>
    [HttpGet("api/closes/days/{id:guid}/verify")]
    [RequirePermission(ClosesPermissions.View)]
    [ProducesResponseType<DayVerificationDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> VerifyDay(Guid id, CancellationToken ct) =>
        await query.FindDayAsync(id, ct) is { } d ? Ok(DayVerificationDto.From(await reports.VerifyAsync(d, ct))) : Problem(OperationResult.NotFound(ClosesErrors.NotFound()));

    /// <summary>
    /// Recomputes the hash of every visible closed day (of <c>outlet</c>, from <c>from</c> to <c>to</c> when given; at most 1000,
    /// latest first): the days whose data changed after their close are the <c>findings</c>. Permission: Closes.View.
    /// </summary>
    [HttpGet("api/closes/verify")]
    [RequirePermission(ClosesPermissions.View)]
    [ProducesResponseType<VerifyDaysDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Verify([FromQuery] VerifyParameters p, CancellationToken ct)
    {
        var checkedDays = await reports.VerifyAllAsync(p.Outlet, p.From, p.To, ct);
        var findings = checkedDays.Where(v => !v.Intact).Select(DayVerificationDto.From).ToList();
        return Ok(new VerifyDaysDto(findings.Count == 0, checkedDays.Count, findings));
    }
}
