using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// Remembers what the cryptographic check of an access token found (decrypting the RSA-OAEP key and the payload, verifying
/// the RSA signature, parsing the JSON), keyed by the exact token string and the issuers and token types it was checked for,
/// so that the next request with the same token skips the check: that check is a pure function of the token and the host's
/// keys, which never change while the host runs, and it was the largest single cost of an API request (bench/PROFILE.md).
/// Nothing about the session is cached: every other step of OpenIddict's validation still runs on every request (expiry,
/// token type, audience), and <see cref="SessionValidator"/> still reads the operator, the token's revocation status and the
/// permissions from the database on every request. An entry lives no longer than its token (and at most
/// <see cref="MaxAge"/>); only tokens that passed the check are kept, so a forged or altered token is always checked in full.
/// What is kept is an immutable copy of the claims (type, value, issuer, properties), never a principal, an identity or a
/// claim object: every request gets a principal built afresh, because OpenIddict's later steps (scope normalisation, the
/// internal claims) change the principal they are given, and a shared identity changed by one request while another
/// enumerated it answered 500 "Collection was modified" (tests/Admin.Tests/Security/ConcurrentTokenTests).
/// </summary>
internal sealed class AccessTokenCache(TimeProvider clock)
{
    /// <summary>Bounds the memory: beyond this many live tokens the cache starts again (operators' tokens last an hour).</summary>
    public const int Capacity = 4096;

    /// <summary>The longest an entry is kept, whatever the token's own lifetime.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(15);

    private const string HitProperty = "Admin.Operators.AccessTokenCache.Hit";
    private readonly TimeProvider _clock = clock;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(ImmutableArray<IdentityFacts> Identities, DateTimeOffset Until)
    {
        /// <summary>A new principal, identities and claims that no other request holds.</summary>
        public ClaimsPrincipal Build() => new(Identities.Select(i => i.Build()));
    }

    /// <summary>What an identity of a checked token says, as values only.</summary>
    private sealed record IdentityFacts(bool CaseSensitive, string? AuthenticationType, string NameType, string RoleType, ImmutableArray<ClaimFacts> Claims)
    {
        public static IdentityFacts? Of(ClaimsIdentity identity) => identity.Actor is not null || identity.BootstrapContext is not null
            ? null // nothing this host issues carries them; such a token is simply not cached
            : new(identity is CaseSensitiveClaimsIdentity, identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType,
                [.. identity.Claims.Select(c => new ClaimFacts(c.Type, c.Value, c.ValueType, c.Issuer, c.OriginalIssuer,
                    c.Properties.Count == 0 ? [] : [.. c.Properties]))]);

        public ClaimsIdentity Build()
        {
            var identity = CaseSensitive
                ? new CaseSensitiveClaimsIdentity(AuthenticationType, NameType, RoleType)
                : new ClaimsIdentity(AuthenticationType, NameType, RoleType);
            foreach (var c in Claims)
            {
                var claim = new Claim(c.Type, c.Value, c.ValueType, c.Issuer, c.OriginalIssuer, identity);
                foreach (var (key, value) in c.Properties)
                {
                    claim.Properties[key] = value;
                }

                identity.AddClaim(claim);
            }

            return identity;
        }
    }

    private sealed record ClaimFacts(string Type, string Value, string ValueType, string Issuer, string OriginalIssuer, ImmutableArray<KeyValuePair<string, string>> Properties);

    private static string? KeyOf(ValidateTokenContext context)
    {
        if (string.IsNullOrEmpty(context.Token) || context.TokenValidationParameters is not { } parameters)
        {
            return null;
        }

        return string.Join(' ', parameters.ValidIssuers ?? []) + '\n' + string.Join(' ', parameters.ValidTypes ?? []) + '\n' + context.Token;
    }

    /// <summary>Runs just before OpenIddict's own check: a token seen before gets its principal back, and the check is skipped.</summary>
    public sealed class Lookup(AccessTokenCache cache) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public static OpenIddictValidationHandlerDescriptor Descriptor { get; } = OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<Lookup>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order - 1)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            if (context.Principal is not null || KeyOf(context) is not { } key || !cache._entries.TryGetValue(key, out var entry))
            {
                return default;
            }

            if (entry.Until <= cache._clock.GetUtcNow())
            {
                cache._entries.TryRemove(key, out _);
                return default;
            }

            // Built afresh: the later steps of the pipeline change the principal they are given. No TokenValidationResult
            // (nothing after this step reads it, and IdentityModel's result builds its parts lazily, unsafe to share).
            context.Principal = entry.Build();
            context.Transaction.Properties[HitProperty] = true;
            return default;
        }
    }

    /// <summary>Runs just after OpenIddict's own check: keeps what a token that passed it yielded.</summary>
    public sealed class Store(AccessTokenCache cache) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public static OpenIddictValidationHandlerDescriptor Descriptor { get; } = OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<Store>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order + 1)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            if (context.IsRejected || context.Principal is null || context.Transaction.Properties.Remove(HitProperty) || KeyOf(context) is not { } key
                || !long.TryParse(context.Principal.FindFirst(Claims.ExpiresAt)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
            {
                return default;
            }

            var now = cache._clock.GetUtcNow();
            var until = DateTimeOffset.FromUnixTimeSeconds(expires);
            if (until <= now)
            {
                return default;
            }

            var identities = context.Principal.Identities.Select(IdentityFacts.Of).ToList();
            if (identities.Count == 0 || identities.Contains(null))
            {
                return default;
            }

            if (cache._entries.Count >= Capacity)
            {
                cache._entries.Clear();
            }

            cache._entries[key] = new Entry([.. identities.Select(i => i!)], until < now + MaxAge ? until : now + MaxAge);
            return default;
        }
    }
}
