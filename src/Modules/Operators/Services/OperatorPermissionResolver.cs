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
/// operator holds no permission at all. A system client holds the scopes of its token that it is still granted, which
/// only the session check reads: a client principal that did not go through it holds nothing.
/// </summary>
public sealed class OperatorPermissionResolver(AdminDbContext db) : IPermissionResolver
{
    private (string Subject, IReadOnlySet<string> Permissions)? _read;

    /// <summary>The permissions read for this request (scope) by the session check, so they are not read again.</summary>
    internal void Remember(string subject, IReadOnlySet<string> permissions) => _read = (subject, permissions);

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (principal.FindFirst(OperatorPrincipal.ClientClaim)?.Value is { } clientId)
        {
            return _read is { } client && client.Subject == clientId ? client.Permissions : new HashSet<string>();
        }

        if (principal.HasClaim(c => c.Type == AdminClaims.MustChangePassword)
            || !Guid.TryParse(principal.FindFirst(AdminClaims.OperatorId)?.Value, out var id))
        {
            return new HashSet<string>();
        }

        return _read is { } read && read.Subject == id.ToString() ? read.Permissions : await GetPermissionsAsync(id, ct);
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
