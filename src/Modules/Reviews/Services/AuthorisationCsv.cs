using System.Globalization;
using Admin.Modules.Reviews.Models;

namespace Admin.Modules.Reviews.Services;

/// <summary>
/// Writes the log as CSV, then the chain heads at export time. Instants are the network's local time with its offset
/// (ISO 8601, milliseconds kept): the hash covers the same instant in UTC (<c>Authorisation.CanonicalContent</c>).
/// </summary>
internal static class AuthorisationCsv
{
    private static readonly string[] Header =
    [
        "id", "outlet", "sequence", "occurredAt", "requestedAt", "points", "taskType", "taskId", "maker", "reviewer", "result", "reason", "clientIp",
        "summary", "previousHash", "hash",
    ];

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<Authorisation> records, IReadOnlyList<(string OutletCode, long Sequence, string Hash)> heads, DateTime exportedAt, TimeSpan offset, CancellationToken ct)
    {
        await Kernel.Csv.Csv.WriteAsync(body, Header, Rows(records, heads, exportedAt, offset), ct);
    }

    private static async IAsyncEnumerable<IEnumerable<string?>> Rows(IAsyncEnumerable<Authorisation> records, IReadOnlyList<(string OutletCode, long Sequence, string Hash)> heads, DateTime exportedAt, TimeSpan offset)
    {
        await foreach (var a in records)
        {
            yield return
            [
                a.Id.ToString(CultureInfo.InvariantCulture), a.OutletCode, a.Sequence.ToString(CultureInfo.InvariantCulture), Instant(a.OccurredAt, offset),
                a.RequestedAt is { } r ? Instant(r, offset) : "", a.PointCodes, a.TaskType, a.TaskId, a.MakerLogin, a.ReviewerLogin, a.Result.ToString(),
                a.Reason, a.ClientIp, a.Summary, a.PreviousHash.Trim(), a.Hash.Trim(),
            ];
        }

        // The chain heads at export time: an auditor keeps them to detect, later, records removed from a chain's tail.
        yield return [];
        yield return ["chainHeadsAt", Instant(exportedAt, offset)];
        yield return ["outlet", "sequence", "headHash"];
        foreach (var (outlet, sequence, hash) in heads)
        {
            yield return [outlet, sequence.ToString(CultureInfo.InvariantCulture), hash];
        }
    }

    private static string Instant(DateTime utc, TimeSpan offset) =>
        Kernel.Time.LocalTimes.ToLocal(utc, offset).ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + Kernel.Time.LocalTimes.OffsetText(offset);
}
