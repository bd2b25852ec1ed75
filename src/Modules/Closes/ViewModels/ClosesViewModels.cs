using Admin.Kernel.Paging;
using Admin.Kernel.Reviews;
using Admin.Modules.Closes.Models;
using Admin.Modules.Closes.Services;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.Closes.ViewModels;

/// <summary>The amounts counted per payment method, as typed.</summary>
public sealed class CountFields
{
    public string? Cash { get; set; }
    public string? Cheque { get; set; }
    public string? BankCard { get; set; }
    public string? Transfer { get; set; }

    public string? Of(string method) => method switch
    {
        "Cash" => Cash,
        "Cheque" => Cheque,
        "BankCard" => BankCard,
        "Transfer" => Transfer,
        _ => null,
    };
}

/// <summary>The shift close form: the count per method, the cash by denomination, a note; the till's tasks shown above it.</summary>
public sealed class ShiftCloseFormViewModel
{
    public CountFields Counted { get; set; } = new();
    public Dictionary<string, string?> Denominations { get; set; } = [];
    public string? Note { get; set; }
    public ReviewInput Review { get; set; } = new();

    // Shown, not posted.
    public TillShift? Shift { get; set; }
    public ReviewDialogModel? ReviewDialog { get; set; }
}

/// <summary>A shift close as kept (the shift report).</summary>
public sealed class ShiftCloseViewModel
{
    public ShiftClose Close { get; set; } = null!;
}

/// <summary>Today at the outlet with the daily close form: the day, the bank deposit slip and its amount.</summary>
public sealed class DayCloseFormViewModel
{
    public DateOnly? Day { get; set; }
    public string? SlipNumber { get; set; }
    public string? Amount { get; set; }

    // Shown, not posted.
    public DayStatus? Status { get; set; }
}

/// <summary>A closed day: its report, hash and, when asked, the verification.</summary>
public sealed class DayCloseViewModel
{
    public DayReport Report { get; set; } = null!;
    public DayClose Close { get; set; } = null!;
    public DayVerification? Verification { get; set; }
}

/// <summary>The closes: recent daily and shift closes, and the verification of closed days when asked.</summary>
public sealed class ClosesIndexViewModel
{
    public Page<DayClose> Days { get; set; } = new([], null);
    public Page<ShiftClose> Shifts { get; set; } = new([], null);
    public IReadOnlyList<DayVerification>? Verified { get; set; }
}

/// <summary>A month at the outlet with the monthly close form.</summary>
public sealed class MonthCloseFormViewModel
{
    public string? Month { get; set; }

    // Shown, not posted.
    public MonthStatus? Status { get; set; }
}

/// <summary>A closed month's report.</summary>
public sealed class MonthCloseViewModel
{
    public MonthClose Close { get; set; } = null!;
    public MonthReport Report { get; set; } = null!;
}

/// <summary>Head office's reopening form: outlet, day or month, period, reason; the review dialog over it; the latest reopenings.</summary>
public sealed class ReopenFormViewModel
{
    public string? Outlet { get; set; }
    public string? Kind { get; set; }
    public string? Period { get; set; }
    public string? Reason { get; set; }
    public ReviewInput Review { get; set; } = new();

    // Shown, not posted.
    public ReviewDialogModel? ReviewDialog { get; set; }
    public IReadOnlyList<PeriodReopening> Recent { get; set; } = [];
}
