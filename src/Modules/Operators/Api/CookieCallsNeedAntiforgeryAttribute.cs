using Admin.Kernel.Api;
using Admin.Kernel.Results;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Operators.Api;

/// <summary>
/// A state-changing API call made with the session cookie (not a bearer token) must carry the antiforgery token in the
/// <c>X-CSRF-TOKEN</c> header: several of these calls have no body (reset a password, unlock, grant), so a form posted by
/// another page could otherwise reach them with the operator's cookie.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class CookieCallsNeedAntiforgeryAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        var safe = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method);
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!safe && !bearer && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            context.Result = http.RequestServices.GetRequiredService<AdminProblems>().From(OperationResult.Invalid(OperatorsErrors.AntiforgeryRequired()));
            return;
        }

        await next();
    }
}
