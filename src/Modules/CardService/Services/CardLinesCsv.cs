using Admin.Kernel.Csv;
using Admin.Kernel.Time;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.CardService.Services;

/// <summary>The card statement as CSV: local time with its offset, account, change (account side), task, memo, reference, operator.</summary>
internal static class CardLinesCsv
{
    public static readonly string[] Header = ["time", "account", "change", "entry", "task", "memo", "reference", "operator"];

    public static async IAsyncEnumerable<IEnumerable<string?>> RowsAsync(IAsyncEnumerable<OwnerLine> lines, TimeSpan offset)
    {
        await foreach (var l in lines)
        {
            yield return
            [
                LocalTimes.Iso(l.At, offset), l.Kind.ToString(), l.Change.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                l.EntryId.ToString(System.Globalization.CultureInfo.InvariantCulture), l.TaskType, l.Memo, l.Reference, l.OperatorLogin,
            ];
        }
    }

    public static Task WriteAsync(Stream body, IAsyncEnumerable<OwnerLine> lines, TimeSpan offset, CancellationToken ct) =>
        Csv.WriteAsync(body, Header, RowsAsync(lines, offset), ct);
}
