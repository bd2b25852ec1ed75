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
internal sealed class PermissionHandler(RequestPermissions permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissions.GrantsAsync(context.User, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>
/// What a principal may do in this request: the permissions it holds, read once per request through the
/// <see cref="IPermissionResolver"/> (usually by the session check's own statement) and kept in the request's items, and whether
/// a permission's module is enabled now. The one rule <see cref="PermissionHandler"/> applies; a screen that asks about many
/// permissions at once (the menu) asks here instead of running the authorization pipeline once per permission.
/// </summary>
public sealed class RequestPermissions(IPermissionResolver resolver, PermissionCatalog catalog, IHttpContextAccessor http)
{
    private const string CacheKey = "Admin.Kernel.Permissions";

    /// <summary>True when the principal is signed in, holds the permission, and the permission's module is enabled.</summary>
    public async Task<bool> GrantsAsync(System.Security.Claims.ClaimsPrincipal user, string permission) =>
        user.Identity?.IsAuthenticated == true && catalog.IsActive(permission) && (await HeldAsync(user)).Contains(permission);

    /// <summary>The permissions the signed-in principal holds in this request (empty for anyone else).</summary>
    public async Task<IReadOnlySet<string>> HeldAsync(System.Security.Claims.ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return new HashSet<string>();
        }

        var items = http.HttpContext?.Items;
        if (items?[CacheKey] is IReadOnlySet<string> cached)
        {
            return cached;
        }

        var held = await resolver.GetPermissionsAsync(user, http.HttpContext?.RequestAborted ?? default);
        if (items is not null)
        {
            items[CacheKey] = held;
        }

        return held;
    }

    /// <summary>True when <paramref name="held"/> (from <see cref="HeldAsync"/>) grants the permission now.</summary>
    public bool Grants(IReadOnlySet<string> held, string permission) => catalog.IsActive(permission) && held.Contains(permission);
}
