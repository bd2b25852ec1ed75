using Admin.Kernel.Api;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Reviews;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Printing.Api;

[Route("api/printing/calibrations")]
[CookieCallsNeedAntiforgery]
public sealed class CalibrationsApiController(CalibrationService calibration) : AdminApiController
{
    /// <summary>The caller's outlet's offsets for every layout (0, 0 and version "0" until set). Permission: Printing.Calibrate.</summary>
    [HttpGet("")]
    [RequirePermission(PrintingPermissions.Calibrate)]
    [ProducesResponseType<Page<CalibrationView>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(CancellationToken ct) => Ok(new Page<CalibrationView>(await calibration.ListAsync(ct), null));

    /// <summary>Sets the caller's outlet's offsets (±20 mm, 0.1 mm steps) for a layout; audited. Permission: Printing.Calibrate.</summary>
    [HttpPut("{layoutId:guid}")]
    [RequirePermission(PrintingPermissions.Calibrate)]
    [ProducesResponseType<CalibrationView>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Set(Guid layoutId, CalibrationRequest request, CancellationToken ct)
    {
        var result = await calibration.SetAsync(layoutId, request.OffsetX, request.OffsetY, request.Version, ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>The test page (crosshairs and rulers at known positions) with the caller's outlet's offsets. Permission: Printing.Calibrate.</summary>
    [HttpGet("{layoutId:guid}/test-page.pdf")]
    [RequirePermission(PrintingPermissions.Calibrate)]
    [Produces("application/pdf")]
    public async Task<IActionResult> TestPage(Guid layoutId, CancellationToken ct)
    {
        var result = await calibration.TestPageAsync(layoutId, ct);
        return result.Succeeded ? File(result.Value!.Content, "application/pdf", result.Value.FileName) : Problem(result);
    }
}
