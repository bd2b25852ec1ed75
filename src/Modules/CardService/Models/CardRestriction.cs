using Admin.Kernel.Data;
using Admin.Kernel.Security;

namespace Admin.Modules.CardService.Models;

/// <summary>
/// A card's restrictions (限制信息 3.11), what the terminals will enforce: the products it may buy (none listed: all), the most per
/// purchase and per day, the purchases per day, and the hours of the day it may be used (local time; from after to spans
/// midnight). Null: no limit. Copied or moved to another card of the customer (3.12); a replacement takes them to the new card.
/// </summary>
public sealed class CardRestriction : IVersioned, IOutletOwned
{
    public const int MaxProducts = 120;
    public const decimal MaxAmount = 1_000_000m;
    public const int MaxPurchasesPerDay = 999;

    public Guid Id { get; set; }
    public Guid CardId { get; set; }
    public string CardNumber { get; set; } = "";
    /// <summary>The card's outlet.</summary>
    public Guid OutletId { get; set; }
    /// <summary>Product codes (the Dictionaries module's oil products), comma-separated in the dictionary's order; empty: every product.</summary>
    public string AllowedProducts { get; set; } = "";
    public decimal? PerPurchase { get; set; }
    public decimal? PerDay { get; set; }
    public int? PurchasesPerDay { get; set; }
    /// <summary>Minutes after local midnight from which the card may be used; null with <see cref="UntilMinute"/>: any time.</summary>
    public int? FromMinute { get; set; }
    public int? UntilMinute { get; set; }
    public DateTime ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
    public long Version { get; set; }

    public IReadOnlyList<string> ProductCodes => AllowedProducts.Length == 0 ? [] : AllowedProducts.Split(',');

    /// <summary>The same limits on another card.</summary>
    public void CopyLimitsFrom(CardRestriction other)
    {
        AllowedProducts = other.AllowedProducts;
        PerPurchase = other.PerPurchase;
        PerDay = other.PerDay;
        PurchasesPerDay = other.PurchasesPerDay;
        FromMinute = other.FromMinute;
        UntilMinute = other.UntilMinute;
    }

    public static string Clock(int? minute) => minute is { } m ? $"{m / 60:00}:{m % 60:00}" : "";
}
