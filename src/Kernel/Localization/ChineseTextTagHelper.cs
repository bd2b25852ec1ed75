using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Admin.Kernel.Localization;

/// <summary>
/// Chinese inside an English page carries <c>lang="zh-CN"</c> (WCAG 3.1.2, language of parts), so a screen reader reads
/// 发卡充值 or a customer called 陈静 as Chinese, not letter by letter in English. Most such text is data (customer, outlet and
/// drawer names, audit details) or a term kept beside its translation ("Cleared (到账)"), so no view can be trusted to mark
/// it: the layouts' <c>&lt;body&gt;</c> is rewritten once, after rendering, when the page is not Chinese. Views register it
/// with <c>@addTagHelper *, Admin.Kernel</c> (the theme does).
/// </summary>
[HtmlTargetElement("body")]
public sealed class ChineseTextTagHelper : TagHelper
{
    /// <summary>Last, so that it sees what every other tag helper wrote.</summary>
    public override int Order => int.MaxValue;

    /// <inheritdoc />
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var content = await output.GetChildContentAsync();
        output.Content.SetHtmlContent(ChineseText.Mark(content.GetContent()));
    }
}

/// <summary>Marks the runs of Chinese in an HTML fragment written for a page in another language.</summary>
public static partial class ChineseText
{
    /// <summary>The language the runs are marked with.</summary>
    public const string Lang = AdminCultures.Chinese;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    // Elements whose content is text only: a <span> cannot go inside, so the element itself gets the lang.
    private static readonly HashSet<string> TextOnly = new(StringComparer.Ordinal) { "option", "textarea", "title" };

    // Elements whose content is never shown as text.
    private static readonly HashSet<string> Raw = new(StringComparer.Ordinal) { "script", "style", "template" };

    // The end tags of the elements whose content is copied whole, ready to search for.
    private static readonly Dictionary<string, string> EndTags = Raw.Concat(TextOnly).ToDictionary(n => n, n => "</" + n, StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidNames = Void.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TextOnlyNames = TextOnly.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> EndTagOf = EndTags.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the text holds a Chinese character (or CJK punctuation).</summary>
    public static bool Has(string text) => Has(text.AsSpan());

    // Every character of a run is at U+3000 or above: a vectorised search for those rules out most text before the pattern.
    private static bool Has(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u3000', '\uFFEF') >= 0 && Run().IsMatch(text);

    /// <summary>
    /// Wraps each run of Chinese in text content in <c>&lt;span lang="zh-CN"&gt;</c>, unless an enclosing element already says
    /// its language is Chinese; an <c>option</c>, <c>textarea</c> or <c>title</c> with Chinese gets the attribute itself.
    /// Tags, attributes, comments and script are copied unchanged.
    /// </summary>
    /// <remarks>
    /// It runs over the whole body of every English page that shows Chinese data, so it copies spans of the page rather than
    /// cutting it into strings (it was 14.5% of a list page's time, bench/PROFILE.md): a string is made only for an element
    /// that carries a <c>lang</c> attribute.
    /// </remarks>
    public static string Mark(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!Has(html))
        {
            return html;
        }

        var page = html.AsSpan();
        var output = new StringBuilder(html.Length + 256);
        var langs = new List<LangScope>(); // the elements with a lang attribute that are open, innermost last
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i)
            {
                AppendText(output, page[i..textEnd], InChinese(langs));
            }

            if (lt < 0)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                output.Append(html, lt, i - lt);
                continue;
            }

            var end = TagEnd(html, lt);
            var tag = page[lt..end];
            i = end;
            var closing = tag.Length > 1 && tag[1] == '/';
            var name = Name(tag, closing ? 2 : 1);
            if (name.IsEmpty)
            {
                output.Append(tag); // a stray "<" in text, or a doctype
                continue;
            }

            if (closing)
            {
                output.Append(tag);
                Close(langs, name);
                continue;
            }

            var selfClosing = VoidNames.Contains(name) || tag.EndsWith("/>", StringComparison.Ordinal);
            if (!selfClosing)
            {
                foreach (var scope in langs)
                {
                    if (name.SequenceEqual(scope.Tag))
                    {
                        scope.Depth++; // a nested element of the same name: the scope ends at the matching end tag
                    }
                }
            }

            // Only a tag that mentions "lang" can carry the attribute; only then is the tag made a string for the pattern.
            var lang = tag.Contains("lang", StringComparison.OrdinalIgnoreCase) ? LangAttribute().Match(tag.ToString()) : Match.Empty;
            if (EndTagOf.TryGetValue(name, out var endTag))
            {
                // Copy the content unchanged up to the element's end tag; a text-only element with Chinese in it says so.
                var closeAt = html.IndexOf(endTag, i, StringComparison.OrdinalIgnoreCase);
                closeAt = closeAt < 0 ? html.Length : closeAt;
                var inner = page[i..closeAt];
                if (TextOnlyNames.Contains(name) && !lang.Success && !InChinese(langs) && Has(inner))
                {
                    AppendWithLang(output, tag);
                }
                else
                {
                    output.Append(tag);
                }

                output.Append(inner);
                i = closeAt;
            }
            else
            {
                output.Append(tag);
            }

            if (lang.Success && !selfClosing)
            {
                langs.Add(new LangScope(name.ToString(), IsChinese(lang.Groups[2].Value)));
            }
        }

        return output.ToString();
    }

    // Text between tags: copied as it is, or with each run of Chinese wrapped.
    private static void AppendText(StringBuilder output, ReadOnlySpan<char> text, bool inChinese)
    {
        if (inChinese || text.IndexOfAnyInRange('\u3000', '\uFFEF') < 0)
        {
            output.Append(text);
            return;
        }

        var from = 0;
        foreach (var run in Run().EnumerateMatches(text))
        {
            output.Append(text[from..run.Index]).Append("<span lang=\"").Append(Lang).Append("\">")
                .Append(text.Slice(run.Index, run.Length)).Append("</span>");
            from = run.Index + run.Length;
        }

        output.Append(text[from..]);
    }

    private static bool InChinese(List<LangScope> langs) => langs.Count > 0 && langs[^1].Chinese;

    private static bool IsChinese(string lang) => lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static void Close(List<LangScope> langs, ReadOnlySpan<char> name)
    {
        for (var k = langs.Count - 1; k >= 0; k--)
        {
            if (!name.SequenceEqual(langs[k].Tag))
            {
                continue;
            }

            if (--langs[k].Depth == 0)
            {
                langs.RemoveRange(k, langs.Count - k);
            }

            return;
        }
    }

    private static void AppendWithLang(StringBuilder output, ReadOnlySpan<char> tag)
    {
        var at = tag.EndsWith("/>", StringComparison.Ordinal) ? tag.Length - 2 : tag.Length - 1;
        output.Append(tag[..at]).Append(" lang=\"").Append(Lang).Append('"').Append(tag[at..]);
    }

    // The index after the tag's ">", skipping quoted attribute values.
    private static int TagEnd(string html, int start)
    {
        char? quote = null;
        for (var k = start + 1; k < html.Length; k++)
        {
            var c = html[k];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return k + 1;
            }
        }

        return html.Length;
    }

    // The element's name, lower case; a slice of the tag unless the page wrote it with capitals.
    private static ReadOnlySpan<char> Name(ReadOnlySpan<char> tag, int from)
    {
        var k = from;
        var upper = false;
        while (k < tag.Length && (char.IsAsciiLetterOrDigit(tag[k]) || tag[k] == '-'))
        {
            upper |= char.IsAsciiLetterUpper(tag[k]);
            k++;
        }

        if (k == from || !char.IsAsciiLetter(tag[from]))
        {
            return [];
        }

        return upper ? tag[from..k].ToString().ToLowerInvariant() : tag[from..k];
    }

    // CJK punctuation, ideographs (with extension A and the compatibility block) and full-width forms; a run may hold digits
    // and spaces between them ("2026年12月"), never at its ends.
    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF](?:[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF0-9 ]*[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF])?")]
    private static partial Regex Run();

    [GeneratedRegex(@"\slang\s*=\s*([""']?)([A-Za-z-]*)\1")]
    private static partial Regex LangAttribute();

    private sealed class LangScope(string tag, bool chinese)
    {
        public string Tag { get; } = tag;

        public bool Chinese { get; } = chinese;

        public int Depth { get; set; } = 1;
    }
}
