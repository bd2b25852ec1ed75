using Admin.Kernel.Paging;
using Admin.Kernel.Reviews;
using Admin.Modules.TopUps.Models;
using Admin.Modules.TopUps.Services;

namespace Admin.Modules.TopUps.ViewModels;

/// <summary>What another outlet may see of the customer served: name, masked ID number, the card's status.</summary>
public sealed record ServedView(string Name, string MaskedId, string? Card, string? CardKind, string? CardStatus, string AccountOutlet, bool OtherOutlet);

/// <summary>A top-up or receipt form: the customer's code or a card, amount, payment method, reference, payer, cheque.</summary>
public sealed class TopUpFormViewModel
{
    public TopUpTask Task { get; set; }
    public string? Customer { get; set; }
    public string? Card { get; set; }
    public string? Amount { get; set; }
    public string? PaymentMethod { get; set; } = "Cash";
    public string? Reference { get; set; }
    public string? PayerName { get; set; }
    public string? PayerIdNumber { get; set; }
    public string? ChequeNumber { get; set; }
    public string? DrawerName { get; set; }
    public string? DrawerBank { get; set; }
    public string? DrawerAccount { get; set; }
    public DateOnly? ChequeDate { get; set; }
    public ReviewInput Review { get; set; } = new();

    // Shown, not posted.
    public ServedView? Served { get; set; }
    public ReviewDialogModel? ReviewDialog { get; set; }
    public string Screen => Task == TopUpTask.Receipt ? "~/topups/receive" : "~/topups/topup";
    public string CardField => Task == TopUpTask.Receipt ? "primaryCard" : "card";
}

/// <summary>The receipts list with its filters (kept in the URL).</summary>
public sealed class ReceiptListViewModel
{
    public string? Customer { get; set; }
    public string? Card { get; set; }
    public string? Status { get; set; }
    public Page<TopUpReceipt> Page { get; set; } = new([], null);
}

/// <summary>A receipt, with the cancel and reverse forms when allowed.</summary>
public sealed class ReceiptViewModel
{
    public TopUpReceipt Receipt { get; set; } = null!;
    public bool CanCorrect { get; set; }
    public bool SameDay { get; set; }
    public string? Reason { get; set; }
    public string Action { get; set; } = "cancel";
    public ReviewInput Review { get; set; } = new();
    public ReviewDialogModel? ReviewDialog { get; set; }
}

/// <summary>What a cancel or reverse form posts.</summary>
public sealed class CorrectionForm
{
    public string? Reason { get; set; }
    public ReviewInput Review { get; set; } = new();
}
