using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Jobs;
using Admin.Kernel.Modules;
using Admin.Kernel.Settings;
using Admin.Modules.Stations.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Stations.Services;

/// <summary>
/// The check of silent terminals (终端失联): an active terminal with no contact for longer than <c>Stations.SilentMinutes</c> gets an
/// open <see cref="TerminalSilence"/> (audited <c>Terminal.FlagSilent</c>), which the next check after its next contact ends
/// (<c>Terminal.SilenceEnded</c>). The terminals screen and API show the open silence; the Checks module's findings list them
/// (<see cref="SilentTerminalsRule"/>).
/// </summary>
public sealed class SilentTerminals(AdminDbContext db, SystemSettings settings, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>Flags the terminals silent now and ends the silences of those that called since: (flagged, ended).</summary>
    public async Task<(int Flagged, int Ended)> CheckAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var silentAfter = TimeSpan.FromMinutes(await settings.GetIntAsync(StationsSettings.SilentMinutes, ct));
        var since = now - silentAfter;
        var open = await db.Set<TerminalSilence>().Where(s => s.EndedAt == null).ToListAsync(ct);
        var openIds = open.Select(s => s.TerminalId).ToHashSet();
        var silent = await db.Set<Terminal>().AsNoTracking().Where(t => t.Active && (t.LastContactAt ?? t.RegisteredAt) < since)
            .Select(t => new { t.Id, t.TerminalId, t.LastContactAt, t.RegisteredAt }).ToListAsync(ct);
        var flagged = 0;
        foreach (var t in silent.Where(t => !openIds.Contains(t.Id)))
        {
            var silence = new TerminalSilence { TerminalId = t.Id, SilentSince = t.LastContactAt ?? t.RegisteredAt, FlaggedAt = now };
            db.Add(silence);
            audit.Record(new AuditRecord(StationsModule.ModuleId, "Terminal.FlagSilent", nameof(Terminal), t.TerminalId, null,
                new { silentSince = silence.SilentSince, minutes = (int)silentAfter.TotalMinutes }));
            flagged++;
        }

        var ended = 0;
        if (open.Count > 0)
        {
            var terminals = await db.Set<Terminal>().AsNoTracking().Where(t => openIds.Contains(t.Id))
                .Select(t => new { t.Id, t.TerminalId, t.Active, t.LastContactAt }).ToDictionaryAsync(t => t.Id, ct);
            foreach (var s in open)
            {
                var t = terminals.GetValueOrDefault(s.TerminalId);
                if (t is null || s.HasEnded(t.Active, t.LastContactAt))
                {
                    s.EndedAt = t?.LastContactAt is { } c && c > s.SilentSince ? c : now;
                    audit.Record(new AuditRecord(StationsModule.ModuleId, "Terminal.SilenceEnded", nameof(Terminal), t?.TerminalId ?? s.TerminalId.ToString(), null,
                        new { silentSince = s.SilentSince, endedAt = s.EndedAt }));
                    ended++;
                }
            }
        }

        if (flagged + ended > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return (flagged, ended);
    }
}

/// <summary>
/// The recurring job (kernel <see cref="RecurringJobs"/>, every <c>Stations.SilentCheckSeconds</c>) that flags silent terminals, as the
/// system (<c>job:Stations.SilentTerminals</c> in the audit trail).
/// </summary>
internal sealed class SilentTerminalsJob(SilentTerminals check, ModuleStates modules) : IAdminJob
{
    public const string Key = "Stations.SilentTerminals";

    public async Task RunAsync(AdminJobContext context, CancellationToken ct)
    {
        if (!modules.IsEnabled(StationsModule.ModuleId))
        {
            context.Message = "the module is disabled";
            return;
        }

        var (flagged, ended) = await check.CheckAsync(ct);
        context.Message = $"flagged {flagged}, ended {ended}";
    }
}
