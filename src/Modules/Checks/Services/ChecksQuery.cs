using System.Globalization;
using System.Text.Json;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Checks.Contracts;
using Admin.Modules.Checks.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Checks.Services;

/// <summary>A finding as screens and the API show it: its links read back.</summary>
public sealed record FindingView(CheckFinding Finding, IReadOnlyList<string> Args, IReadOnlyList<CheckLink> Links);

/// <summary>The check's runs and findings, and the reminders to close (outlet-scoped).</summary>
public sealed class ChecksQuery(AdminDbContext db, OutletScope scope, IEnumerable<ICheckRule> rules)
{
    /// <summary>The rules' codes and English names, in code order.</summary>
    public IReadOnlyList<(string Code, string Name)> Rules => rules.Select(r => (r.Code, r.Name)).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();

    public async Task<OperationResult<Page<CheckRun>>> RunsAsync(string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } badLimit)
        {
            return OperationResult<Page<CheckRun>>.Invalid(badLimit);
        }

        var query = db.Set<CheckRun>().AsNoTracking();
        if (after is not null)
        {
            if (Keyset.Decode(after, 2) is not [var ticks, var id] || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                || t > DateTime.MaxValue.Ticks || !Guid.TryParse(id, out var g))
            {
                return OperationResult<Page<CheckRun>>.Invalid(Keyset.BadCursor());
            }

            var at = new DateTime(t, DateTimeKind.Utc);
            query = query.Where(r => r.RequestedAt < at || (r.RequestedAt == at && r.Id.CompareTo(g) < 0));
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).Take(take + 1).ToListAsync(ct);
        return OperationResult<Page<CheckRun>>.Success(Keyset.ToPage(rows, take, r => Keyset.Encode(r.RequestedAt.Ticks.ToString(CultureInfo.InvariantCulture), r.Id.ToString("N"))));
    }

    public Task<CheckRun?> RunAsync(Guid id, CancellationToken ct = default) => db.Set<CheckRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The run's findings the caller may see, by rule then day, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<FindingView>> FindingsAsync(Guid runId, string? rule, int limit = 1000, CancellationToken ct = default)
    {
        var query = scope.Apply(db.Set<CheckFinding>().AsNoTracking()).Where(f => f.RunId == runId);
        if (!string.IsNullOrWhiteSpace(rule))
        {
            query = query.Where(f => f.Rule == rule);
        }

        var rows = await query.OrderBy(f => f.Rule).ThenBy(f => f.Id).Take(limit).ToListAsync(ct);
        return rows.Select(f => new FindingView(f, JsonSerializer.Deserialize<List<string>>(f.Args) ?? [],
            (JsonSerializer.Deserialize<List<LinkRow>>(f.Links) ?? []).Select(l => new CheckLink(l.Label ?? "", l.Url ?? "")).ToList())).ToList();
    }

    public async Task<IReadOnlyList<CloseReminder>> RemindersAsync(CancellationToken ct = default) =>
        await scope.Apply(db.Set<CloseReminder>().AsNoTracking()).OrderBy(r => r.OutletCode).ThenBy(r => r.Kind).ThenBy(r => r.Day).Take(1000).ToListAsync(ct);

    private sealed record LinkRow([property: System.Text.Json.Serialization.JsonPropertyName("label")] string? Label, [property: System.Text.Json.Serialization.JsonPropertyName("url")] string? Url);
}
