using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Kernel.Time;
using Admin.Modules.Ledger.Services;
using Admin.Modules.Ledger.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Ledger.Controllers;

/// <summary>The auditor's and head office's view of the ledger: trial balance, verification, accounts and their lines. Read only.</summary>
[Route("ledger")]
[RequirePermission(LedgerPermissions.View)]
public sealed class LedgerController(LedgerQuery query, LedgerVerifier verifier, LocalClock local, AdminText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool verify, CancellationToken ct) => View(new LedgerIndexViewModel
    {
        TrialBalance = await query.TrialBalanceAsync(ct),
        Verification = verify ? await verifier.VerifyAsync(ct) : null,
        Offset = await local.OffsetAsync(ct),
    });

    [HttpGet("accounts")]
    public async Task<IActionResult> Accounts(string? kind, string? owner, string? outlet, string? after, CancellationToken ct)
    {
        var model = new LedgerAccountsViewModel { Kind = kind, Owner = owner, Outlet = outlet, IsFirstPage = after is null };
        var result = await query.AccountsAsync(new AccountFilter(kind, owner, outlet, after), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(model);
        }

        model.Page = result.Value!;
        return View(model);
    }

    [HttpGet("accounts/{id:long}")]
    public async Task<IActionResult> Account(long id, string? after, CancellationToken ct)
    {
        var account = await query.AccountAsync(id, ct);
        var lines = await query.LinesAsync(id, after, null, ct);
        if (account is null || lines.Failure == Kernel.Results.FailureKind.NotFound)
        {
            return NotFound();
        }

        if (!lines.Succeeded)
        {
            ModelState.AddErrors(lines, text);
            return View(new LedgerAccountViewModel { Account = account, Lines = new([], null), Offset = await local.OffsetAsync(ct) });
        }

        return View(new LedgerAccountViewModel { Account = account, Lines = lines.Value!, IsFirstPage = after is null, Offset = await local.OffsetAsync(ct) });
    }
}
