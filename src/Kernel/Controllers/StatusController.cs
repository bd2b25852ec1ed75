using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Kernel.Controllers;

/// <summary>The page shown for an error status on a screen (404, 403, 400...).</summary>
[Route("status")]
[AllowAnonymous]
public sealed class StatusController : Controller
{
    [HttpGet("{code:int}")]
    [HttpPost("{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show()
    {
        // Read from the route, not bound: a re-executed form post whose form cannot be read would fail all binding (code 0).
        var code = int.TryParse(RouteData.Values["code"] as string, out var c) ? c : 404;
        ViewData["StatusCode"] = code is >= 400 and <= 599 ? code : 404;
        return View("StatusCode");
    }
}
