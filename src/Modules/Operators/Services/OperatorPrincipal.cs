using System.Security.Claims;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Contracts;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Admin.Modules.Operators.Services;

/// <summary>The claims a session cookie or token carries for a signed-in operator or a system client.</summary>
public static class OperatorPrincipal
{
    /// <summary>Names the system client a client-credentials token belongs to (its <c>sub</c> is the client id too).</summary>
    public const string ClientClaim = "client";

    /// <summary>What the audit trail shows as the "operator" of a system client's call.</summary>
    public static string ClientLogin(string clientId) => $"client:{clientId}";

    /// <summary>The claims of a signed-in operator's session or token.</summary>
    public static ClaimsPrincipal Create(Operator op, OutletInfo outlet, bool mustChangePassword, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(AdminClaims.OperatorId, op.Id.ToString()),
            new(AdminClaims.LoginName, op.LoginName),
            new(AdminClaims.DisplayName, op.DisplayName),
            new(AdminClaims.OutletId, outlet.Id.ToString()),
            new(AdminClaims.OutletCode, outlet.Code),
            new(AdminClaims.Scope, outlet.IsHeadOffice ? "all" : outlet.Type == "Branch" ? "branch" : "outlet"),
            new(AdminClaims.SecurityStamp, op.SecurityStamp ?? ""),
        };
        if (!string.IsNullOrWhiteSpace(op.DisplayNameZh))
        {
            claims.Add(new Claim(AdminClaims.DisplayNameZh, op.DisplayNameZh));
        }

        if (mustChangePassword)
        {
            claims.Add(new Claim(AdminClaims.MustChangePassword, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, AdminClaims.LoginName, "role"));
    }

    /// <summary>
    /// An operator's principal for OpenIddict: every claim goes into the access token (the per-request check needs the
    /// stamp and the outlet), the name and login name into the identity token too.
    /// </summary>
    public static ClaimsPrincipal ForToken(Operator op, OutletInfo outlet, bool mustChangePassword, IEnumerable<string> scopes)
    {
        var principal = Create(op, outlet, mustChangePassword, OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        principal.SetScopes(scopes);
        return WithDestinations(principal);
    }

    /// <summary>A system client's principal: head-office reach, the granted scopes, audited as <c>client:&lt;id&gt;</c>.</summary>
    public static ClaimsPrincipal ForClient(string clientId, string? displayName, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, AdminClaims.LoginName, "role");
        identity.AddClaim(new Claim(Claims.Subject, clientId));
        identity.AddClaim(new Claim(ClientClaim, clientId));
        identity.AddClaim(new Claim(AdminClaims.LoginName, ClientLogin(clientId)));
        identity.AddClaim(new Claim(AdminClaims.DisplayName, displayName ?? clientId));
        identity.AddClaim(new Claim(AdminClaims.Scope, "all"));
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        return WithDestinations(principal);
    }

    private static ClaimsPrincipal WithDestinations(ClaimsPrincipal principal) => principal.SetDestinations(static claim => claim.Type switch
    {
        AdminClaims.LoginName or AdminClaims.DisplayName or AdminClaims.DisplayNameZh => [Destinations.AccessToken, Destinations.IdentityToken],
        _ => [Destinations.AccessToken],
    });
}
