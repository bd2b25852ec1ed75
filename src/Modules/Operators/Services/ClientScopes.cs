using System.Text.Json;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// A system client's scopes are permission names (<c>Cards.View</c>, <c>Ledger.Post</c>): granting a scope grants exactly
/// that permission, and a client holds no more than its token's scopes that it is still granted.
/// </summary>
public static class ClientScopes
{
    /// <summary>The scopes granted in an application's OpenIddict permissions (JSON array; <c>scp:</c> entries).</summary>
    public static IReadOnlySet<string> Granted(string? permissionsJson)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(permissionsJson))
        {
            return granted;
        }

        foreach (var p in JsonSerializer.Deserialize<string[]>(permissionsJson) ?? [])
        {
            if (p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            {
                granted.Add(p[Permissions.Prefixes.Scope.Length..]);
            }
        }

        return granted;
    }
}
