using Microsoft.AspNetCore.Authorization;

namespace Admin.Kernel.Permissions;

/// <summary>The requirement that the signed-in operator holds a permission.</summary>
public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    /// <summary>The permission name.</summary>
    public string Permission { get; } = permission;
}

/// <summary>
/// Requires a permission on a controller, an action or a minimal-API endpoint. Carries its own requirement,
/// so no policy per permission is registered.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute, IAuthorizationRequirementData
{
    /// <summary>The permission name.</summary>
    public string Permission { get; } = permission;

    /// <inheritdoc />
    public IEnumerable<IAuthorizationRequirement> GetRequirements() => [new PermissionRequirement(Permission)];
}

/// <summary>
/// Marks a screen or endpoint open to every signed-in operator whatever their permissions (their own profile,
/// the home page, signing out). Explicit, so that the architecture tests can tell it from a forgotten permission.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequireSignedInAttribute : AuthorizeAttribute;
