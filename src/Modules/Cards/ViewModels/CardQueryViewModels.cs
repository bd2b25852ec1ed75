using Admin.Modules.Cards.Services;

namespace Admin.Modules.Cards.ViewModels;

/// <summary>The card query screen: find a card by number, or list cards by customer, status and outlet (filters in the URL).</summary>
public sealed class CardListViewModel
{
    public string? Number { get; set; }
    public string? Customer { get; set; }
    public string? Status { get; set; }
    public string? Outlet { get; set; }
    public string? After { get; set; }
    public IReadOnlyList<CardView> Cards { get; set; } = [];
    public string? Next { get; set; }
    /// <summary>True when a list was asked for (a filter or a page), so an empty result is "none match", not "search first".</summary>
    public bool Listed { get; set; }

    public Dictionary<string, string?> Query() => new() { ["customer"] = Customer, ["status"] = Status, ["outlet"] = Outlet };
}

/// <summary>A card's page: the card, and the customer's other cards (a primary card's secondaries among them).</summary>
public sealed class CardPageViewModel
{
    public required CardView Card { get; init; }
    public IReadOnlyList<CardView> CustomerCards { get; init; } = [];
    public bool CustomerCardsTruncated { get; init; }
}
