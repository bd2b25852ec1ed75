using Admin.Kernel.Data;
using Admin.Kernel.Permissions;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Admin.Modules.Operators;

/// <summary>
/// The OpenID Connect server inside the host (docs/decisions/0009): authorization code + PKCE for interactive clients
/// with the console's own sign-in page, refresh tokens (rotated, a reused one ends its whole chain), client credentials
/// for systems, revocation, introspection, discovery and JWKS. Stores are the module's tables in <see cref="AdminDbContext"/>;
/// the keys are <see cref="ServerKey"/> rows, so every host on the database signs and accepts the same tokens.
/// API requests validate the access tokens locally.
/// </summary>
internal static class OperatorsOpenId
{
    /// <summary>Scopes every operator token may carry; the rest of the scopes are permission names (for system clients).</summary>
    public static readonly IReadOnlyList<string> ProtocolScopes = [Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess];

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore()
                .UseDbContext<AdminDbContext>()
                .ReplaceDefaultEntities<ClientApplication, ClientAuthorization, ClientScope, ClientToken, string>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetConfigurationEndpointUris(".well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                // Tokens of POST /api/auth/token belong to no client; their refresh tokens are redeemed without a client_id.
                o.AcceptAnonymousClients();
                o.RegisterScopes([.. ProtocolScopes]);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(configuration.GetValue("Auth:AccessTokenMinutes", 60.0)))
                    .SetRefreshTokenLifetime(TimeSpan.FromHours(configuration.GetValue("Auth:RefreshTokenHours", 12.0)))
                    // A refresh token is good once: presenting a redeemed one again revokes the whole chain at once.
                    .SetRefreshTokenReuseLeeway(TimeSpan.FromSeconds(configuration.GetValue("OpenId:RefreshTokenReuseLeewaySeconds", 0.0)));
                if (configuration["OpenId:Issuer"] is { Length: > 0 } issuer)
                {
                    o.SetIssuer(new Uri(issuer, UriKind.Absolute));
                }

                // POST /api/auth/token runs OpenIddict's sign-in outside an HTTP token request: its answer is taken, not written.
                o.AddEventHandler<OpenIddictServerEvents.ApplyTokenResponseContext>(b => b
                    .UseInlineHandler(context =>
                    {
                        if (context.Transaction.Properties.ContainsKey(TokenService.DirectIssue))
                        {
                            context.HandleRequest();
                        }

                        return default;
                    })
                    .SetOrder(int.MinValue + 100_000)
                    .SetType(OpenIddictServerHandlerType.Custom));

                var aspNetCore = o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough();
                if (!configuration.GetValue("OpenId:RequireHttps", true))
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                // The cryptographic check of a token already seen is not done again (AccessTokenCache says why that is safe).
                // Each request gets a principal built afresh from the cached values, never one another request holds
                // (tests/Admin.Tests/Security/ConcurrentTokenTests); OpenId:CacheAccessTokens=false checks every token in full.
                if (configuration.GetValue("OpenId:CacheAccessTokens", true))
                {
                    o.AddEventHandler(AccessTokenCache.Lookup.Descriptor);
                    o.AddEventHandler(AccessTokenCache.Store.Descriptor);
                }
            });
        services.AddSingleton<AccessTokenCache>();

        // Every permission is a scope a system client may be granted.
        services.AddOptions<OpenIddictServerOptions>().Configure<PermissionCatalog>((o, catalog) => o.Scopes.UnionWith(catalog.All.Select(p => p.Name)));
        services.AddSingleton<ServerKeys>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(sp => sp.GetRequiredService<ServerKeys>());
    }
}
