using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Admin.Modules.Operators.Services;

/// <summary>The answer of <c>POST /api/auth/token</c> and <c>/api/auth/change-password</c>.</summary>
public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken, bool MustChangePassword);

/// <summary>
/// Issues OpenIddict tokens for <c>POST /api/auth/token</c> (docs/decisions/0009): the sign-in rules are checked by
/// <see cref="SignInService"/> as on the login screen, then the token pair is produced by OpenIddict's own sign-in
/// pipeline, exactly as for <c>/connect/token</c> — same format, same keys, same stored token entries, refreshed at
/// <c>/connect/token</c> with <c>grant_type=refresh_token</c>.
/// </summary>
public sealed class TokenService(IOpenIddictServerFactory factory, IOpenIddictServerDispatcher dispatcher, IHttpContextAccessor http)
{
    /// <summary>Marks a transaction whose token response is taken by <see cref="IssueAsync"/> rather than written.</summary>
    internal const string DirectIssue = "Admin.Operators.DirectIssue";

    /// <summary>Issues a token pair for an operator who just signed in.</summary>
    public async Task<TokenResponse> IssueAsync(SignedInOperator signedIn, CancellationToken ct)
    {
        var transaction = await factory.CreateTransactionAsync();
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Tokens are issued within a request.");
        transaction.BaseUri = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/", UriKind.Absolute);
        transaction.RequestUri = new Uri(transaction.BaseUri, "connect/token");
        transaction.EndpointType = OpenIddictServerEndpointType.Token;
        transaction.CancellationToken = ct;
        transaction.Properties[DirectIssue] = true;
        transaction.Request = new OpenIddictRequest { GrantType = GrantTypes.Password, Scope = Scopes.OfflineAccess };
        var context = new ProcessSignInContext(transaction)
        {
            CancellationToken = ct,
            Principal = OperatorPrincipal.ForToken(signedIn.Operator, signedIn.Outlet, signedIn.MustChangePassword, [Scopes.OfflineAccess]),
            Response = new OpenIddictResponse(),
        };
        await dispatcher.DispatchAsync(context);
        var response = transaction.Response ?? context.Response;
        if (context.IsRejected || response.AccessToken is not { } access || response.RefreshToken is not { } refresh)
        {
            throw new InvalidOperationException($"OpenIddict refused to issue tokens: {context.Error} {context.ErrorDescription}");
        }

        return new TokenResponse(TokenTypes.Bearer, access, (long)(response.ExpiresIn ?? 0), refresh, signedIn.MustChangePassword);
    }
}
