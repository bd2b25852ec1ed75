using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Api;
using Admin.Kernel.Results;
using Admin.Modules.InvoiceTitles.Models;
using Admin.Modules.InvoiceTitles.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.InvoiceTitles.Api;

/// <summary>
/// A customer's invoice title. <c>type</c>: Company, Individual, Institution; <c>status</c>: Active or Archived (printed on a
/// receipt, then removed); <c>templateId</c> and <c>detached</c>: whether it follows a head-office template.
/// </summary>
public sealed record InvoiceTitleDto(
    Guid Id, Guid CustomerId, string Type, string BuyerName, string? TaxpayerNumber, string? Address, string? Phone,
    string? BankName, string? BankAccount, string? Email, string? Note, bool IsDefault, string Status, Guid? TemplateId,
    bool Detached, bool UsedOnReceipt, DateTimeOffset CreatedAt, string Version);

/// <summary>A title's fields; <c>makeDefault</c> makes it the customer's default; <c>version</c> is required on update.</summary>
public sealed record InvoiceTitleRequest(
    string? Type, string? BuyerName, string? TaxpayerNumber, string? Address, string? Phone, string? BankName,
    string? BankAccount, string? Email, string? Note, bool? MakeDefault, string? Version)
{
    internal TitleInput Input => new(Type, BuyerName, TaxpayerNumber, Address, Phone, BankName, BankAccount, Email, Note);
}

/// <summary>Optional version for an action on a title.</summary>
public sealed record InvoiceTitleActionRequest(string? Version);

/// <summary>An invoice title template (head office's verified title of one company), with how many titles follow it.</summary>
public sealed record InvoiceTitleTemplateDto(
    Guid Id, string Type, string BuyerName, string? TaxpayerNumber, string? Address, string? Phone, string? BankName,
    string? BankAccount, string? Email, string? Note, string Owner, string Status, int LinkedTitles, DateTimeOffset CreatedAt, string Version);

/// <summary>A template's fields and owner; <c>status</c> (Active, Retired) and <c>version</c> on update.</summary>
public sealed record InvoiceTitleTemplateRequest(
    string? Type, string? BuyerName, string? TaxpayerNumber, string? Address, string? Phone, string? BankName,
    string? BankAccount, string? Email, string? Note, string? Owner, string? Status, string? Version)
{
    internal TemplateInput Input => new(new TitleInput(Type, BuyerName, TaxpayerNumber, Address, Phone, BankName, BankAccount, Email, Note), Owner);
}

/// <summary>What a template import created.</summary>
public sealed record InvoiceTitleTemplateImportResponse(int Created);

[Route("api/customers/{customerId:guid}/invoice-titles")]
public sealed class InvoiceTitlesApiController(TitleService titles) : AdminApiController
{
    /// <summary>The customer's titles, the default first; <c>archived=true</c> adds archived ones. Permission: InvoiceTitles.View.</summary>
    [HttpGet("")]
    [RequirePermission(InvoiceTitlesPermissions.View)]
    [ProducesResponseType<List<InvoiceTitleDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(Guid customerId, bool? archived, CancellationToken ct)
    {
        var result = await titles.ListAsync(customerId, archived == true, ct);
        return result.Succeeded ? Ok(result.Value!.Select(InvoiceTitlesApiMapper.ToDto).ToList()) : Problem(result);
    }

    /// <summary>One title. Permission: InvoiceTitles.View.</summary>
    [HttpGet("{titleId:guid}")]
    [RequirePermission(InvoiceTitlesPermissions.View)]
    [ProducesResponseType<InvoiceTitleDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid customerId, Guid titleId, CancellationToken ct) =>
        await titles.FindAsync(customerId, titleId, ct) is { } title ? Ok(InvoiceTitlesApiMapper.ToDto(title)) : Problem(OperationResult.NotFound(InvoiceTitlesErrors.NotFound()));

    /// <summary>Adds a title (the customer's first becomes the default). A company's taxpayer number is checked as a unified social credit code. Permission: InvoiceTitles.Manage.</summary>
    [HttpPost("")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    [ProducesResponseType<InvoiceTitleDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(Guid customerId, InvoiceTitleRequest request, CancellationToken ct) =>
        await CreatedAsync(customerId, await titles.CreateAsync(customerId, request.Input, request.MakeDefault == true, ct), ct);

    /// <summary>Makes a title from a head-office template; it follows the template's corrections until detached. Permission: InvoiceTitles.Manage.</summary>
    [HttpPost("from-template/{templateId:guid}")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    [ProducesResponseType<InvoiceTitleDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> FromTemplate(Guid customerId, Guid templateId, [FromBody] InvoiceTitleActionRequest? request, bool? makeDefault, CancellationToken ct) =>
        await CreatedAsync(customerId, await titles.FromTemplateAsync(customerId, templateId, makeDefault == true, ct), ct);

    /// <summary>Changes a title; send the <c>version</c> you read. Editing a title made from a template detaches it. Permission: InvoiceTitles.Manage.</summary>
    [HttpPut("{titleId:guid}")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    [ProducesResponseType<InvoiceTitleDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(Guid customerId, Guid titleId, InvoiceTitleRequest request, CancellationToken ct) =>
        await CurrentAsync(customerId, titleId, await titles.UpdateAsync(customerId, titleId, request.Input, request.Version, ct), ct);

    /// <summary>Makes the title the customer's default. Permission: InvoiceTitles.Manage.</summary>
    [HttpPost("{titleId:guid}/default")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    [ProducesResponseType<InvoiceTitleDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> MakeDefault(Guid customerId, Guid titleId, [FromBody] InvoiceTitleActionRequest? request, CancellationToken ct) =>
        await CurrentAsync(customerId, titleId, await titles.MakeDefaultAsync(customerId, titleId, request?.Version, ct), ct);

    /// <summary>Stops the title following its template. Permission: InvoiceTitles.Manage.</summary>
    [HttpPost("{titleId:guid}/detach")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    [ProducesResponseType<InvoiceTitleDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Detach(Guid customerId, Guid titleId, [FromBody] InvoiceTitleActionRequest? request, CancellationToken ct) =>
        await CurrentAsync(customerId, titleId, await titles.DetachAsync(customerId, titleId, request?.Version, ct), ct);

    /// <summary>
    /// Removes a title. Removing the default needs <c>newDefault</c> (another title's id) unless it is the last one; a title
    /// printed on a receipt is archived instead of deleted (the answer is then 200 with the archived title, else 204).
    /// Permission: InvoiceTitles.Manage.
    /// </summary>
    [HttpDelete("{titleId:guid}")]
    [RequirePermission(InvoiceTitlesPermissions.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(Guid customerId, Guid titleId, Guid? newDefault, string? version, CancellationToken ct)
    {
        var result = await titles.DeleteAsync(customerId, titleId, newDefault, version, ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        return result.Value!.Status == InvoiceTitleStatus.Archived ? await CurrentAsync(customerId, titleId, result, ct) : NoContent();
    }

    private async Task<IActionResult> CreatedAsync(Guid customerId, OperationResult<InvoiceTitle> result, CancellationToken ct)
    {
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        return await titles.FindAsync(customerId, result.Value!.Id, ct) is { } view
            ? Created($"/api/customers/{customerId}/invoice-titles/{result.Value.Id}", InvoiceTitlesApiMapper.ToDto(view))
            : Problem(OperationResult.NotFound(InvoiceTitlesErrors.NotFound()));
    }

    private async Task<IActionResult> CurrentAsync(Guid customerId, Guid titleId, OperationResult<InvoiceTitle> result, CancellationToken ct) =>
        !result.Succeeded ? Problem(result)
            : await titles.FindAsync(customerId, titleId, ct) is { } view ? Ok(InvoiceTitlesApiMapper.ToDto(view)) : Problem(OperationResult.NotFound(InvoiceTitlesErrors.NotFound()));
}

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
