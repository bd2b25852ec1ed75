using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Time;
using Admin.Modules.Checks.Contracts;
using Admin.Modules.Stations.Contracts;
using Admin.Modules.Stations.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Stations.Services;

/// <summary>The Checks module's rule for silent terminals: every silence the scheduled check flagged in the span, at the settling outlet.</summary>
internal sealed class SilentTerminalsRule(AdminDbContext db) : ICheckRule
{
    public string Code => "Stations.SilentTerminals";
    public string Name => "Silent terminals";

    public async Task<IReadOnlyList<CheckFindingDraft>> RunAsync(CheckSpan span, CancellationToken ct)
    {
        var found = await (from s in db.Set<TerminalSilence>().AsNoTracking()
                           join t in db.Set<Terminal>() on s.TerminalId equals t.Id
                           where s.FlaggedAt >= span.StartUtc && s.FlaggedAt < span.EndUtc
                           orderby s.FlaggedAt
                           select new { s.SilentSince, s.FlaggedAt, s.EndedAt, t.TerminalId, t.StationCode, t.StationName, t.OutletId }).Take(1000).ToListAsync(ct);
        return found.Select(f => new CheckFindingDraft(f.OutletId, span.DayOf(f.FlaggedAt), null,
                f.EndedAt is null ? "Terminal {0} of station {1} silent since {2}" : "Terminal {0} of station {1} was silent from {2} to {3}",
                [f.TerminalId, $"{f.StationCode} {f.StationName}", LocalTimes.Format(f.SilentSince, span.Offset, LocalTimeFormat.Minutes),
                    f.EndedAt is { } end ? LocalTimes.Format(end, span.Offset, LocalTimeFormat.Minutes) : ""],
                null, [new CheckLink($"terminal {f.TerminalId}", $"/stations/terminals/{Uri.EscapeDataString(f.TerminalId)}")]))
            .ToList();
    }
}

/// <summary>The Checks module's rule for terminal records: open sequence gaps and records not posted (<see cref="IStationRecordChecks"/>), found in the span.</summary>
internal sealed class StationRecordsRule(AdminDbContext db, IStationRecordChecks records) : ICheckRule
{
    public string Code => "Stations.TerminalRecords";
    public string Name => "Terminal sequence gaps and records not posted";

    public async Task<IReadOnlyList<CheckFindingDraft>> RunAsync(CheckSpan span, CancellationToken ct)
    {
        var findings = (await records.FindingsAsync(span.StartUtc, 1000, ct)).Where(f => f.At < span.EndUtc).ToList();
        var ids = findings.Select(f => f.TerminalId).Distinct().ToList();
        var outlets = await db.Set<Terminal>().AsNoTracking().Where(t => ids.Contains(t.TerminalId)).ToDictionaryAsync(t => t.TerminalId, t => t.OutletId, ct);
        return findings.Select(f => new CheckFindingDraft(outlets.GetValueOrDefault(f.TerminalId), span.DayOf(f.At), null,
                f.Kind == "gap" ? "Terminal {0}: sequence numbers {1} to {2} missing" : "Terminal {0}: record {1} of card {2} not posted ({3})",
                f.Kind == "gap"
                    ? new[] { f.TerminalId, f.From.ToString(CultureInfo.InvariantCulture), f.To.ToString(CultureInfo.InvariantCulture) }
                    : new[] { f.TerminalId, f.From.ToString(CultureInfo.InvariantCulture), f.CardNumber ?? "", f.Problem ?? "" },
                f.Amount, [new CheckLink($"terminal {f.TerminalId}", $"/stations/terminals/{Uri.EscapeDataString(f.TerminalId)}")]))
            .ToList();
    }
}
