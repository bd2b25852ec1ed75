using Admin.Kernel.Results;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Admin.Modules.Operators.Services;

/// <summary>The answer of <c>POST /api/auth/token</c> and <c>/api/auth/refresh</c>.</summary>
public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken, bool MustChangePassword);

/// <summary>
/// Issues bearer and refresh tokens with ASP.NET Core's bearer-token handler protectors. Tokens are protected with the
/// data-protection keys kept in the database, so any host accepts a token another host issued.
/// </summary>
public sealed class TokenService(IOptionsMonitor<BearerTokenOptions> options, Kernel.Data.AdminDbContext db, IOutletDirectory outlets, SessionValidator sessions, TimeProvider clock)
{
    /// <summary>Issues a token pair for an operator who just signed in.</summary>
    public TokenResponse Issue(SignedInOperator signedIn)
    {
        var o = options.Get(IdentityConstants.BearerScheme);
        var principal = OperatorPrincipal.Create(signedIn.Operator, signedIn.Outlet, signedIn.MustChangePassword, IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var access = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + o.BearerTokenExpiration }, IdentityConstants.BearerScheme);
        var refresh = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + o.RefreshTokenExpiration }, IdentityConstants.BearerScheme + ":refresh");
        return new TokenResponse("Bearer", o.BearerTokenProtector.Protect(access), (long)o.BearerTokenExpiration.TotalSeconds, o.RefreshTokenProtector.Protect(refresh), signedIn.MustChangePassword);
    }

    /// <summary>Renews a token pair from a refresh token whose session is still good.</summary>
    public async Task<OperationResult<TokenResponse>> RefreshAsync(string? refreshToken, CancellationToken ct)
    {
        var o = options.Get(IdentityConstants.BearerScheme);
        var ticket = string.IsNullOrEmpty(refreshToken) || refreshToken.Length > 8192 ? null : o.RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || expires < clock.GetUtcNow()
            || ticket.AuthenticationScheme != IdentityConstants.BearerScheme + ":refresh"
            || !await sessions.IsValidAsync(ticket.Principal, ct))
        {
            return OperationResult<TokenResponse>.Fail(FailureKind.Unauthorized, OperatorsErrors.RefreshInvalid());
        }

        var id = Guid.Parse(ticket.Principal.FindFirst(Kernel.Security.AdminClaims.OperatorId)!.Value);
        var op = await db.Set<Operator>().AsNoTracking().FirstAsync(x => x.Id == id, ct);
        var outlet = (await outlets.FindAsync(op.OutletId, ct))!;
        var mustChange = ticket.Principal.HasClaim(c => c.Type == Kernel.Security.AdminClaims.MustChangePassword) && op.MustChangePassword;
        return OperationResult<TokenResponse>.Success(Issue(new SignedInOperator(op, outlet, mustChange || op.MustChangePassword)));
    }
}
