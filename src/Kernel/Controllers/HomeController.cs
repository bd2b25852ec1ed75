using Admin.Kernel.Navigation;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Kernel.Controllers;

/// <summary>The home page: what this operator may do, as large links grouped like the menu.</summary>
[Route("")]
[RequireSignedIn]
public sealed class HomeController(MenuBuilder menu, HomeCharts charts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new HomeViewModel(await menu.BuildAsync(User), await charts.BuildAsync(User, ct)));
}

/// <summary>The home page's links and charts.</summary>
public sealed record HomeViewModel(IReadOnlyList<MenuGroup> Groups, IReadOnlyList<HomeChart> Charts);
