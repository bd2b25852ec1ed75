using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Api;
using Admin.Kernel.Results;
using Admin.Modules.InvoiceTitles.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.InvoiceTitles.Api;

[Route("api/invoice-title-templates")]
public sealed class InvoiceTitleTemplatesApiController(TemplateService templates, TemplateImport import) : AdminApiController
{
    /// <summary>Templates by buyer name; <c>search</c> matches part of the name or the start of the taxpayer number; <c>status</c> Active or Retired. Permission: InvoiceTitles.View.</summary>
    [HttpGet("")]
    [RequirePermission(InvoiceTitlesPermissions.View)]
    [ProducesResponseType<Page<InvoiceTitleTemplateDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? search, string? status, string? after, int? limit, CancellationToken ct)
    {
        var result = await templates.ListAsync(search, status, after, limit, ct);
        return result.Succeeded
            ? Ok(new Page<InvoiceTitleTemplateDto>(result.Value!.Items.Select(InvoiceTitlesApiMapper.ToDto).ToList(), result.Value.Next))
            : Problem(result);
    }

    /// <summary>One template. Permission: InvoiceTitles.View.</summary>
    [HttpGet("{id:guid}")]
    [RequirePermission(InvoiceTitlesPermissions.View)]
    [ProducesResponseType<InvoiceTitleTemplateDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, CancellationToken ct) =>
        await templates.FindAsync(id, ct) is { } template ? Ok(InvoiceTitlesApiMapper.ToDto(template)) : Problem(OperationResult.NotFound(InvoiceTitlesErrors.TemplateNotFound()));

    /// <summary>Creates a template (a company's or institution's verified title with a valid credit code and an owner). Permission: InvoiceTitles.ManageTemplates.</summary>
    [HttpPost("")]
    [RequirePermission(InvoiceTitlesPermissions.ManageTemplates)]
    [ProducesResponseType<InvoiceTitleTemplateDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(InvoiceTitleTemplateRequest request, CancellationToken ct)
    {
        var result = await templates.CreateAsync(request.Input, ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        return await templates.FindAsync(result.Value!.Id, ct) is { } template
            ? Created($"/api/invoice-title-templates/{result.Value.Id}", InvoiceTitlesApiMapper.ToDto(template))
            : Problem(OperationResult.NotFound(InvoiceTitlesErrors.TemplateNotFound()));
    }

    /// <summary>
    /// Corrects a template (send the <c>version</c> you read); the titles that follow it change with it, each audited. A
    /// <c>status</c> of Retired stops it being applied. Permission: InvoiceTitles.ManageTemplates.
    /// </summary>
    [HttpPut("{id:guid}")]
    [RequirePermission(InvoiceTitlesPermissions.ManageTemplates)]
    [ProducesResponseType<InvoiceTitleTemplateDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(Guid id, InvoiceTitleTemplateRequest request, CancellationToken ct)
    {
        var result = await templates.UpdateAsync(id, request.Input, request.Status, request.Version, ct);
        return !result.Succeeded ? Problem(result)
            : await templates.FindAsync(id, ct) is { } template ? Ok(InvoiceTitlesApiMapper.ToDto(template)) : Problem(OperationResult.NotFound(InvoiceTitlesErrors.TemplateNotFound()));
    }

    /// <summary>
    /// Imports templates from CSV (body <c>text/csv</c>; columns in the module README). Every row is checked first: a bad file
    /// changes nothing and answers 400 naming each bad row and field. Permission: InvoiceTitles.ManageTemplates.
    /// </summary>
    [HttpPost("import")]
    [RequirePermission(InvoiceTitlesPermissions.ManageTemplates)]
    [RequestSizeLimit(TemplateImport.MaxBytes)]
    [ProducesResponseType<InvoiceTitleTemplateImportResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Import(CancellationToken ct)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(Request.ContentType, out var media)
            || !(media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || media.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)))
        {
            var unsupported = Problem(OperationResult.Invalid(InvoiceTitlesErrors.ImportMediaType()));
            unsupported.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            ((ProblemDetails)unsupported.Value!).Status = StatusCodes.Status415UnsupportedMediaType;
            return unsupported;
        }

        using var reader = new StreamReader(Request.Body, System.Text.Encoding.UTF8);
        var text = await reader.ReadToEndAsync(ct);
        var result = await import.ImportAsync(text, ct);
        return result.Succeeded ? Ok(new InvoiceTitleTemplateImportResponse(result.Value)) : Problem(result);
    }
}
