using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Operators;

/// <summary>
/// Identity and authentication: the operator store, the session cookie for screens and OpenIddict's access tokens for the API,
/// chosen per request by <see cref="OperatorsModule.Scheme"/>.
/// </summary>
internal static class OperatorsAuthentication
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<Operator>(o =>
            {
                // The trade's password policy is enforced by PasswordPolicy from system settings, not by Identity's validators.
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredLength = 1;
                o.Password.RequiredUniqueChars = 1;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/";
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<Kernel.Data.AdminDbContext>();

        services.AddAuthentication(OperatorsModule.Scheme)
            .AddPolicyScheme(OperatorsModule.Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/account/signout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = "admin.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(configuration.GetValue("Auth:CookieHours", 8.0));
                o.SlidingExpiration = true;
                o.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden),
                };
            });
    }

    // The API answers 401/403; screens go to the login or denied page.
    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
