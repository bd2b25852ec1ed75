using Admin.Kernel.Data;
using Admin.Kernel.Security;

namespace Admin.Modules.Cards.Models;

/// <summary>Where a card stands. Stored and sent by name.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<CardStatus>))]
public enum CardStatus
{
    /// <summary>In use.</summary>
    Issued,
    /// <summary>挂失: reported lost (registered cards only).</summary>
    Lost,
    /// <summary>坏卡: the chip or the card is damaged.</summary>
    Bad,
    /// <summary>失效卡: no longer valid.</summary>
    Invalid,
    /// <summary>补卡: replaced by another card; its number is blocked for good.</summary>
    Replaced,
    /// <summary>清户/销卡: closed.</summary>
    Closed,
}

/// <summary>
/// An issued card: its number (from the issuing operator's drawer), product, customer (none for an anonymous card), the
/// primary card of a secondary one, and who issued it where. The money on it lives in the ledger (card, purse and deposit
/// accounts owned by the card's id), never on this row.
/// </summary>
public sealed class Card : IVersioned, IOutletOwned
{
    public const int MaxNumber = 19;
    public const int MaxHolder = 50;
    public const int MaxPlate = 20;
    public const int MaxNotes = 200;

    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public Guid ProductId { get; set; }
    /// <summary>The product's kind when the card was issued (kinds of a product never change once it has cards in stock).</summary>
    public CardKind Kind { get; set; }
    /// <summary>The customer; null for an anonymous card.</summary>
    public Guid? CustomerId { get; set; }
    /// <summary>The primary card, for a secondary card; else null.</summary>
    public Guid? PrimaryCardId { get; set; }
    public CardStatus Status { get; set; }
    public string? HolderName { get; set; }
    public string? VehiclePlate { get; set; }
    public string? Notes { get; set; }
    /// <summary>The issuing outlet (the card is this outlet's in lists and scopes).</summary>
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public Guid? OperatorId { get; set; }
    public string? OperatorLogin { get; set; }
    /// <summary>When it was issued (UTC).</summary>
    public DateTime IssuedAt { get; set; }
    /// <summary>When it expires (UTC), for products with a validity; null: it does not expire.</summary>
    public DateTime? ExpiresAt { get; set; }
    /// <summary>The face value an anonymous card was sold with; null for registered cards.</summary>
    public decimal? FaceValue { get; set; }
    public long Version { get; set; }

    /// <summary>A card counts toward its customer's cards (and the secondary-card limit) until it is replaced or closed.</summary>
    public static bool Counts(CardStatus status) => status is not (CardStatus.Replaced or CardStatus.Closed);

    /// <summary>The expiry of a card issued at <paramref name="issuedAt"/> under a validity of <paramref name="validityMonths"/> months.</summary>
    public static DateTime? ExpiryOf(DateTime issuedAt, int? validityMonths) => validityMonths is { } months ? issuedAt.AddMonths(months) : null;
}
