using Admin.Kernel.Api;
using Admin.Kernel.Localization;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Reviews.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Reviews.Api;

/// <summary>The authorisation log (授权日志) for auditors: read, export, verify. Nothing here changes anything.</summary>
[Route("api/audit/authorisations")]
[RequirePermission(ReviewsPermissions.ViewAuthorisations)]
public sealed class AuthorisationsApiController(
    AuthorisationQuery query, AuthorisationChain chain, AuthorisationExport export, AuthorisationFlags flags, AdminText text, TimeProvider clock)
    : AdminApiController
{
    /// <summary>
    /// Review attempts, newest first: <c>outlet</c> (code), <c>from</c>/<c>to</c> (the network's local days), <c>maker</c>, <c>reviewer</c> (login names),
    /// <c>point</c>, <c>result</c> (Granted, Refused), keyset-paged by <c>after</c>. Outlet operators see their outlet only.
    /// Permission: Reviews.ViewAuthorisations.
    /// </summary>
    [HttpGet("")]
    [ProducesResponseType<Page<AuthorisationDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List([FromQuery] AuthorisationQueryParameters p, CancellationToken ct)
    {
        var result = await query.ListAsync(p.ToFilter(), ct);
        return result.Succeeded
            ? Ok(new Page<AuthorisationDto>(result.Value!.Items.Select(ReviewsApiMapper.ToDto).ToList(), result.Value.Next))
            : Problem(result);
    }

    /// <summary>One record with its canonical summary and the content its hash covers. Permission: Reviews.ViewAuthorisations.</summary>
    [HttpGet("{id:long}")]
    [ProducesResponseType<AuthorisationDetailDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(long id, CancellationToken ct)
    {
        var record = await query.FindAsync(id, ct);
        return record is null
            ? Problem(OperationResult.NotFound(ReviewsErrors.AuthorisationNotFound()))
            : Ok(AuthorisationDetailDto.From(AuthorisationDetail.Of(record)));
    }

    /// <summary>
    /// Walks every outlet's hash chain: intact or not, count and head hash per outlet, the first failing record.
    /// <c>kept</c>: heads kept from earlier verifications or exports (<c>outletCode:sequence:hash</c>, comma-separated); each
    /// must still be in its chain with that hash, which reveals a removed or rewritten tail. Permission: Reviews.ViewAuthorisations.
    /// </summary>
    [HttpGet("verify")]
    [ProducesResponseType<ChainVerificationDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Verify(string? kept, CancellationToken ct)
    {
        var heads = KeptHead.ParseList(kept);
        return heads is null
            ? Problem(OperationResult.Invalid(ReviewsErrors.KeptHeadsInvalid()))
            : Ok(ToDto(await chain.VerifyAsync(ct, heads), text));
    }

    /// <summary>
    /// The filtered log as CSV (UTF-8 with BOM), followed by the chain head of every outlet at export time.
    /// Permission: Reviews.ViewAuthorisations.
    /// </summary>
    [HttpGet("export.csv")]
    [Produces("text/csv")]
    public async Task<IActionResult> Export([FromQuery] AuthorisationQueryParameters p, CancellationToken ct)
    {
        var filter = p.ToFilter();
        var check = export.Check(filter);
        if (!check.Succeeded)
        {
            return Problem(check);
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename={export.FileName()}";
        await export.WriteAsync(Response.Body, filter, ct);
        return new EmptyResult();
    }

    /// <summary>
    /// Flags over a span of days (default: the last 7; at most 92): repeated maker–reviewer pairs, fast reviews, bursts of
    /// refusals, authorisations outside opening hours, outlets far above the network's rate. Permission: Reviews.ViewAuthorisations.
    /// </summary>
    [HttpGet("flags")]
    [ProducesResponseType<IReadOnlyList<FlagDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Flags(DateOnly? from, DateOnly? to, string? outlet, CancellationToken ct)
    {
        var span = await SpanAsync(from, to, ct);
        if (!span.Succeeded)
        {
            return Problem(span);
        }

        var (start, end) = span.Value;
        var found = await flags.FlagsAsync(start, end, string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim(), ct);
        return Ok(found.Select(f => new FlagDto(f.Kind.ToString(), f.OutletCode, f.Day, text[f.Reason, f.Args].Value, f.RecordIds)).ToList());
    }

    /// <summary>Overrides and refusals per outlet per (local) day over a span (default: the last 14 days). Permission: Reviews.ViewAuthorisations.</summary>
    [HttpGet("daily")]
    [ProducesResponseType<IReadOnlyList<DailyCountDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Daily(DateOnly? from, DateOnly? to, string? outlet, CancellationToken ct)
    {
        var span = await SpanAsync(from, to, ct, 13);
        if (!span.Succeeded)
        {
            return Problem(span);
        }

        var (start, end) = span.Value;
        var counts = await flags.DailyAsync(start, end, string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim(), ct);
        return Ok(counts.Select(c => new DailyCountDto(c.OutletCode, c.Day, c.Granted, c.Refused)).ToList());
    }

    internal static ChainVerificationDto ToDto(ChainVerification v, AdminText text) => new(v.Intact, DateTime.SpecifyKind(v.VerifiedAt, DateTimeKind.Utc),
        v.Outlets.Select(o => new OutletChainDto(o.OutletCode, o.Count, o.HeadHash, o.Intact,
            o.Failure is { } f ? new ChainFailureDto(f.RecordId, f.Sequence, f.Args.Length == 0 ? text[f.Problem].Value : text[f.Problem, f.Args].Value) : null)).ToList());

    private async Task<OperationResult<(DateOnly, DateOnly)>> SpanAsync(DateOnly? from, DateOnly? to, CancellationToken ct, int defaultDays = 6)
    {
        var today = await flags.TodayAsync(clock.GetUtcNow().UtcDateTime, ct);
        var end = to ?? today;
        var start = from ?? Kernel.Time.LocalClock.AddDaysClamped(end, -defaultDays);
        if (start > end)
        {
            return OperationResult<(DateOnly, DateOnly)>.Invalid(ReviewsErrors.RangeInvalid());
        }

        return end.DayNumber - start.DayNumber >= AuthorisationFlags.MaxDays
            ? OperationResult<(DateOnly, DateOnly)>.Invalid(ReviewsErrors.SpanTooLong(AuthorisationFlags.MaxDays))
            : OperationResult<(DateOnly, DateOnly)>.Success((start, end));
    }
}
