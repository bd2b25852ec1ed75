using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Admin.Modules.Outlets.Contracts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Admin.Modules.Operators.Controllers;

/// <summary>
/// The two OpenID Connect endpoints OpenIddict hands to the console after validating the protocol (client, redirect URI,
/// PKCE, scopes): the authorization endpoint signs the operator in with the console's own login page and redirects
/// back without a consent page (every client is first-party: head office registers it), and the token endpoint
/// decides who the code, refresh token or client credentials stand for. Anonymous by nature: the protocol messages
/// are the credentials (discovery, JWKS, revocation and introspection are answered by OpenIddict itself).
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ConnectController(AdminDbContext db, IOutletDirectory outlets, SessionValidator sessions) : Controller
{
    [HttpGet("connect/authorize")]
    [HttpPost("connect/authorize")]
    [AllowAnonymous]
    [IgnoreAntiforgeryToken] // a protocol message from the client (PKCE and the registered redirect URI protect it), not a form of ours
    public async Task<IActionResult> Authorize(CancellationToken ct)
    {
        var request = HttpContext.GetOpenIddictServerRequest();
        if (request is null)
        {
            return NotFound(); // not an OpenID Connect request: OpenIddict did not take it
        }

        // The session check has run: User is a signed-in operator whose session is still good, or anonymous.
        if (User.Identity?.IsAuthenticated != true || !Guid.TryParse(User.FindFirst(AdminClaims.OperatorId)?.Value, out var id))
        {
            var back = Request.PathBase + Request.Path + QueryString.Create(Request.HasFormContentType ? [.. Request.Form] : [.. Request.Query]);
            return Challenge(new AuthenticationProperties { RedirectUri = back }, IdentityConstants.ApplicationScheme);
        }

        var client = await db.Set<ClientApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.ClientId == request.ClientId, ct);
        if (client is null || client.Disabled)
        {
            return Refuse(Errors.AccessDenied, "The client is disabled.");
        }

        var op = await db.Set<Operator>().AsNoTracking().FirstAsync(o => o.Id == id, ct);
        var outlet = (await outlets.FindAsync(op.OutletId, ct))!;
        var scopes = request.GetScopes().Intersect(OperatorsOpenId.ProtocolScopes, StringComparer.Ordinal);
        return SignIn(OperatorPrincipal.ForToken(op, outlet, op.MustChangePassword, scopes), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    [HttpPost("connect/token")]
    [AllowAnonymous]
    [IgnoreAntiforgeryToken] // a protocol message: the code with its PKCE verifier, the refresh token or the client secret is the credential
    [Produces("application/json")]
    public async Task<IActionResult> Token(CancellationToken ct)
    {
        var request = HttpContext.GetOpenIddictServerRequest();
        if (request is null)
        {
            return NotFound();
        }

        if (request.IsClientCredentialsGrantType())
        {
            var client = await db.Set<ClientApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.ClientId == request.ClientId, ct);
            if (client is null || client.Disabled)
            {
                return Refuse(Errors.InvalidClient, "The client is disabled.");
            }

            // OpenIddict has refused scopes the client is not granted; asking for none means all it is granted.
            var granted = ClientScopes.Granted(client.Permissions);
            IEnumerable<string> scopes = request.GetScopes().IsEmpty ? granted : request.GetScopes().Where(granted.Contains);
            return SignIn(OperatorPrincipal.ForClient(client.ClientId!, client.DisplayName, scopes), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            // The operator must still be allowed in, by the same check as every request (stamp, status, lock, outlet).
            if (result.Principal is not { } principal || !await sessions.IsValidAsync(StampOnly(principal), ct)
                || !Guid.TryParse(principal.FindFirst(AdminClaims.OperatorId)?.Value, out var id))
            {
                return Refuse(Errors.InvalidGrant, "The sign-in is no longer valid. Sign in again.");
            }

            var op = await db.Set<Operator>().AsNoTracking().FirstAsync(o => o.Id == id, ct);
            var outlet = (await outlets.FindAsync(op.OutletId, ct))!;
            return SignIn(OperatorPrincipal.ForToken(op, outlet, op.MustChangePassword, principal.GetScopes()), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    // The code or refresh token's principal carries the id of that token, which OpenIddict has just redeemed: the
    // session check is asked about the operator only.
    private static System.Security.Claims.ClaimsPrincipal StampOnly(System.Security.Claims.ClaimsPrincipal principal) =>
        new(new System.Security.Claims.ClaimsIdentity(principal.Claims.Where(c => c.Type is AdminClaims.OperatorId or AdminClaims.SecurityStamp), "check"));

    private ForbidResult Refuse(string error, string description) => Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
