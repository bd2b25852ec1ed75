using Admin.Kernel.Reviews;

namespace Admin.Modules.CardService;

/// <summary>The card-service review points.</summary>
public sealed class CardServiceReviewPoints : IReviewPointProvider
{
    /// <summary>Resetting a card's PIN without the old one: a colleague confirms the customer's identity was checked.</summary>
    public const string PinReset = "CardService.PinReset";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(PinReset, "A card's PIN is reset without the old PIN (密码重置)"),
    ];
}
