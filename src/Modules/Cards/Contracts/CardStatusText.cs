namespace Admin.Modules.Cards.Contracts;

/// <summary>
/// A card status as screens show it (the text key): "Closed" is a text of several modules (an outlet closed is 撤销), so a
/// closed card has its own text, "Card closed" (已销卡).
/// </summary>
public static class CardStatusText
{
    /// <summary>The English text (a key of the texts) of a card status given by name.</summary>
    public static string Of(string? status) => status == "Closed" ? "Card closed" : status ?? "";
}
