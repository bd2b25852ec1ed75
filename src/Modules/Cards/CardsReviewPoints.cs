using Admin.Kernel.Reviews;

namespace Admin.Modules.Cards;

/// <summary>The card module's review points.</summary>
public sealed class CardsReviewPoints : IReviewPointProvider
{
    /// <summary>Scrapping cards (报废): value-bearing stock leaves for good, so a colleague confirms it.</summary>
    public const string Scrap = "Cards.Scrap";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(Scrap, "Cards are scrapped (报废): they leave the stock for good"),
    ];
}
