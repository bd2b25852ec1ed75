using System.Text;

namespace Admin.Kernel.Csv;

/// <summary>RFC 4180 CSV, small enough to read in one sitting: exports (UTF-8 with BOM) and imports.</summary>
public static class Csv
{
    /// <summary>Formats one record: fields quoted when needed, formula-looking cells neutralised.</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    /// <summary>One field, quoted when it holds a comma, quote or line break.</summary>
    public static string Field(string? value)
    {
        value ??= "";
        // A cell starting with = + - @ is a formula to spreadsheet programs (CSV injection); prefix a quote mark.
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]) && !decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>Writes records to a response body as UTF-8 with a BOM, so spreadsheet programs read the Chinese.</summary>
    public static async Task WriteAsync(Stream body, IEnumerable<string> header, IAsyncEnumerable<IEnumerable<string?>> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(Line(header));
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteAsync(Line(row));
        }
    }

    /// <summary>
    /// Parses CSV text into records. Answers null with the 1-based line of the problem when a quoted field is not closed.
    /// </summary>
    public static (List<string[]>? Records, int ErrorLine) Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var quoteStartLine = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    quoteStartLine = line;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    line++;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            return (null, quoteStartLine);
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        records.RemoveAll(r => r.Length == 1 && r[0].Length == 0);
        return (records, 0);
    }
}
