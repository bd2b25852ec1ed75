using Admin.Kernel.Api;
using Admin.Kernel.Permissions;
using Admin.Modules.Reviews.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Reviews.Api;

/// <summary>The catalogue of review points (复核点) of the enabled modules, switched and parameterised by head office.</summary>
[Route("api/reviews/points")]
public sealed class ReviewPointsApiController(ReviewPointCatalog catalog) : AdminApiController
{
    /// <summary>Every review point with its module, permission, scope, on/off, parameters and version. Permission: Reviews.ManagePoints.</summary>
    [HttpGet("")]
    [RequirePermission(ReviewsPermissions.ManagePoints)]
    [ProducesResponseType<IReadOnlyList<ReviewPointDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(CancellationToken ct) =>
        Ok((await catalog.ListAsync(ct)).Select(ReviewPointDto.From).ToList());

    /// <summary>One review point. Permission: Reviews.ManagePoints.</summary>
    [HttpGet("{code}")]
    [RequirePermission(ReviewsPermissions.ManagePoints)]
    [ProducesResponseType<ReviewPointDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(string code, CancellationToken ct) =>
        await catalog.GetAsync(code, ct) is { } view ? Ok(ReviewPointDto.From(view)) : Problem(Kernel.Results.OperationResult.NotFound(ReviewsErrors.PointNotFound()));

    /// <summary>
    /// Switches a point on or off and sets parameters (<c>{"enabled": false, "parameters": {"limit": "50.00"}, "version": "3"}</c>;
    /// a point never changed has version "0"; stale: 409). Audited. Permission: Reviews.ManagePoints.
    /// </summary>
    [HttpPut("{code}")]
    [RequirePermission(ReviewsPermissions.ManagePoints)]
    [ProducesResponseType<ReviewPointDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(string code, ReviewPointRequest request, CancellationToken ct)
    {
        var result = await catalog.UpdateAsync(code, new ReviewPointChange(request.Enabled, request.Parameters, request.Version), ct);
        return result.Succeeded ? Ok(ReviewPointDto.From(result.Value!)) : Problem(result);
    }
}
