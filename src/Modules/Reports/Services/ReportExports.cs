using System.Globalization;
using Admin.Kernel.Csv;
using Admin.Kernel.Time;
using SpreadCheetah;

namespace Admin.Modules.Reports.Services;

/// <summary>
/// A report written as CSV or XLSX (SpreadCheetah, streamed): first the header rows naming the report and its filters (outlet,
/// first and last day, when it was made in local time, every reopening of the period), a blank row, the column titles, the rows
/// and the totals. Texts in the caller's language; amounts and counts are numbers in XLSX.
/// </summary>
public static class ReportExports
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(ReportData data, string extension) =>
        $"{data.Kind}-{data.Outlet ?? "all"}-{data.From:yyyyMMdd}-{data.To:yyyyMMdd}.{extension}";

    /// <summary>The header rows: (label, value) pairs.</summary>
    public static IReadOnlyList<(string Label, string Value)> Header(ReportData data, Func<string, string> t, TimeSpan offset)
    {
        var rows = new List<(string, string)>
        {
            (t("Report"), t(ReportKinds.Title(data.Kind))),
            (t("Outlet"), data.Outlet ?? t("All outlets you see")),
        };
        if (ReportKinds.IsRange(data.Kind))
        {
            rows.Add((t("From"), data.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            rows.Add((t("To"), data.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        else if (data.Kind != ReportKinds.Stock)
        {
            rows.Add((t("As of the end of"), data.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        rows.Add((t("Made at"), LocalTimes.Iso(data.MadeAt, offset)));
        rows.AddRange(data.Marks.Select(m => (t("Reopened period"), $"{m.Outlet} {m.Period} · {LocalTimes.Iso(m.ReopenedAt, offset)} · {m.By} · {m.Reason}")));
        return rows;
    }

    public static async Task WriteCsvAsync(Stream body, ReportData data, Func<string, string> t, TimeSpan offset, CancellationToken ct)
    {
        await using var writer = new StreamWriter(body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
        foreach (var (label, value) in Header(data, t, offset))
        {
            await writer.WriteAsync(Csv.Line([label, value]));
        }

        await writer.WriteAsync("\r\n");
        await writer.WriteAsync(Csv.Line(data.Columns.Select(c => t(c.Title))));
        foreach (var row in data.Rows)
        {
            await writer.WriteAsync(Csv.Line(row.Cells.Select((c, i) => data.Columns[i].Type == ReportCellType.Text ? t(c) : c)));
        }

        await writer.WriteAsync(Csv.Line(data.Totals.Select((c, i) => i == 0 ? t("Total") : c)));
    }

    public static async Task WriteXlsxAsync(Stream body, ReportData data, Func<string, string> t, TimeSpan offset, CancellationToken ct)
    {
        await using var sheet = await Spreadsheet.CreateNewAsync(body, cancellationToken: ct);
        await sheet.StartWorksheetAsync(t(ReportKinds.Title(data.Kind)) is { Length: <= 31 } name ? name : data.Kind, token: ct);
        foreach (var (label, value) in Header(data, t, offset))
        {
            await sheet.AddRowAsync([new DataCell(label), new DataCell(value)], ct);
        }

        await sheet.AddRowAsync(Array.Empty<DataCell>(), ct);
        await sheet.AddRowAsync(data.Columns.Select(c => new DataCell(t(c.Title))).ToArray(), ct);
        foreach (var row in data.Rows)
        {
            await sheet.AddRowAsync(row.Cells.Select((c, i) => Cell(data.Columns[i].Type, data.Columns[i].Type == ReportCellType.Text ? t(c) : c)).ToArray(), ct);
        }

        await sheet.AddRowAsync(data.Totals.Select((c, i) => i == 0 ? new DataCell(t("Total")) : Cell(data.Columns[i].Type, c)).ToArray(), ct);
        await sheet.FinishAsync(ct);
    }

    private static DataCell Cell(ReportCellType type, string text) =>
        type != ReportCellType.Text && text.Length > 0 && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? new DataCell(n) : new DataCell(text);
}
