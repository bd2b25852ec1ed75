using System.Net.Http.Json;
using Admin.Modules.Stations.Services;

namespace Admin.Tests.Stations;

/// <summary>
/// A station terminal as the gateway speaks for it: numbered purchase records (grey ones too), batches signed with the terminal's key
/// (HMAC-SHA256 of the canonical body, header X-Terminal-Signature), and the ways a batch goes wrong on the road (tampered, incomplete).
/// </summary>
public sealed class StationSimulator(string terminal, string keyHex)
{
    private long _sequence;
    private int _batch;

    public string Terminal => terminal;

    /// <summary>The next purchase (or the one at <paramref name="sequence"/>, which leaves a gap or fills one).</summary>
    public BatchRecordInput Purchase(string card, decimal amount, bool grey = false, long? sequence = null, string product = "92", decimal balanceAfter = 0m)
    {
        var seq = sequence ?? ++_sequence;
        _sequence = Math.Max(_sequence, seq);
        return new BatchRecordInput(seq, card, new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc).AddMinutes(seq), product, decimal.Round(amount / 7.5m, 3), amount, balanceAfter, grey);
    }

    /// <summary>Skips sequence numbers (a record lost on the way: a gap).</summary>
    public void Skip(int count = 1) => _sequence += count;

    public BatchInput Batch(IReadOnlyList<BatchRecordInput?> records, string? batchNo = null, int? count = null) =>
        new(terminal, batchNo ?? $"B{++_batch:D6}", count ?? records.Count, records);

    public string Sign(BatchInput batch) => TerminalKeys.Sign(keyHex, StationBatchCanonical.Of(batch));

    /// <summary>POSTs the batch with <paramref name="signature"/> (default: its own; null header when empty).</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient gateway, BatchInput batch, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/stations/batches") { Content = JsonContent.Create(batch) };
        if (!string.IsNullOrEmpty(signature))
        {
            request.Headers.Add("X-Terminal-Signature", signature);
        }

        return await gateway.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendAsync(HttpClient gateway, BatchInput batch) => SendAsync(gateway, batch, Sign(batch));

    /// <summary>Reports that <paramref name="card"/>'s PIN got locked at this terminal at <paramref name="at"/>, signed with <paramref name="signedAt"/>'s body (default: the same: a tampered report otherwise).</summary>
    public async Task<HttpResponseMessage> ReportPinLockAsync(HttpClient gateway, string card, DateTime at, DateTime? signedAt = null)
    {
        var report = new PinLockInput(terminal, card, at);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/stations/pin-locks") { Content = JsonContent.Create(report) };
        request.Headers.Add("X-Terminal-Signature", TerminalKeys.Sign(keyHex, PinLockReports.Canonical(report with { At = signedAt ?? at })));
        return await gateway.SendAsync(request);
    }
}
