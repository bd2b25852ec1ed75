using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Admin.Kernel.Permissions;

/// <summary>
/// Resolves the permissions a signed-in principal holds (from roles and direct grants).
/// Implemented by the module that owns operators.
/// </summary>
public interface IPermissionResolver
{
    /// <summary>The permission names the principal holds now; empty for an unknown, disabled or ended session.</summary>
    Task<IReadOnlySet<string>> GetPermissionsAsync(System.Security.Claims.ClaimsPrincipal principal, CancellationToken ct = default);
}

/// <summary>Grants a <see cref="PermissionRequirement"/> when the operator holds the permission and its module is enabled.</summary>
internal sealed class PermissionHandler(IPermissionResolver resolver, PermissionCatalog permissions, IHttpContextAccessor http)
    : AuthorizationHandler<PermissionRequirement>
{
    private const string CacheKey = "Admin.Kernel.Permissions";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true || !permissions.IsActive(requirement.Permission))
        {
            return;
        }

        var held = await GetAsync(context);
        if (held.Contains(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }

    private async Task<IReadOnlySet<string>> GetAsync(AuthorizationHandlerContext context)
    {
        var items = http.HttpContext?.Items;
        if (items?[CacheKey] is IReadOnlySet<string> cached)
        {
            return cached;
        }

        var held = await resolver.GetPermissionsAsync(context.User, http.HttpContext?.RequestAborted ?? default);
        if (items is not null)
        {
            items[CacheKey] = held;
        }

        return held;
    }
}
