using Admin.Kernel.Api;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Ledger.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Ledger.Api;

/// <summary>The ledger, read only: verification, trial balance, accounts and their lines.</summary>
[Route("api/ledger")]
[RequirePermission(LedgerPermissions.View)]
public sealed class LedgerApiController(LedgerQuery query, LedgerVerifier verifier) : AdminApiController
{
    /// <summary>
    /// Recomputes every visible balance from its lines and checks every entry sums to zero and no never-negative account is
    /// below zero; answers the verdict and the findings. Permission: Ledger.View.
    /// </summary>
    [HttpGet("verify")]
    [ProducesResponseType<LedgerVerification>(StatusCodes.Status200OK)]
    public async Task<LedgerVerification> Verify(CancellationToken ct) => await verifier.VerifyAsync(ct);

    /// <summary>Debits, credits, net and cached balance per account kind, and the grand totals (net zero). Permission: Ledger.View.</summary>
    [HttpGet("trial-balance")]
    [ProducesResponseType<TrialBalance>(StatusCodes.Status200OK)]
    public async Task<TrialBalance> TrialBalance(CancellationToken ct) => await query.TrialBalanceAsync(ct);

    /// <summary>Accounts by kind, owner (id) and outlet (code), keyset-paged. Permission: Ledger.View.</summary>
    [HttpGet("accounts")]
    [ProducesResponseType<Page<AccountRow>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Accounts(string? kind, string? owner, string? outlet, string? after, int? limit, CancellationToken ct)
    {
        var result = await query.AccountsAsync(new AccountFilter(kind, owner, outlet, after, limit), ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>One account; 404 for an account of an outlet the caller may not see. Permission: Ledger.View.</summary>
    [HttpGet("accounts/{id:long}")]
    [ProducesResponseType<AccountRow>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Account(long id, CancellationToken ct) =>
        await query.AccountAsync(id, ct) is { } account ? Ok(account) : Problem(OperationResult.NotFound(LedgerErrors.AccountNotFound()));

    /// <summary>An account's lines with their entries, newest first, keyset-paged. Permission: Ledger.View.</summary>
    [HttpGet("accounts/{id:long}/lines")]
    [ProducesResponseType<Page<LineRow>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Lines(long id, string? after, int? limit, CancellationToken ct)
    {
        var result = await query.LinesAsync(id, after, limit, ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }
}
