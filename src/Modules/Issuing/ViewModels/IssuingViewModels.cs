using Admin.Kernel.Reviews;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Issuing.Models;

namespace Admin.Modules.Issuing.ViewModels;

/// <summary>A card row of a screen form.</summary>
public sealed class CardRowForm
{
    public string? Number { get; set; }
    public string? HolderName { get; set; }
    public string? VehiclePlate { get; set; }
    public string? FaceValue { get; set; }
}

/// <summary>What every issuing screen shares: payment method, fees of the (first) card, review, choices.</summary>
public abstract class IssuingFormBase
{
    public string? Product { get; set; }
    public string? PaymentMethod { get; set; }
    public string? CardFee { get; set; }
    public string? Deposit { get; set; }
    public string? ServiceFee { get; set; }
    public bool ServiceInvoice { get; set; } = true;
    public string? InvoiceTitle { get; set; }
    public ReviewInput Review { get; set; } = new();

    // Shown, not posted.
    public IReadOnlyList<FeePrice> Fees { get; set; } = [];
    public IReadOnlyList<InvoiceTitleCopy> Titles { get; set; } = [];
    public ReviewDialogModel? ReviewDialog { get; set; }
}

/// <summary>Open an account and issue: the customer picked (code) or registered here, and the card.</summary>
public sealed class IssueFormViewModel : IssuingFormBase
{
    public string? Q { get; set; }
    public string? Customer { get; set; }
    public bool NewCustomer { get; set; }
    public string? CustomerType { get; set; } = "Individual";
    public string? Name { get; set; }
    public string? IdType { get; set; } = "ResidentId";
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public bool MultiUser { get; set; }
    public CardRowForm Card { get; set; } = new();

    // Shown, not posted.
    public CustomerPick Picker { get; set; } = CustomerPick.None;
}

/// <summary>Secondary cards: customer code or primary card, up to ten card rows; the fees are the first card's.</summary>
public sealed class SecondaryFormViewModel : IssuingFormBase
{
    public const int Rows = 10;

    public string? Customer { get; set; }
    public string? PrimaryCard { get; set; }
    public List<CardRowForm> Cards { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new CardRowForm())];
}

/// <summary>Anonymous cards: up to ten rows of number and face value, the buyer when the rules ask for one.</summary>
public sealed class AnonymousFormViewModel : IssuingFormBase
{
    public string? BuyerType { get; set; } = "Individual";
    public string? BuyerName { get; set; }
    public string? BuyerIdType { get; set; }
    public string? BuyerIdNumber { get; set; }
    public List<CardRowForm> Cards { get; set; } = [.. Enumerable.Range(0, SecondaryFormViewModel.Rows).Select(_ => new CardRowForm())];
}

/// <summary>An issuing receipt.</summary>
public sealed class IssueReceiptViewModel
{
    public IssueRecord Record { get; set; } = null!;
}
