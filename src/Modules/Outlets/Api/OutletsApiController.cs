using Admin.Kernel.Api;
using Admin.Kernel.Localization;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Outlets.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using static Admin.Modules.Outlets.Api.OutletsApiMapper;

namespace Admin.Modules.Outlets.Api;

/// <summary>An outlet. <c>type</c>: HeadOffice, Branch, Outlet; <c>status</c>: Active, Suspended, Closed; <c>parent</c>: the parent's code.</summary>
public sealed record OutletDto(
    string Code, string Name, string? ShortName, string Type, string? Parent, string? ParentName, string? Address,
    string? Phone, string? Manager, string Status, DateOnly? OpenedOn, DateOnly? ClosedOn, string? StatusReason, string Version);

/// <summary>A new outlet. <c>openedOn</c> (yyyy-MM-dd) defaults to today.</summary>
public sealed record OutletCreateRequest(
    string? Code, string? Name, string? ShortName, string? Type, string? Parent, string? Address, string? Phone, string? Manager, string? OpenedOn);

/// <summary>Every field of an outlet except its code (which never changes), and the version that was read.</summary>
public sealed record OutletUpdateRequest(
    string? Name, string? ShortName, string? Type, string? Parent, string? Address, string? Phone, string? Manager, string? OpenedOn, string? Version);

/// <summary>A status change: <c>status</c> Active (reopen), Suspended or Closed, with a reason; <c>version</c> is optional.</summary>
public sealed record OutletStatusRequest(string? Status, string? Reason, string? Version);

/// <summary>What an import created.</summary>
public sealed record OutletImportResponse(int Created);

/// <summary>One bad row of a refused import.</summary>
public sealed record OutletImportRowError(int Row, string Field, string Code, string Message);

[Route("api/outlets")]
public sealed class OutletsApiController(OutletQuery query, OutletService outlets, OutletImport import, AdminText text) : AdminApiController
{
    /// <summary>Outlets by code, keyset-paged; <c>search</c> matches the start of the code or part of the name. Permission: Outlets.View.</summary>
    [HttpGet("")]
    [RequirePermission(OutletsPermissions.View)]
    [ProducesResponseType<Page<OutletDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? search, string? status, string? parent, string? type, string? after, int? limit, CancellationToken ct)
    {
        var result = await query.ListAsync(new OutletFilter(search, status, parent, type, after, limit), ct);
        return result.Succeeded
            ? Ok(new Page<OutletDto>(result.Value!.Items.Select(ToDto).ToList(), result.Value.Next))
            : Problem(result);
    }

    /// <summary>The filtered outlets as CSV (UTF-8 with BOM; columns in the module README). Permission: Outlets.View.</summary>
    [HttpGet("export.csv")]
    [RequirePermission(OutletsPermissions.View)]
    [Produces("text/csv")]
    public async Task<IActionResult> Export(string? search, string? status, string? parent, string? type, CancellationToken ct)
    {
        var rows = query.Stream(new OutletFilter(search, status, parent, type));
        if (!rows.Succeeded)
        {
            return Problem(rows);
        }

        Response.ContentType = "text/csv; charset=utf-8";
        await OutletCsv.WriteAsync(Response.Body, rows.Value!, ct);
        return new EmptyResult();
    }

    /// <summary>One outlet with its <c>version</c>. Permission: Outlets.View.</summary>
    [HttpGet("{code}")]
    [RequirePermission(OutletsPermissions.View)]
    [ProducesResponseType<OutletDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(string code, CancellationToken ct) =>
        await query.FindAsync(code, ct) is { } outlet ? Ok(ToDto(outlet)) : Problem(OperationResult.NotFound(OutletsErrors.NotFound(code)));

    /// <summary>Creates an outlet (head office only); answers 201 with its Location. Permission: Outlets.Manage.</summary>
    [HttpPost("")]
    [RequirePermission(OutletsPermissions.Manage)]
    [ProducesResponseType<OutletDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(OutletCreateRequest request, CancellationToken ct)
    {
        var result = await outlets.CreateAsync(
            new OutletFields(request.Code, request.Name, request.ShortName, request.Type, request.Parent, request.Address, request.Phone, request.Manager, request.OpenedOn), ct);
        return result.Succeeded ? await CreatedAsync(result.Value!.Code, ct) : Problem(result);
    }

    /// <summary>Changes an outlet; send the <c>version</c> you read (a stale one answers 409 with the current version). Permission: Outlets.Manage.</summary>
    [HttpPut("{code}")]
    [RequirePermission(OutletsPermissions.Manage)]
    [ProducesResponseType<OutletDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(string code, OutletUpdateRequest request, CancellationToken ct)
    {
        var result = await outlets.UpdateAsync(
            code, new OutletFields(code, request.Name, request.ShortName, request.Type, request.Parent, request.Address, request.Phone, request.Manager, request.OpenedOn),
            request.Version, ct);
        return result.Succeeded ? await CurrentAsync(code, ct) : Problem(result);
    }

    /// <summary>Suspends, closes or reopens an outlet with a reason (audited; head office stays active). Permission: Outlets.Manage.</summary>
    [HttpPost("{code}/status")]
    [RequirePermission(OutletsPermissions.Manage)]
    [ProducesResponseType<OutletDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ChangeStatus(string code, OutletStatusRequest request, CancellationToken ct)
    {
        var result = await outlets.ChangeStatusAsync(code, request.Status, request.Reason, request.Version, ct);
        return result.Succeeded ? await CurrentAsync(code, ct) : Problem(result);
    }

    /// <summary>
    /// Imports outlets from CSV (body <c>text/csv</c>, or <c>multipart/form-data</c> with a file named <c>file</c>). Every row is
    /// checked first: a bad file changes nothing and answers 400 with each bad row and field. Permission: Outlets.Manage.
    /// </summary>
    [HttpPost("import")]
    [RequirePermission(OutletsPermissions.Manage)]
    [RequestSizeLimit(OutletImport.MaxBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = OutletImport.MaxBytes + (64 * 1024))]
    [ProducesResponseType<OutletImportResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Import(CancellationToken ct)
    {
        OperationResult<string> csv;
        if (Request.HasFormContentType)
        {
            try
            {
                var form = await Request.ReadFormAsync(ct);
                csv = await OutletImport.ReadAsync(form.Files.GetFile("file") ?? form.Files.FirstOrDefault(), ct);
            }
            catch (InvalidDataException)
            {
                csv = OperationResult<string>.Invalid(OutletsErrors.ImportNoFile());
            }
        }
        else if (MediaTypeHeaderValue.TryParse(Request.ContentType, out var media)
            && (media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || media.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)))
        {
            csv = await OutletImport.ReadAsync(Request.Body, ct);
        }
        else
        {
            var unsupported = Problem(OperationResult.Invalid(OutletsErrors.ImportUnsupportedMediaType()));
            unsupported.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            ((ProblemDetails)unsupported.Value!).Status = StatusCodes.Status415UnsupportedMediaType;
            return unsupported;
        }

        var result = csv.Succeeded ? await import.ImportAsync(csv.Value!, ct) : OutletImport.Failed(csv);
        if (result.Succeeded)
        {
            return Ok(new OutletImportResponse(result.Created));
        }

        var problem = Problem(result.Outcome);
        if (problem.Value is ProblemDetails details)
        {
            details.Extensions["rows"] = result.Problems.Select(p => new OutletImportRowError(p.Row, p.Field, p.Error.Code, text.Message(p.Error))).ToList();
        }

        return problem;
    }

    private async Task<IActionResult> CreatedAsync(string code, CancellationToken ct) =>
        await query.FindAsync(code, ct) is { } outlet ? Created(Url.Content($"~/api/outlets/{code}"), ToDto(outlet)) : Problem(OperationResult.NotFound(OutletsErrors.NotFound(code)));

    private async Task<IActionResult> CurrentAsync(string code, CancellationToken ct) =>
        await query.FindAsync(code, ct) is { } outlet ? Ok(ToDto(outlet)) : Problem(OperationResult.NotFound(OutletsErrors.NotFound(code)));
}
