using Admin.Kernel.Data;
using Admin.Kernel.Permissions;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>Reads of roles, role permissions and direct grants that several operator services need.</summary>
internal static class AccessReads
{
    /// <summary>The permissions of each of these roles.</summary>
    public static async Task<Dictionary<Guid, List<string>>> ClaimsOfRolesAsync(AdminDbContext db, IReadOnlyCollection<Guid> roleIds, CancellationToken ct)
    {
        var claims = await db.Set<IdentityRoleClaim<Guid>>().AsNoTracking()
            .Where(c => roleIds.Contains(c.RoleId) && c.ClaimType == PermissionClaims.Type)
            .Select(c => new { c.RoleId, c.ClaimValue })
            .ToListAsync(ct);
        return claims.Where(c => c.ClaimValue is not null)
            .GroupBy(c => c.RoleId)
            .ToDictionary(g => g.Key, g => g.Select(c => c.ClaimValue!).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Role names per operator, for the given operators.</summary>
    public static async Task<Dictionary<Guid, IReadOnlyList<string>>> RoleNamesOfOperatorsAsync(AdminDbContext db, IReadOnlyCollection<Guid> operatorIds, CancellationToken ct)
    {
        if (operatorIds.Count == 0)
        {
            return [];
        }

        var pairs = await (from ur in db.Set<IdentityUserRole<Guid>>()
                           join r in db.Set<Role>() on ur.RoleId equals r.Id
                           where operatorIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        return pairs.GroupBy(p => p.UserId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Name ?? "").Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The roles with these names, and the names that match none.</summary>
    public static async Task<(List<Role> Roles, List<string> Unknown)> ResolveRolesAsync(AdminDbContext db, IReadOnlyCollection<string> names, CancellationToken ct)
    {
        var normalized = names.Select(n => n.ToUpperInvariant()).ToList();
        var roles = await db.Set<Role>().AsNoTracking().Where(r => normalized.Contains(r.NormalizedName!)).ToListAsync(ct);
        var unknown = names.Where(n => roles.All(r => r.NormalizedName != n.ToUpperInvariant())).ToList();
        return (roles, unknown);
    }

    /// <summary>The permissions granted to the operator directly (not through a role).</summary>
    public static async Task<List<string>> DirectGrantsAsync(AdminDbContext db, Guid operatorId, CancellationToken ct) =>
        (await db.Set<IdentityUserClaim<Guid>>()
            .Where(c => c.UserId == operatorId && c.ClaimType == PermissionClaims.Type)
            .Select(c => c.ClaimValue)
            .ToListAsync(ct))
        .Where(v => v is not null).Select(v => v!).ToList();
}
