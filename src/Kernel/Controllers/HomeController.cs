using Admin.Kernel.Navigation;
using Admin.Kernel.Permissions;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Kernel.Controllers;

/// <summary>The home page: what this operator may do, as large links grouped like the menu.</summary>
[Route("")]
[RequireSignedIn]
public sealed class HomeController(MenuBuilder menu) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await menu.BuildAsync(User));
}
