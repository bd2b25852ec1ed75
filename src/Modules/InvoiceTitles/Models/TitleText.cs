using System.Text;

namespace Admin.Modules.InvoiceTitles.Models;

/// <summary>How the text of a title is kept: trimmed, full-width spaces and runs of spaces made one half-width space.</summary>
public static class TitleText
{
    /// <summary>Trims and collapses white space (including the ideographic space U+3000); null when nothing is left.</summary>
    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>Full-width ASCII forms (Ａ, １, ＋) become their half-width letters, digits and signs.</summary>
    public static string ToHalfWidth(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\uFF01' and <= '\uFF5E')
            {
                chars[i] = (char)(chars[i] - 0xFEE0);
            }
            else if (chars[i] == '\u3000')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }
}
