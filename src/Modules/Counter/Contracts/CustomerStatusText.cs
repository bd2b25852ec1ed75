namespace Admin.Modules.Counter.Contracts;

/// <summary>
/// A customer status as screens show it (the text key): "Closed" is a text of several modules (an outlet closed is 撤销), so a
/// closed customer has its own text, "Customer closed" (已清户).
/// </summary>
public static class CustomerStatusText
{
    /// <summary>The text of the Closed status.</summary>
    public const string Closed = "Customer closed";

    /// <summary>The English text (a key of the texts) of a customer status given by name.</summary>
    public static string Of(string? status) => status == "Closed" ? Closed : status ?? "";
}
