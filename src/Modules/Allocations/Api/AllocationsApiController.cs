using Admin.Kernel.Api;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Allocations.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Allocations.Api;

[Route("api")]
public sealed class AllocationsApiController(PreAllocation allocations, AllocationTemplates templates) : AdminApiController
{
    /// <summary>
    /// Pre-allocates from the customer account (by <c>customer</c> or the presented <c>primaryCard</c>) to the customer's
    /// secondary or single-user cards: <c>cards</c> with amounts, or a <c>template</c> with <c>total</c>. One entry D Customer ·
    /// C Card per card. A card above its product's cap is 422 <c>allocations.aboveCap</c>; more than the customer account holds
    /// 409 <c>ledger.insufficientFunds</c>. Needs an <c>Idempotency-Key</c>. Answers 201. Permission: Allocations.Allocate.
    /// </summary>
    [HttpPost("allocations")]
    [Idempotent]
    [RequirePermission(AllocationsPermissions.Allocate)]
    [ProducesResponseType<AllocationDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Allocate(AllocationRequest request, CancellationToken ct)
    {
        var result = await allocations.AllocateAsync(new AllocationInput(request.Customer, request.PrimaryCard,
            request.Cards?.Select(c => c is null ? null : new AllocationCardInput(c.Card, c.Amount)).ToList(), request.Template, request.Total), ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var a = result.Value!;
        var balances = await allocations.CardBalancesAsync(a.Lines.Select(l => l.CardId).ToList(), ct);
        return Created(Url.Content($"~/api/allocations/{a.Id}"), AllocationDto.From(a, balances));
    }

    /// <summary>A pre-allocation; another outlet's is 404. Permission: Allocations.View.</summary>
    [HttpGet("allocations/{id:guid}")]
    [RequirePermission(AllocationsPermissions.View)]
    [ProducesResponseType<AllocationDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Allocation(Guid id, CancellationToken ct) =>
        await allocations.FindAsync(id, ct) is { } a ? Ok(AllocationDto.From(a)) : Problem(OperationResult.NotFound(AllocationsErrors.AllocationNotFound()));

    /// <summary>The customer's (code or id) pre-allocation templates by name. Permission: Allocations.View.</summary>
    [HttpGet("customers/{customer}/allocation-templates")]
    [RequirePermission(AllocationsPermissions.View)]
    [ProducesResponseType<List<TemplateDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Templates(string customer, CancellationToken ct) =>
        await templates.CustomerAsync(customer, ct) is { } c ? Ok((await templates.ListAsync(c.Id, ct)).Select(TemplateDto.From).ToList()) : CustomerNotFound();

    /// <summary>Creates a template for the customer (code or id): <c>name</c> (unique per customer, 409), <c>mode</c>, <c>lines</c>. Permission: Allocations.Templates.</summary>
    [HttpPost("customers/{customer}/allocation-templates")]
    [RequirePermission(AllocationsPermissions.Templates)]
    [ProducesResponseType<TemplateDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> CreateTemplate(string customer, TemplateRequest request, CancellationToken ct)
    {
        if (await templates.CustomerAsync(customer, ct) is not { } c)
        {
            return CustomerNotFound();
        }

        var result = await templates.CreateAsync(c, Input(request), ct);
        return result.Succeeded ? Created(Url.Content($"~/api/allocation-templates/{result.Value!.Id}"), TemplateDto.From(result.Value)) : Problem(result);
    }

    /// <summary>A template; another outlet's is 404. Permission: Allocations.View.</summary>
    [HttpGet("allocation-templates/{id:guid}")]
    [RequirePermission(AllocationsPermissions.View)]
    [ProducesResponseType<TemplateDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Template(Guid id, CancellationToken ct) =>
        await templates.FindAsync(id, ct) is { } t ? Ok(TemplateDto.From(t)) : Problem(OperationResult.NotFound(AllocationsErrors.TemplateNotFound()));

    /// <summary>Changes a template (send the <c>version</c> read; a stale one is 409 with the current). Permission: Allocations.Templates.</summary>
    [HttpPut("allocation-templates/{id:guid}")]
    [RequirePermission(AllocationsPermissions.Templates)]
    [ProducesResponseType<TemplateDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> UpdateTemplate(Guid id, TemplateRequest request, CancellationToken ct)
    {
        var result = await templates.UpdateAsync(id, Input(request), ct);
        return result.Succeeded ? Ok(TemplateDto.From(result.Value!)) : Problem(result);
    }

    /// <summary>Deletes a template (<c>?version=</c> the version read). Answers 204. Permission: Allocations.Templates.</summary>
    [HttpDelete("allocation-templates/{id:guid}")]
    [RequirePermission(AllocationsPermissions.Templates)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> DeleteTemplate(Guid id, [FromQuery] string? version, CancellationToken ct)
    {
        var result = await templates.DeleteAsync(id, version, ct);
        return result.Succeeded ? NoContent() : Problem(result);
    }

    private static TemplateInput Input(TemplateRequest r) =>
        new(r.Name, r.Mode, r.Lines?.Select(l => l is null ? null : new TemplateLineInput(l.Card, l.Value)).ToList(), r.Version);

    private IActionResult CustomerNotFound() => Problem(OperationResult.NotFound(AllocationsErrors.CustomerNotFound()));
}
