using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Admin.Kernel.Results;

namespace Admin.Modules.Stations.Services;

/// <summary>One purchase record as a gateway sends it (every field required; nullable only so that a missing one is named).</summary>
public sealed record BatchRecordInput(long? Sequence, string? Card, DateTime? At, string? Product, decimal? Quantity, decimal? Amount, decimal? BalanceAfter, bool? Grey);

/// <summary>A terminal's batch: the terminal id, the gateway's batch number, how many records it holds, the records.</summary>
public sealed record BatchInput(string? Terminal, string? BatchNo, int? Count, IReadOnlyList<BatchRecordInput?>? Records);

/// <summary>
/// The canonical body a terminal signs (HMAC-SHA256 with its key, hex, header <c>X-Terminal-Signature</c>): UTF-8 lines ending in
/// <c>\n</c>: <c>STATIONS-BATCH-1</c>, <c>terminal=&lt;id&gt;</c>, <c>batch=&lt;batch number&gt;</c>, <c>count=&lt;n&gt;</c>, then one line per
/// record in the order sent: <c>sequence|card|at|product|quantity|amount|balanceAfter|grey</c> with <c>at</c> as
/// <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC), quantity with three decimals, amounts with two, grey <c>1</c> or <c>0</c>; a missing field is empty.
/// Independent of the JSON's spacing, key order and number spelling, so any JSON library can send it.
/// </summary>
public static class StationBatchCanonical
{
    public static string Of(BatchInput batch)
    {
        var s = new StringBuilder(64 + (batch.Records?.Count ?? 0) * 72);
        s.Append("STATIONS-BATCH-1\n");
        s.Append("terminal=").Append(batch.Terminal?.Trim()).Append('\n');
        s.Append("batch=").Append(batch.BatchNo?.Trim()).Append('\n');
        s.Append("count=").Append(batch.Count?.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var r in batch.Records ?? [])
        {
            if (r is null)
            {
                s.Append("|||||||\n");
                continue;
            }

            s.Append(r.Sequence?.ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(r.Card?.Trim()).Append('|')
                .Append(r.At?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('|')
                .Append(r.Product?.Trim()).Append('|')
                .Append(r.Quantity?.ToString("0.000", CultureInfo.InvariantCulture)).Append('|')
                .Append(r.Amount?.ToString("0.00", CultureInfo.InvariantCulture)).Append('|')
                .Append(r.BalanceAfter?.ToString("0.00", CultureInfo.InvariantCulture)).Append('|')
                .Append(r.Grey is null ? "" : r.Grey.Value ? "1" : "0").Append('\n');
        }

        return s.ToString();
    }

    public static string Hash(string canonical) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))).ToLowerInvariant();

    /// <summary>Every record checked; the errors name <c>records[i].field</c> (at most 50 listed).</summary>
    public static List<OperationError> Check(BatchInput batch, int maxRecords)
    {
        var errors = new List<OperationError>();
        var batchNo = batch.BatchNo?.Trim() ?? "";
        if (batchNo.Length is < 1 or > 40 || !batchNo.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add(StationsErrors.BatchNoInvalid());
        }

        var records = batch.Records ?? [];
        if (records.Count is < 1 || records.Count > maxRecords)
        {
            errors.Add(StationsErrors.TooManyRecords(maxRecords));
            return errors;
        }

        if (batch.Count != records.Count)
        {
            errors.Add(StationsErrors.CountMismatch(batch.Count ?? 0, records.Count));
        }

        var seen = new HashSet<long>();
        for (var i = 0; i < records.Count && errors.Count < 50; i++)
        {
            var r = records[i];
            if (r is null)
            {
                errors.Add(StationsErrors.RecordField(i, "sequence", "The record is empty."));
                continue;
            }

            if (r.Sequence is not > 0)
            {
                errors.Add(StationsErrors.RecordField(i, "sequence", "The sequence number is a whole number from 1."));
            }
            else if (!seen.Add(r.Sequence.Value))
            {
                errors.Add(StationsErrors.SequenceTwice(r.Sequence.Value));
            }

            var card = r.Card?.Trim() ?? "";
            if (card.Length is < 1 or > 32 || !card.All(char.IsAsciiDigit))
            {
                errors.Add(StationsErrors.RecordField(i, "card", "The card number is 1 to 32 digits."));
            }

            if (r.At is null || r.At.Value.Year < 2000)
            {
                errors.Add(StationsErrors.RecordField(i, "at", "The time of the purchase is missing (ISO 8601, UTC)."));
            }

            var product = r.Product?.Trim() ?? "";
            if (product.Length is < 1 or > Models.StationRecord.MaxProduct || !product.All(char.IsAsciiLetterOrDigit))
            {
                errors.Add(StationsErrors.RecordField(i, "product", "The product code is 1 to 16 letters and digits."));
            }

            if (r.Quantity is not { } q || q < 0 || q > 100_000m || decimal.Round(q, 3) != q)
            {
                errors.Add(StationsErrors.RecordField(i, "quantity", "The quantity is 0 to 100000 with at most three decimals."));
            }

            if (r.Amount is not { } a || a <= 0 || a > 100_000m || decimal.Round(a, 2) != a)
            {
                errors.Add(StationsErrors.RecordField(i, "amount", "The amount is above 0.00, at most 100000.00, with at most two decimals."));
            }

            if (r.BalanceAfter is not { } b || b < 0 || b > 1_000_000m || decimal.Round(b, 2) != b)
            {
                errors.Add(StationsErrors.RecordField(i, "balanceAfter", "The purse balance after the purchase is 0.00 or more with at most two decimals."));
            }

            if (r.Grey is null)
            {
                errors.Add(StationsErrors.RecordField(i, "grey", "Say whether the purchase is grey (true or false)."));
            }
        }

        return errors;
    }
}
