using Admin.Kernel.Reviews;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.CustomerAccounts.Services;

namespace Admin.Modules.CustomerAccounts.ViewModels;

/// <summary>How a refund is paid, as every refund form posts it; and the review dialog.</summary>
public abstract class PayoutForm
{
    public string? Method { get; set; } = "Cash";
    public string? BankName { get; set; }
    public string? BankAccount { get; set; }
    public string? AccountName { get; set; }
    public ReviewInput Review { get; set; } = new();

    // Shown, not posted.
    public ReviewDialogModel? ReviewDialog { get; set; }

    public RefundPayout Payout() => new(Method, BankName, BankAccount, AccountName);
}

/// <summary>Closing a customer: the customer picked, what the closing would do, how the refund is paid.</summary>
public sealed class CloseFormViewModel : PayoutForm
{
    public string? Q { get; set; }
    public string? Customer { get; set; }

    // Shown, not posted.
    public CustomerPick Picker { get; set; } = CustomerPick.None;
    public ClosingPlan? Plan { get; set; }
}

/// <summary>A company customer's credit rating: the customer picked, the line as it is, the grade and limit to set.</summary>
public sealed class CreditFormViewModel
{
    public string? Q { get; set; }
    public string? Customer { get; set; }
    public string? Rating { get; set; }
    public string? Limit { get; set; }

    // Shown, not posted.
    public CustomerPick Picker { get; set; } = CustomerPick.None;
    public CreditView? View { get; set; }
    public bool CanRate { get; set; }
}

/// <summary>A special or small refund.</summary>
public sealed class RefundFormViewModel : PayoutForm
{
    public string? Kind { get; set; } = "Small";
    public string? Customer { get; set; }
    public string? Card { get; set; }
    public string? Amount { get; set; }
    /// <summary>A code of head office's refund reasons.</summary>
    public string? Reason { get; set; }
    public string? Note { get; set; }
}

/// <summary>A deposit return for a closed card.</summary>
public sealed class DepositReturnFormViewModel : PayoutForm
{
    public string? Card { get; set; }
    public string? Amount { get; set; }
}

/// <summary>The refunds list.</summary>
public sealed class RefundsViewModel
{
    public RefundStatus? Status { get; set; }
    public IReadOnlyList<Refund> Items { get; set; } = [];
    public string? Next { get; set; }
    public bool IsFirstPage { get; set; } = true;
}

/// <summary>One refund (its receipt), with the pay button when a transfer is still payable.</summary>
public sealed class RefundViewModel
{
    public required Refund Refund { get; init; }
    public bool CanPay { get; init; }

    /// <summary>The screen of the task the refund came from, when the operator may run it (the receipt's "Next customer").</summary>
    public string? NextCustomer { get; init; }
}

/// <summary>The arrivals list (unmatched by default) with the form that records one.</summary>
public sealed class ArrivalsViewModel
{
    public ArrivalStatus? Status { get; set; } = ArrivalStatus.Unmatched;
    public IReadOnlyList<Arrival> Items { get; set; } = [];
    public string? Next { get; set; }
    public bool IsFirstPage { get; set; } = true;
    public ArrivalFormViewModel Form { get; set; } = new();
}

/// <summary>A bank transfer to record.</summary>
public sealed class ArrivalFormViewModel
{
    public string? Amount { get; set; }
    public string? BankReference { get; set; }
    public string? Payer { get; set; }
    public string? ReceivedOn { get; set; }
    public string? Note { get; set; }
    public string? Customer { get; set; }
}
