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
    public IActionResult Show([FromRoute] int code)
    {
        ViewData["StatusCode"] = code is >= 400 and <= 599 ? code : 404;
        return View("StatusCode");
    }
}
