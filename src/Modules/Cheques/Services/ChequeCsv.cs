using System.Globalization;
using Admin.Kernel.Csv;
using Admin.Kernel.Money;
using Admin.Modules.Cheques.Models;

namespace Admin.Modules.Cheques.Services;

/// <summary>The cheque export's columns.</summary>
internal static class ChequeCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["receipt", "outlet", "customer", "customerName", "number", "drawerName", "drawerBank", "drawerAccount", "amount", "chequeDate", "receivedAt", "receivedBy", "status", "clearedOn", "bouncedOn", "bounceReason", "bounceNote", "negativeBalance"];

    /// <summary>Writes cheques as CSV (UTF-8 with BOM).</summary>
    /// <remarks>Instants are local time with the offset (ISO 8601): what a person reads, the same instant a program parses.</remarks>
    public static Task WriteAsync(Stream body, IAsyncEnumerable<Cheque> cheques, TimeSpan offset, CancellationToken ct) =>
        Csv.WriteAsync(body, Columns, cheques.Select(c => (IEnumerable<string?>)
        [
            c.Receipt, c.OutletCode, c.CustomerCode, c.CustomerName, c.Number, c.DrawerName, c.DrawerBank, c.DrawerAccount, Money.Format(c.Amount),
            Day(c.ChequeDate), Kernel.Time.LocalTimes.Iso(c.ReceivedAt, offset), c.ReceivedBy, c.Status.ToString(),
            c.ClearedOn is { } cl ? Day(cl) : null, c.BouncedOn is { } b ? Day(b) : null, c.BounceReason?.ToString(), c.BounceNote, c.NegativeBalance ? "true" : "false",
        ]), ct);

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
