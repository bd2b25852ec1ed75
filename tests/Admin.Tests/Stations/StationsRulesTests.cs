using Admin.Modules.Stations.Models;
using Admin.Modules.Stations.Services;

namespace Admin.Tests.Stations;

/// <summary>The stations' rules without a database: gaps, the canonical body and its signature, the silent flag.</summary>
public sealed class StationsRulesTests
{
    [Fact]
    public void Gaps_AreTheRunsSkippedAboveTheHighest()
    {
        Assert.Equal([(3L, 3L), (6L, 9L)], BatchReceiver.Gaps(0, [1, 2, 4, 5, 10]));
        Assert.Empty(BatchReceiver.Gaps(5, [2, 6, 7]));
        Assert.Equal([(6L, 6L)], BatchReceiver.Gaps(5, [3, 7]));
    }

    [Fact]
    public void Signature_CoversEveryField_AndNotTheJsonSpelling()
    {
        var key = Convert.ToHexString(new byte[32]);
        var record = new BatchRecordInput(1, "1234", new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc), "92", 4.000m, 30m, 70.5m, false);
        var batch = new BatchInput("T1", "B1", 1, [record]);
        var same = new BatchInput("T1", "B1", 1, [record with { Amount = 30.00m, Quantity = 4m }]);
        var changed = new BatchInput("T1", "B1", 1, [record with { Grey = true }]);

        Assert.Equal(TerminalKeys.Sign(key, StationBatchCanonical.Of(batch)), TerminalKeys.Sign(key, StationBatchCanonical.Of(same)));
        Assert.NotEqual(TerminalKeys.Sign(key, StationBatchCanonical.Of(batch)), TerminalKeys.Sign(key, StationBatchCanonical.Of(changed)));
        Assert.Contains("1|1234|2026-12-01T08:00:00Z|92|4.000|30.00|70.50|0\n", StationBatchCanonical.Of(batch));
    }

    [Fact]
    public void Check_NamesTheIncompleteBatchAndEachBadField()
    {
        var record = new BatchRecordInput(1, "1234", DateTime.UtcNow, "92", 1m, 10m, 0m, false);
        var errors = StationBatchCanonical.Check(new BatchInput("T1", "B1", 3, [record, record with { Amount = -1m, Card = "12a" }]), 10_000);

        Assert.Contains(errors, e => e.Code == "stationBatch.incomplete");
        Assert.Contains(errors, e => e.Code == "stationBatch.sequenceTwice");
        Assert.Contains(errors, e => e.Field == "records[1].amount");
        Assert.Contains(errors, e => e.Field == "records[1].card");
    }

    [Fact]
    public void Silent_CountsFromTheLastContactOrTheRegistration()
    {
        var now = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
        Assert.True(Terminal.IsSilent(now.AddHours(-3), now.AddDays(-9), now, TimeSpan.FromHours(2)));
        Assert.False(Terminal.IsSilent(null, now.AddHours(-1), now, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Silence_EndsWhenTheTerminalCalledAfterItBegan_OrWasSwitchedOff()
    {
        var since = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        var silence = new TerminalSilence { SilentSince = since, FlaggedAt = since.AddHours(3) };

        Assert.False(silence.HasEnded(active: true, since));
        Assert.False(silence.HasEnded(active: true, null));
        Assert.True(silence.HasEnded(active: true, since.AddMinutes(1)));
        Assert.True(silence.HasEnded(active: false, since));
    }

    [Fact]
    public void PinLockSignature_CoversTerminalCardAndTime_InWholeSeconds()
    {
        var at = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        var report = new PinLockInput("T1", "1234", at.AddMilliseconds(400));

        Assert.Equal("STATIONS-PINLOCK-1\nterminal=T1\ncard=1234\nat=2026-12-01T08:00:00Z\n", PinLockReports.Canonical(report));
        Assert.NotEqual(PinLockReports.Canonical(report), PinLockReports.Canonical(report with { Card = "1235" }));
    }
}
