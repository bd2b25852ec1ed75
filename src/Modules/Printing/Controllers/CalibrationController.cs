using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Modules.Printing.Services;
using Admin.Modules.Printing.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Printing.Controllers;

/// <summary>The outlet's printer calibration: offsets per layout and the test page.</summary>
public sealed class CalibrationController(CalibrationService calibration, AdminText text) : Controller
{
    [HttpGet("printing/calibration")]
    [RequirePermission(PrintingPermissions.Calibrate)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new CalibrationListViewModel { Rows = await calibration.ListAsync(ct) });

    [HttpPost("printing/calibration/{layoutId:guid}")]
    [RequirePermission(PrintingPermissions.Calibrate)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Set(Guid layoutId, decimal? offsetX, decimal? offsetY, string? version, CancellationToken ct)
    {
        var result = await calibration.SetAsync(layoutId, offsetX, offsetY, version, ct);
        if (result.Succeeded)
        {
            this.Notify("The offsets of {0} were saved.", result.Value!.LayoutCode);
            return Redirect(Url.Content("~/printing/calibration"));
        }

        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result, text);
        return View("Index", new CalibrationListViewModel { Rows = await calibration.ListAsync(ct) });
    }
}
