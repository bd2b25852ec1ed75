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

/// <summary>A record's name kept in English and, optionally, in Chinese (a seeded outlet, role or administrator).</summary>
public static class LocalNames
{
    /// <summary>True when the current UI language is Chinese.</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Chinese name in a Chinese interface when there is one; otherwise the English (or only) name.</summary>
    public static string Pick(string name, string? nameZh) => IsChinese && !string.IsNullOrWhiteSpace(nameZh) ? nameZh : name;

    /// <summary>As <see cref="Pick(string, string?)"/>, for optional names.</summary>
    public static string? PickOptional(string? name, string? nameZh) => IsChinese && !string.IsNullOrWhiteSpace(nameZh) ? nameZh : name;
}
