using Admin.Kernel.Api;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Transfers.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Transfers.Api;

[Route("api/transfers")]
public sealed class TransfersApiController(ManualTransfers transfers, TransferQuery query) : AdminApiController
{
    /// <summary>
    /// A manual transfer (手工转账) by head office from a customer or card account to another, with a reason. Always reviewed by
    /// a second head-office operator (428 <c>review.required</c>, then the same request with <c>review</c>); a source holding
    /// less is 409 <c>transfers.fundsShort</c> naming the account; an outlet operator is 409 <c>transfers.headOfficeOnly</c>.
    /// Needs an <c>Idempotency-Key</c>. Answers 201. Permission: Transfers.Make.
    /// </summary>
    [HttpPost]
    [Idempotent]
    [RequirePermission(TransfersPermissions.Make)]
    [ProducesResponseType<TransferDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Make(TransferRequest request, CancellationToken ct)
    {
        var review = request.Review is null ? null : new ReviewCredentials(request.Review.LoginName, request.Review.Password);
        var result = await transfers.MakeAsync(new TransferInput(request.FromCustomer, request.FromCard, request.ToCustomer, request.ToCard, request.Amount, request.Reason, review), ct);
        return result.Succeeded ? Created(Url.Content($"~/api/transfers/{result.Value!.Id}"), TransferDto.Of(result.Value)) : Problem(result);
    }

    /// <summary>Manual transfers, newest first (<c>after</c>, <c>limit</c>). Permission: Transfers.View.</summary>
    [HttpGet]
    [RequirePermission(TransfersPermissions.View)]
    [ProducesResponseType<TransferPageDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? after, int? limit, CancellationToken ct)
    {
        var page = await query.ListAsync(after, limit, ct);
        return page.Succeeded ? Ok(new TransferPageDto(page.Value!.Items.Select(TransferDto.Of).ToList(), page.Value.Next)) : Problem(page);
    }

    /// <summary>One manual transfer. Permission: Transfers.View.</summary>
    [HttpGet("{id:guid}")]
    [RequirePermission(TransfersPermissions.View)]
    [ProducesResponseType<TransferDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } t ? Ok(TransferDto.Of(t)) : Problem(OperationResult.NotFound(TransfersErrors.NotFound()));
}
