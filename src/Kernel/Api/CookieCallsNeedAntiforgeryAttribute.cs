using Admin.Kernel.Results;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel.Api;

/// <summary>
/// A state-changing API call made with the session cookie (not a bearer token) must carry the antiforgery token in the
/// <c>X-CSRF-TOKEN</c> header: some calls have no body or take <c>text/plain</c>, so a form posted by another site could
/// otherwise reach them with the operator's cookie. <see cref="AdminApiController"/> carries it, so every module's API
/// is covered; anonymous calls (sign-in, refresh) are not affected. It runs with the authorization filters, before the body
/// is read or validated.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CookieCallsNeedAntiforgeryAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>After the request size and form limits (900), like ASP.NET Core's own antiforgery filter (1000).</summary>
    public int Order => 1000;

    /// <inheritdoc />
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var safe = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method);
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        if (!safe && !bearer && signedIn && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            context.Result = http.RequestServices.GetRequiredService<AdminProblems>().From(OperationResult.Invalid(KernelErrors.AntiforgeryRequired()));
        }
    }
}
