using System.Security.Claims;
using Admin.Kernel.Data;
using Admin.Kernel.Permissions;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// An operator's effective permissions: their roles' permissions plus direct grants. Read from the database on
/// each request (cached for the request by the kernel), so a change takes effect at once: usually by the session check
/// at the start of the request, in the same statement (<see cref="Remember"/>). While a new password is required, the
/// operator holds no permission at all.
/// </summary>
public sealed class OperatorPermissionResolver(AdminDbContext db) : IPermissionResolver
{
    private (Guid Id, IReadOnlySet<string> Permissions)? _read;

    /// <summary>The permissions read for this request (scope) by the session check, so they are not read again.</summary>
    internal void Remember(Guid id, IReadOnlySet<string> permissions) => _read = (id, permissions);

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (principal.HasClaim(c => c.Type == AdminClaims.MustChangePassword)
            || !Guid.TryParse(principal.FindFirst(AdminClaims.OperatorId)?.Value, out var id))
        {
            return new HashSet<string>();
        }

        return _read is { } read && read.Id == id ? read.Permissions : await GetPermissionsAsync(id, ct);
    }

    /// <summary>The operator's permissions from roles and direct grants (whatever their session state).</summary>
    public async Task<IReadOnlySet<string>> GetPermissionsAsync(Guid id, CancellationToken ct = default)
    {
        var fromRoles = from ur in db.Set<IdentityUserRole<Guid>>()
                        join rc in db.Set<IdentityRoleClaim<Guid>>() on ur.RoleId equals rc.RoleId
                        where ur.UserId == id && rc.ClaimType == PermissionClaims.Type
                        select rc.ClaimValue;
        var direct = db.Set<IdentityUserClaim<Guid>>()
            .Where(c => c.UserId == id && c.ClaimType == PermissionClaims.Type)
            .Select(c => c.ClaimValue);
        var names = await fromRoles.Concat(direct).ToListAsync(ct);
        return names.Where(n => n is not null).Select(n => n!).ToHashSet(StringComparer.Ordinal);
    }
}
