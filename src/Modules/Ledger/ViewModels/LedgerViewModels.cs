using Admin.Kernel.Paging;
using Admin.Modules.Ledger.Services;

namespace Admin.Modules.Ledger.ViewModels;

/// <summary>The ledger's main screen: the trial balance, and the verification when asked for.</summary>
public sealed class LedgerIndexViewModel
{
    public required TrialBalance TrialBalance { get; init; }
    public LedgerVerification? Verification { get; init; }
    public TimeSpan Offset { get; init; }
}

/// <summary>The account list with its filters (kept in the URL).</summary>
public sealed class LedgerAccountsViewModel
{
    public string? Kind { get; init; }
    public string? Owner { get; init; }
    public string? Outlet { get; init; }
    public Page<AccountRow> Page { get; set; } = new([], null);
    public bool IsFirstPage { get; init; }
}

/// <summary>One account and a page of its lines.</summary>
public sealed class LedgerAccountViewModel
{
    public required AccountRow Account { get; init; }
    public required Page<LineRow> Lines { get; init; }
    public bool IsFirstPage { get; init; }
    public TimeSpan Offset { get; init; }
}
