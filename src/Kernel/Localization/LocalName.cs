using System.Globalization;

namespace Admin.Kernel.Localization;

/// <summary>
/// A name kept in both languages (a fee item, a payment method): formatted into a message it gives the current UI
/// language's name, so a review reason or subject built once reads right in English and 简体中文.
/// </summary>
public sealed record LocalName(string En, string Zh)
{
    /// <summary>The name in the current UI language.</summary>
    public override string ToString() => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;
}
