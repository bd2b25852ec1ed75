using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Time;
using Admin.Modules.Checks.Contracts;
using Admin.Modules.Checks.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Checks.Services;

/// <summary>
/// Runs every rule (<see cref="ICheckRule"/>, the module's own and those other modules register) over a run's span and keeps
/// what they found, replacing what an interrupted earlier attempt left: safe to run again after a crash.
/// </summary>
public sealed class CheckRunner(AdminDbContext db, IEnumerable<ICheckRule> rules, OutletCodes outlets, LocalClock local, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>At most this many findings are kept per run (a run over a bad quarter should not fill the database).</summary>
    public const int MaxFindings = 5000;

    public async Task ExecuteAsync(Guid runId, CancellationToken ct)
    {
        var run = await db.Set<CheckRun>().SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null || run.Status == CheckRunStatus.Succeeded)
        {
            return;
        }

        run.Status = CheckRunStatus.Running;
        await db.SaveChangesAsync(ct);
        try
        {
            var offset = await local.OffsetAsync(ct);
            var span = new CheckSpan(run.From, run.To, LocalClock.StartUtc(run.From, offset), LocalClock.EndUtc(run.To, offset), offset);
            var found = new List<CheckFinding>();
            foreach (var rule in rules.OrderBy(r => r.Code, StringComparer.Ordinal))
            {
                foreach (var draft in await rule.RunAsync(span, ct))
                {
                    if (run.OutletId is { } only && draft.OutletId != only && draft.OutletId != Guid.Empty)
                    {
                        continue;
                    }

                    found.Add(new CheckFinding
                    {
                        RunId = run.Id, Rule = rule.Code, OutletId = draft.OutletId, OutletCode = draft.OutletId == Guid.Empty ? "" : await outlets.CodeAsync(draft.OutletId, ct),
                        Day = draft.Day, Operator = Cut(draft.Operator, 64), Message = Cut(draft.Message, 300)!, Args = Cut(JsonSerializer.Serialize(draft.Args), 4000)!,
                        Amount = draft.Amount, Links = JsonSerializer.Serialize(draft.Links.Take(60).Select(l => new { label = l.Label, url = l.Url })),
                    });
                }
            }

            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await db.Set<CheckFinding>().Where(f => f.RunId == run.Id).ExecuteDeleteAsync(ct);
                db.AddRange(found.Take(MaxFindings));
                run.Status = CheckRunStatus.Succeeded;
                run.Findings = found.Count;
                run.FinishedAt = clock.GetUtcNow().UtcDateTime;
                run.Message = found.Count > MaxFindings ? $"{found.Count} findings, the first {MaxFindings} kept" : null;
                audit.Record(new AuditRecord(ChecksModule.ModuleId, "Run.Finish", nameof(CheckRun), run.Id.ToString("D"), null,
                    new { from = run.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), to = run.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), outlet = run.OutletCode, findings = found.Count })
                {
                    OutletId = run.OutletId, OutletCode = run.OutletCode,
                });
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            await db.Set<CheckRun>().Where(r => r.Id == runId).ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, CheckRunStatus.Failed)
                .SetProperty(r => r.Message, Cut(ex.Message, 400)).SetProperty(r => r.FinishedAt, clock.GetUtcNow().UtcDateTime), ct);
            throw;
        }
    }

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
