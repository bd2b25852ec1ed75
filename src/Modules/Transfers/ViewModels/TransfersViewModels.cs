using Admin.Kernel.Reviews;
using Admin.Modules.Transfers.Models;

namespace Admin.Modules.Transfers.ViewModels;

/// <summary>The manual transfer form: from and to (customer code or card number), amount, reason; the review dialog when asked.</summary>
public sealed class TransferFormViewModel
{
    public string? FromCustomer { get; set; }
    public string? FromCard { get; set; }
    public string? ToCustomer { get; set; }
    public string? ToCard { get; set; }
    public string? Amount { get; set; }
    public string? Reason { get; set; }
    public ReviewInput Review { get; set; } = new();

    // Shown, not posted.
    public ReviewDialogModel? ReviewDialog { get; set; }
}

/// <summary>The list of manual transfers.</summary>
public sealed class TransfersViewModel
{
    public IReadOnlyList<ManualTransfer> Items { get; init; } = [];
    public string? Next { get; init; }
    public bool IsFirstPage { get; init; }
}
