using System.Globalization;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Services;
using Admin.Modules.Operators.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Controllers;

/// <summary>An operator's own page: their details, a link to change the password, the language choice.</summary>
[Route("account/profile")]
[RequireSignedIn]
public sealed class ProfileController(OperatorQueries queries, ICurrentOperator current) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var details = current.OperatorId is { } id ? await queries.ProfileAsync(id, ct) : null;
        if (details is null)
        {
            return NotFound();
        }

        var culture = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? AdminCultures.Chinese : AdminCultures.English;
        return View(new ProfileViewModel { Details = details, Culture = culture });
    }
}
