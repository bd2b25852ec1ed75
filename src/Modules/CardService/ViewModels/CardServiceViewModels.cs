using Admin.Modules.Cards.Contracts;
using Admin.Modules.CardService.Services;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.CardService.ViewModels;

/// <summary>The card-service start: a card (typed, scanned or read), or the customer's primary card.</summary>
public sealed class CardServiceFindViewModel
{
    public string? Card { get; set; }
    public string? PrimaryCard { get; set; }
}

/// <summary>A card's service page: the card, its money, its loss report and replacement, a page of its ledger lines, and what may be done now.</summary>
public sealed class CardServicePageViewModel
{
    public required CardSummary Summary { get; init; }
    public IReadOnlyList<OwnerLine> Lines { get; init; } = [];
    public string? Next { get; init; }
    public string? After { get; init; }
    public int WaitHours { get; init; }
    public DateTime Now { get; init; }
    public bool CanEdit { get; init; }
    public bool CanReportLoss { get; init; }
    public bool CanCancelLoss { get; init; }
    public bool CanReportBad { get; init; }
    public bool CanReplace { get; init; }
    public bool CanReactivate { get; init; }
    public bool CanMovePurse { get; init; }
    public bool CanUpgrade { get; init; }
    public bool CanRestrict { get; init; }
    public bool PinSet { get; init; }
    public bool PinLocked { get; init; }
    public bool CanChangePin { get; init; }
    public bool CanUnlockPin { get; init; }
    public bool CanResetPin { get; init; }
}

/// <summary>The card-data form (3.10) with the version read.</summary>
public sealed class CardDataViewModel
{
    public string? Card { get; set; }
    public string? HolderName { get; set; }
    public string? VehiclePlate { get; set; }
    public string? Notes { get; set; }
    public string? Version { get; set; }
}

/// <summary>The card-service tasks that share one form.</summary>
public enum CardTaskKind
{
    ReportLost,
    CancelLoss,
    ReportBad,
    Reactivate,
    Replace,
    PinChange,
    PinUnlock,
    PinReset,
    Upgrade,
}

/// <summary>A customer registered in an upgrade: type, name, ID document, phone (Counter's customer form).</summary>
public sealed class UpgradeCustomerForm
{
    public string? Type { get; set; } = "Individual";
    public string? Name { get; set; }
    public string? IdType { get; set; } = "ResidentId";
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }

    /// <summary>Something of a new customer was typed (the type and document choices alone are defaults, not a customer).</summary>
    public bool Given => !string.IsNullOrWhiteSpace(Name) || !string.IsNullOrWhiteSpace(IdNumber) || !string.IsNullOrWhiteSpace(Phone);
}

/// <summary>A card-service task's form: the card, and as the task needs the customer's ID number and the new card.</summary>
public sealed class CardTaskViewModel
{
    public string? Card { get; set; }
    public string? IdNumber { get; set; }
    public string? NewCard { get; set; }
    /// <summary>How the new card's fee is paid (a replacement).</summary>
    public string? PaymentMethod { get; set; } = "Cash";

    // PINs are posted, never shown again (the fields are always rendered empty).
    public string? OldPin { get; set; }
    public string? NewPin { get; set; }
    public string? ConfirmPin { get; set; }
    public string? ReviewLogin { get; set; }
    public string? ReviewPassword { get; set; }

    // An upgrade: the customer the card goes to (a code, or a new one) and the single-user product.
    public string? Customer { get; set; }
    public UpgradeCustomerForm NewCustomer { get; set; } = new();
    public string? Product { get; set; }

    /// <summary>The reviewer's credentials typed on the form, or null when none were typed.</summary>
    public Kernel.Reviews.ReviewCredentials? ReviewerCredentials() =>
        string.IsNullOrEmpty(ReviewLogin) && string.IsNullOrEmpty(ReviewPassword) ? null : new(ReviewLogin, ReviewPassword);

    // Shown, not posted.
    public CardTaskKind Kind { get; set; }
    public decimal CardFee { get; set; }
    public decimal UpgradeDeposit { get; set; }
    public decimal UpgradeServiceFee { get; set; }
    public CardSummary? Summary { get; set; }

    public bool AsksIdentity => Kind is CardTaskKind.ReportLost or CardTaskKind.CancelLoss or CardTaskKind.Replace or CardTaskKind.PinUnlock or CardTaskKind.PinReset
        || (Kind == CardTaskKind.Upgrade && Summary?.Card.Kind is null or "Secondary");
    public bool AsksOldPin => Kind == CardTaskKind.PinChange;
    public bool AsksNewPin => Kind is CardTaskKind.PinChange or CardTaskKind.PinReset;
    public bool AsksReviewer => Kind == CardTaskKind.PinReset;
    public bool AsksNewCard => Kind == CardTaskKind.Replace;
    public bool AsksCustomer => Kind == CardTaskKind.Upgrade;
}

/// <summary>The block list from a version on.</summary>
public sealed class BlockListViewModel
{
    public long Since { get; init; }
    public BlockListPage Page { get; init; } = new([], 0, false);
    public long Current { get; init; }
}

/// <summary>The restrictions form (3.11) and the copy/move form (3.12) of one card.</summary>
public sealed class RestrictionsViewModel
{
    public string? Card { get; set; }
    public List<string> Products { get; set; } = [];
    /// <summary>The dictionary's oil products: the active ones are offered, a deactivated one only while the card carries it.</summary>
    public IReadOnlyList<Dictionaries.Contracts.DictionaryItem> Choices { get; set; } = [];
    public string? PerPurchase { get; set; }
    public string? PerDay { get; set; }
    public string? PurchasesPerDay { get; set; }
    public string? From { get; set; }
    public string? Until { get; set; }
    public string? Version { get; set; }

    // The copy/move form.
    public string? Target { get; set; }
    public bool Move { get; set; }
}
