using System.Security.Claims;
using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// Decides on every request whether a session or token is still good: the operator exists, is active, their outlet
/// lets them sign in and the security stamp is unchanged (a login-name change, disable, reset or password change
/// renews the stamp and so ends every session and token at once). An OpenIddict token must moreover still be valid in
/// the token store (not revoked, not caught in a reused refresh-token chain); a system client's token needs its client
/// enabled, and holds only the scopes the client is granted now.
/// </summary>
public sealed class SessionValidator(AdminDbContext db, IOutletDirectory outlets, OperatorPermissionResolver permissions)
{
    /// <summary>
    /// True when the principal's session may go on. The operator's permissions (roles and direct grants) are read in the same
    /// statement and handed to the request's <see cref="OperatorPermissionResolver"/>, so a request costs one database round
    /// trip for its session, token and permissions, all from one snapshot.
    /// </summary>
    public async Task<bool> IsValidAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        var tokenId = principal.GetTokenId();
        if (principal.FindFirst(OperatorPrincipal.ClientClaim)?.Value is { } clientId)
        {
            return await IsClientValidAsync(principal, clientId, tokenId, ct);
        }

        if (!Guid.TryParse(principal.FindFirst(AdminClaims.OperatorId)?.Value, out var id))
        {
            return false;
        }

        var stamp = principal.FindFirst(AdminClaims.SecurityStamp)?.Value;
        // Plain locals, not expressions over them, in the query: EF Core reads a captured variable as a parameter at once but
        // evaluates any other expression (such as "tokenId == null") by compiling it, on every request (bench/PROFILE.md).
        var noToken = tokenId == null;
        var held = (from ur in db.Set<IdentityUserRole<Guid>>()
                    join rc in db.Set<IdentityRoleClaim<Guid>>() on ur.RoleId equals rc.RoleId
                    where ur.UserId == id && rc.ClaimType == PermissionClaims.Type
                    select new { ur.UserId, rc.ClaimValue })
            .Concat(from c in db.Set<IdentityUserClaim<Guid>>()
                    where c.UserId == id && c.ClaimType == PermissionClaims.Type
                    select new { c.UserId, c.ClaimValue });
        var signInOutlets = outlets.SignInOutletIds();
        var tokens = db.Set<ClientToken>();
        var rows = await (from o in db.Set<Operator>().AsNoTracking()
                          join p in held on o.Id equals p.UserId into ps
                          from p in ps.DefaultIfEmpty()
                          where o.Id == id
                          select new
                          {
                              o.SecurityStamp, o.Status, o.IsLocked, OutletAllowsSignIn = signInOutlets.Contains(o.OutletId),
                              Permission = p == null ? null : p.ClaimValue,
                              TokenValid = noToken || tokens.Any(t => t.Id == tokenId && t.Status == OpenIddictConstants.Statuses.Valid),
                          })
            .ToListAsync(ct);
        var row = rows.FirstOrDefault();
        var valid = row is not null
            && row.SecurityStamp == stamp
            && row.Status == OperatorStatus.Active
            && !row.IsLocked
            && row.OutletAllowsSignIn
            && row.TokenValid;
        if (valid)
        {
            permissions.Remember(id.ToString(), rows.Where(r => r.Permission is not null).Select(r => r.Permission!).ToHashSet(StringComparer.Ordinal));
        }

        return valid;
    }

    private async Task<bool> IsClientValidAsync(ClaimsPrincipal principal, string clientId, string? tokenId, CancellationToken ct)
    {
        var tokens = db.Set<ClientToken>();
        var hasToken = tokenId != null;
        var row = await db.Set<ClientApplication>().AsNoTracking()
            .Where(a => a.ClientId == clientId)
            .Select(a => new
            {
                a.Disabled, a.Permissions,
                TokenValid = hasToken && tokens.Any(t => t.Id == tokenId && t.Status == OpenIddictConstants.Statuses.Valid),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null || row.Disabled || !row.TokenValid)
        {
            return false;
        }

        // What the token was issued with, and no more than the client is granted now.
        var granted = ClientScopes.Granted(row.Permissions);
        permissions.Remember(clientId, principal.GetScopes().Where(granted.Contains).ToHashSet(StringComparer.Ordinal));
        return true;
    }
}
