using Admin.Kernel.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Kernel.Controllers;

/// <summary>Raised when someone picks a language, so the module that owns operators can remember it.</summary>
public interface ICultureChoiceListener
{
    /// <summary>Called after the culture cookie is set.</summary>
    Task OnCultureChosenAsync(string culture, CancellationToken ct);
}

/// <summary>The language switch of the top bar and the sign-in page.</summary>
[Route("culture")]
public sealed class CultureController(IEnumerable<ICultureChoiceListener> listeners) : Controller
{
    [HttpPost("")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Set(string? culture, string? returnUrl, CancellationToken ct)
    {
        if (culture is null || !AdminCultures.All.Contains(culture))
        {
            culture = AdminCultures.English;
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new Microsoft.AspNetCore.Http.CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax, Secure = Request.IsHttps });
        foreach (var listener in listeners)
        {
            await listener.OnCultureChosenAsync(culture, ct);
        }

        // Local, and printable ASCII only: anything else cannot go into a Location header (found by the wapiti scan).
        return LocalRedirect(Url.IsLocalUrl(returnUrl) && returnUrl.All(c => c is > ' ' and < '\u007f') ? returnUrl : "/");
    }
}
