using System.Collections.Concurrent;
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

    private sealed record Entry(ClaimsPrincipal Principal, TokenValidationResult? Result, DateTimeOffset Until);

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

            // A copy: the later steps of the pipeline add claims to the principal they are given.
            context.Principal = entry.Principal.Clone();
            context.TokenValidationResult = entry.Result;
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

            if (cache._entries.Count >= Capacity)
            {
                cache._entries.Clear();
            }

            cache._entries[key] = new Entry(context.Principal.Clone(), context.TokenValidationResult, until < now + MaxAge ? until : now + MaxAge);
            return default;
        }
    }
}
