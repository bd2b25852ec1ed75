using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Operators;

/// <summary>Operators, roles and the login rules (操作员、角色、系统登录) on ASP.NET Core Identity.</summary>
public sealed class OperatorsModule : AdminModule
{
    public const string ModuleId = "Operators";

    /// <summary>The default scheme: bearer when an Authorization header is sent, the cookie otherwise.</summary>
    public const string Scheme = "Admin";

    public override string Id => ModuleId;
    public override string DisplayName => "Operators";
    public override string Description => "Operators, roles and permissions, sign-in and password rules (permission management 6.2–6.6).";
    public override IReadOnlyList<string> DependsOn => [Outlets.OutletsModule.ModuleId];
    public override bool CanBeDisabled => false;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
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

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
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
            })
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromMinutes(configuration.GetValue("Auth:AccessTokenMinutes", 60.0));
                o.RefreshTokenExpiration = TimeSpan.FromHours(configuration.GetValue("Auth:RefreshTokenHours", 12.0));
            });

        SignInLimiter.Add(services, configuration);
        services.AddScoped<OperatorPermissionResolver>();
        services.AddScoped<IPermissionResolver>(sp => sp.GetRequiredService<OperatorPermissionResolver>());
        services.AddScoped<Contracts.IReviewerCredentials, ReviewerCredentials>();
        services.AddScoped<Contracts.IOperatorDirectory, OperatorDirectory>();
        services.AddScoped<SessionValidator>();
        services.AddScoped<SignInService>();
        services.AddScoped<TokenService>();
        services.AddScoped<OperatorAccounts>();
        services.AddScoped<Kernel.Controllers.ICultureChoiceListener, OperatorCultureListener>();
    }

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
