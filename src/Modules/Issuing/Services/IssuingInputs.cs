using Admin.Kernel.Reviews;
using Admin.Modules.Counter.Contracts;

namespace Admin.Modules.Issuing.Services;

/// <summary>A card as typed or read: number, holder, vehicle plate, notes; for a secondary card its service fee (first card only may differ).</summary>
public sealed record CardInput(string? Number, string? HolderName = null, string? VehiclePlate = null, string? Notes = null, decimal? ServiceFee = null);

/// <summary>The fees collected for a card (null: the schedule's amount).</summary>
public sealed record FeeInput(decimal? CardFee = null, decimal? Deposit = null, decimal? ServiceFee = null);

/// <summary>
/// Open an account and issue (开户发卡): an existing customer (code or id) or a new one, a single-user card or (multi-user)
/// a primary card, the fees, the payment method; the service-fee invoice may be declined, an invoice title chosen when wanted.
/// </summary>
public sealed record IssueInput(
    string? Customer, NewCustomer? NewCustomer, bool MultiUser, string? Product, CardInput? Card, string? PaymentMethod, FeeInput? Fees,
    bool ServiceInvoice = true, string? InvoiceTitle = null, ReviewCredentials? Review = null);

/// <summary>Secondary cards (发副卡) under the customer's primary card, found by customer code or by the presented primary card.</summary>
public sealed record SecondaryInput(
    string? Customer, string? PrimaryCard, string? Product, IReadOnlyList<CardInput>? Cards, string? PaymentMethod, FeeInput? Fees,
    bool ServiceInvoice = true, string? InvoiceTitle = null, ReviewCredentials? Review = null);

/// <summary>An anonymous card sold: its number and face value.</summary>
public sealed record AnonymousCardInput(string? Number, decimal? FaceValue);

/// <summary>Anonymous cards sold in quantity (不记名卡), with the buyer recorded at or above the real-name threshold.</summary>
public sealed record AnonymousInput(
    string? Product, IReadOnlyList<AnonymousCardInput>? Cards, string? PaymentMethod, string? BuyerType = null, string? BuyerName = null,
    string? BuyerIdType = null, string? BuyerIdNumber = null);
