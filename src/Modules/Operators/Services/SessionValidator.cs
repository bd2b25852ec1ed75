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
public sealed class SessionValidator(AdminDbContext db, IOutletDirectory outlets, OperatorPermissionResolver permissions, PermissionSetCache cache)
{
    /// <summary>
    /// True when the principal's session may go on. The same statement reads the permissions version, so the operator's
    /// permissions (roles and direct grants) come from <see cref="PermissionSetCache"/> while they are unchanged and are
    /// read again at once when anything changed; they are handed to the request's <see cref="OperatorPermissionResolver"/>.
    /// A request costs one database round trip for its session, token and permissions (two after a permission change).
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
        var signInOutlets = outlets.SignInOutletIds();
        var tokens = db.Set<ClientToken>();
        var versions = db.Set<PermissionsVersion>();
        var row = await db.Set<Operator>().AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new
            {
                o.SecurityStamp, o.Status, o.IsLocked, OutletAllowsSignIn = signInOutlets.Contains(o.OutletId),
                TokenValid = noToken || tokens.Any(t => t.Id == tokenId && t.Status == OpenIddictConstants.Statuses.Valid),
                PermissionsVersion = versions.Where(v => v.Id == PermissionsVersion.SingleId).Select(v => v.Value).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        var valid = row is not null
            && row.SecurityStamp == stamp
            && row.Status == OperatorStatus.Active
            && !row.IsLocked
            && row.OutletAllowsSignIn
            && row.TokenValid;
        if (valid)
        {
            // The permission set as of the version just read: from the cache when nothing changed since it was read, else
            // read now (a second statement, once per operator and change) and kept for the next requests.
            if (!cache.TryGet(id, row!.PermissionsVersion, out var held))
            {
                held = cache.Store(id, row.PermissionsVersion, await permissions.GetPermissionsAsync(id, ct));
            }

            permissions.Remember(id.ToString(), held);
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
