using Admin.Kernel.Results;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel.Api;

/// <summary>
/// A state-changing API call made with the session cookie (not a bearer token) must carry the antiforgery token in the
/// <c>X-CSRF-TOKEN</c> header: some calls have no body or take <c>text/plain</c>, so a form posted by another site could
/// otherwise reach them with the operator's cookie. Put it on API controllers that change state.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CookieCallsNeedAntiforgeryAttribute : Attribute, IAsyncActionFilter
{
    /// <inheritdoc />
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        var safe = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method);
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!safe && !bearer && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            context.Result = http.RequestServices.GetRequiredService<AdminProblems>().From(OperationResult.Invalid(KernelErrors.AntiforgeryRequired()));
            return;
        }

        await next();
    }
}
