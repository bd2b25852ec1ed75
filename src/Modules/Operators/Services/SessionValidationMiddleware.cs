using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// After authentication: a session or token whose operator was disabled, locked, renamed, reset or signed out
/// (security stamp changed), or whose outlet stopped trading, is treated as anonymous at once.
/// </summary>
internal sealed class SessionValidationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SessionValidator sessions)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await sessions.IsValidAsync(context.User, context.RequestAborted))
        {
            if (context.User.Identity.AuthenticationType == IdentityConstants.ApplicationScheme)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }
}

/// <summary>Pipeline extension.</summary>
public static class OperatorSessionExtensions
{
    /// <summary>Validates every authenticated request's session; call right after UseAuthentication.</summary>
    public static IApplicationBuilder UseOperatorSessions(this IApplicationBuilder app) => app.UseMiddleware<SessionValidationMiddleware>();
}
