using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Admin.Kernel.Localization;

/// <summary>
/// A module's translations: English text (the key, as written in code and views) → text in <see cref="Culture"/>.
/// Found by scanning module assemblies; one class per module (<c>&lt;Module&gt;Texts</c>).
/// </summary>
public interface ITextProvider
{
    /// <summary>The culture these texts are for, e.g. <c>zh-CN</c>.</summary>
    string Culture { get; }

    /// <summary>English → translated text. Placeholders (<c>{0}</c>) keep their numbers.</summary>
    IReadOnlyDictionary<string, string> Texts { get; }
}

/// <summary>The cultures the console speaks.</summary>
public static class AdminCultures
{
    /// <summary>English.</summary>
    public const string English = "en";
    /// <summary>Simplified Chinese.</summary>
    public const string Chinese = "zh-CN";
    /// <summary>Both, English first (the default).</summary>
    public static readonly IReadOnlyList<string> All = [English, Chinese];
}

/// <summary>
/// The console's one string localizer: English keys, translated from every module's <see cref="ITextProvider"/>
/// for the current UI culture; a missing translation falls back to the English text.
/// </summary>
public sealed class AdminText : IStringLocalizer
{
    private readonly Dictionary<string, Dictionary<string, string>> _byCulture = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Merges the providers' texts.</summary>
    public AdminText(IEnumerable<ITextProvider> providers)
    {
        foreach (var provider in providers)
        {
            if (!_byCulture.TryGetValue(provider.Culture, out var texts))
            {
                _byCulture[provider.Culture] = texts = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            foreach (var (key, value) in provider.Texts)
            {
                texts[key] = value;
            }
        }
    }

    /// <inheritdoc />
    public LocalizedString this[string name]
    {
        get
        {
            var found = TryTranslate(name, out var value);
            return new LocalizedString(name, value, resourceNotFound: !found);
        }
    }

    /// <inheritdoc />
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var found = TryTranslate(name, out var value);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, value, arguments), resourceNotFound: !found);
        }
    }

    /// <inheritdoc />
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Lookup(CultureInfo.CurrentUICulture)?.Select(kv => new LocalizedString(kv.Key, kv.Value)) ?? [];

    /// <summary>True when a translation exists for the current UI culture (English always "exists").</summary>
    private bool TryTranslate(string name, out string value)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(culture.Name))
        {
            value = name;
            return true;
        }

        if (Lookup(culture) is { } texts && texts.TryGetValue(name, out var translated))
        {
            value = translated;
            return true;
        }

        value = name;
        return false;
    }

    private Dictionary<string, string>? Lookup(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_byCulture.TryGetValue(c.Name, out var texts))
            {
                return texts;
            }
        }

        return _byCulture.TryGetValue(culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? AdminCultures.Chinese : "", out var zh) ? zh : null;
    }

    /// <summary>Translates an operation error's message and formats its arguments in.</summary>
    public string Message(Results.OperationError error) =>
        error.Args.Length == 0 ? this[error.Message].Value : this[error.Message, error.Args!].Value;
}

/// <summary>Hands out <see cref="AdminText"/> for every type, so DataAnnotations and IStringLocalizer&lt;T&gt; use it too.</summary>
internal sealed class AdminTextFactory(AdminText text) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => text;

    public IStringLocalizer Create(string baseName, string location) => text;
}
