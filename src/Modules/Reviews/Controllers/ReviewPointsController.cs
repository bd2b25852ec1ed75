using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Modules.Reviews.Services;
using Admin.Modules.Reviews.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Reviews.Controllers;

/// <summary>Head office's screen of review points (复核点): switch each on or off, set its parameters.</summary>
[Route("admin/reviews/points")]
[RequirePermission(ReviewsPermissions.ManagePoints)]
public sealed class ReviewPointsController(ReviewPointCatalog catalog, AdminText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new ReviewPointsViewModel { Points = await catalog.ListAsync(ct) });

    [HttpPost("{code}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save([FromRoute] string code, ReviewPointInput input, CancellationToken ct)
    {
        var result = await catalog.UpdateAsync(code, new ReviewPointChange(input.Enabled, input.Parameters, input.Version), ct);
        if (result.Succeeded)
        {
            this.Notify("Review point {0} saved.", code);
            return RedirectToAction(nameof(Index));
        }

        if (result.Failure == Kernel.Results.FailureKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result, text);
        return View(nameof(Index), new ReviewPointsViewModel { Points = await catalog.ListAsync(ct), FailedCode = code, Failed = input });
    }
}
