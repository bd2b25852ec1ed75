using Admin.Kernel.Jobs;
using Admin.Kernel.Settings;
using OpenIddict.Abstractions;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// The recurring job (kernel <see cref="RecurringJobs"/>, every <c>Operators.TokenPruneIntervalSeconds</c>) that deletes
/// OpenIddict's token entries and authorizations that can no longer be used (expired, redeemed, revoked, or of an ended
/// authorization) once they are older than <c>Operators.TokenPruneAgeDays</c>: every token issued adds a row, and without
/// this the token table only grows. A valid token or authorization is never deleted, whatever its age.
/// </summary>
internal sealed class TokenPruneJob(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, SystemSettings settings, TimeProvider clock) : IAdminJob
{
    public const string Key = "Operators.TokenPrune";

    public async Task RunAsync(AdminJobContext context, CancellationToken ct)
    {
        var threshold = clock.GetUtcNow().AddDays(-await settings.GetIntAsync(OperatorsSettings.TokenPruneAgeDays, ct));
        // Tokens first: an authorization is pruned only when no token hangs on it any more.
        var prunedTokens = await tokens.PruneAsync(threshold, ct);
        var prunedAuthorizations = await authorizations.PruneAsync(threshold, ct);
        context.Message = $"pruned {prunedTokens} tokens and {prunedAuthorizations} authorizations created before {threshold:yyyy-MM-dd HH:mm} UTC";
    }
}
