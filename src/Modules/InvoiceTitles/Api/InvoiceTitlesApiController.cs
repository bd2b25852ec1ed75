using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Api;
using Admin.Kernel.Results;
using Admin.Modules.InvoiceTitles.Models;
using Admin.Modules.InvoiceTitles.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.InvoiceTitles.Api;

[Route("api/customers/{customerId:guid}/invoice-titles")]
public sealed class InvoiceTitlesApiController(TitleService titles, TitleQuery query) : AdminApiController
{
    /// <summary>The customer's titles, the default first; <c>archived=true</c> adds archived ones. Permission: InvoiceTitles.View.</summary>
    [HttpGet("")]
    [RequirePermission(InvoiceTitlesPermissions.View)]
    [ProducesResponseType<List<InvoiceTitleDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(Guid customerId, bool? archived, CancellationToken ct)
    {
        var result = await query.ListAsync(customerId, archived == true, ct);
        return result.Succeeded ? Ok(result.Value!.Select(InvoiceTitlesApiMapper.ToDto).ToList()) : Problem(result);
    }

    /// <summary>One title. Permission: InvoiceTitles.View.</summary>
    [HttpGet("{titleId:guid}")]
    [RequirePermission(InvoiceTitlesPermissions.View)]
    [ProducesResponseType<InvoiceTitleDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid customerId, Guid titleId, CancellationToken ct) =>
        await query.FindAsync(customerId, titleId, ct) is { } title ? Ok(InvoiceTitlesApiMapper.ToDto(title)) : Problem(OperationResult.NotFound(InvoiceTitlesErrors.NotFound()));

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

        return await query.FindAsync(customerId, result.Value!.Id, ct) is { } view
            ? Created($"/api/customers/{customerId}/invoice-titles/{result.Value.Id}", InvoiceTitlesApiMapper.ToDto(view))
            : Problem(OperationResult.NotFound(InvoiceTitlesErrors.NotFound()));
    }

    private async Task<IActionResult> CurrentAsync(Guid customerId, Guid titleId, OperationResult<InvoiceTitle> result, CancellationToken ct) =>
        !result.Succeeded ? Problem(result)
            : await query.FindAsync(customerId, titleId, ct) is { } view ? Ok(InvoiceTitlesApiMapper.ToDto(view)) : Problem(OperationResult.NotFound(InvoiceTitlesErrors.NotFound()));
}
