using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// After authentication: a session or token whose operator was disabled, locked, renamed, reset or signed out
/// (security stamp changed), or whose outlet stopped trading, is treated as anonymous at once.
/// A signed-in request keeps its database connection open from here to its end: the session check and the request's own
/// queries share one pooled connection instead of taking and resetting one per query.
/// </summary>
internal sealed class SessionValidationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SessionValidator sessions, Kernel.Data.AdminDbContext db)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }

        await db.Database.OpenConnectionAsync(context.RequestAborted); // closed when the request's scope disposes the context
        if (!await sessions.IsValidAsync(context.User, context.RequestAborted))
        {
            if (context.User.Identity.AuthenticationType == IdentityConstants.ApplicationScheme)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            else
            {
                // An ended token counts as no token: the challenge is then a plain 401, not OpenIddict's 403 for a
                // token that validated cryptographically.
                context.Request.Headers.Authorization = default;
            }

            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }
}
