using Admin.Kernel.Api;
using Admin.Kernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel.Security;

/// <summary>Marks the few endpoints an operator may use while a new password is required (change it, sign out).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowDuringPasswordChangeAttribute : Attribute;

/// <summary>
/// While a session carries the must-change-password claim, nothing else is reachable: screens redirect to the
/// change-password screen, the API answers 403 <c>password.changeRequired</c>.
/// </summary>
internal sealed class PasswordChangeGateMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (context.User.HasClaim(c => c.Type == AdminClaims.MustChangePassword)
            && endpoint is not null
            && endpoint.Metadata.GetMetadata<AllowDuringPasswordChangeAttribute>() is null
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                var problem = context.RequestServices.GetRequiredService<AdminProblems>().From(OperationResult.Fail(FailureKind.Forbidden,
                    KernelErrors.PasswordChangeRequired()));
                await problem.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
                return;
            }

            context.Response.Redirect($"{ChangePasswordPath}?returnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
            return;
        }

        await next(context);
    }
}

/// <summary>Pipeline extension.</summary>
public static class PasswordChangeGateExtensions
{
    /// <summary>Adds the gate; call after authentication.</summary>
    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.UseMiddleware<PasswordChangeGateMiddleware>();
}
