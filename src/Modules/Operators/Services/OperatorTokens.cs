using Admin.Kernel.Data;
using Admin.Modules.Operators.Models;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// Ends an operator's OpenIddict tokens and authorizations in the store, wherever the operator's sessions end (new
/// security stamp: password change or reset, login-name change, disable, sign-out). The stamp already ends their
/// access tokens on every host at the next request (the session check compares it); revoking the entries also
/// refuses their refresh tokens and codes at <c>/connect/token</c> and answers "inactive" at introspection.
/// </summary>
internal static class OperatorTokens
{
    public static async Task RevokeAsync(AdminDbContext db, Guid operatorId, CancellationToken ct)
    {
        var subject = operatorId.ToString();
        await db.Set<ClientToken>()
            .Where(t => t.Subject == subject && (t.Status == Statuses.Valid || t.Status == Statuses.Redeemed))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, Statuses.Revoked), ct);
        await db.Set<ClientAuthorization>()
            .Where(a => a.Subject == subject && a.Status == Statuses.Valid)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, Statuses.Revoked), ct);
    }
}
