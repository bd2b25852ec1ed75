using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// What a passkey ceremony keeps between its two requests: for the sign-in's second step, the operator whose password was
/// right (and where they were going); for both, Identity's ceremony state (the challenge). Kept in a short-lived cookie
/// protected with the shared data-protection keys (any host finishes what another began), never readable by script.
/// </summary>
public sealed record PasskeyPending(Guid OperatorId, string? ReturnUrl, bool MustChangePassword, string? State, DateTime ExpiresAt);

/// <summary>Reads and writes <see cref="PasskeyPending"/>: one cookie for the sign-in step, one for a registration on the own page.</summary>
public sealed class PasskeyCookie(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string SignInName = "admin.passkey";
    public const string RegisterName = "admin.passkey.new";

    private readonly IDataProtector _protector = protection.CreateProtector("Operators.Passkey.v1");

    public void Write(HttpContext http, string name, PasskeyPending pending) =>
        http.Response.Cookies.Append(name, _protector.Protect(name + "\n" + JsonSerializer.Serialize(pending)), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, IsEssential = true, Path = "/", Expires = pending.ExpiresAt,
        });

    public PasskeyPending New(Guid operatorId, string? returnUrl, bool mustChange) => new(operatorId, returnUrl, mustChange, null, clock.GetUtcNow().UtcDateTime.AddMinutes(5));

    /// <summary>The pending ceremony, or null when there is none, it was tampered with, or it expired.</summary>
    public PasskeyPending? Read(HttpContext http, string name)
    {
        if (http.Request.Cookies[name] is not { Length: > 0 and < 8000 } value)
        {
            return null;
        }

        try
        {
            var text = _protector.Unprotect(value);
            var prefix = name + "\n";
            var pending = text.StartsWith(prefix, StringComparison.Ordinal) ? JsonSerializer.Deserialize<PasskeyPending>(text[prefix.Length..]) : null;
            return pending is not null && pending.ExpiresAt > clock.GetUtcNow().UtcDateTime ? pending : null;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException)
        {
            return null;
        }
    }

    public void Clear(HttpContext http, string name) => http.Response.Cookies.Delete(name, new CookieOptions { Path = "/" });
}
