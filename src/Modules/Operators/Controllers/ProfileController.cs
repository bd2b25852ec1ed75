using System.Globalization;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Services;
using Admin.Modules.Operators.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Operators.Controllers;

/// <summary>An operator's own page: their details, a link to change the password, the language choice, an administrator's passkeys.</summary>
[Route("account/profile")]
[RequireSignedIn]
public sealed class ProfileController(OperatorQueries queries, OperatorPasskeys passkeys, ICurrentOperator current) : Controller
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
        var administers = await passkeys.IsAdministratorAsync(details.Operator.Id, ct);
        return View(new ProfileViewModel
        {
            Details = details, Culture = culture, Passkeys = administers ? await passkeys.ListAsync(details.Operator.Id, ct) : null,
            PasskeyRequired = administers && await passkeys.IsRequiredAsync(details.Operator.Id, ct),
        });
    }
}
