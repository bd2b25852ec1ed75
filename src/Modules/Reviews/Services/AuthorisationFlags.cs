using System.Globalization;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Admin.Modules.Reviews.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Reviews.Services;

/// <summary>What a flag points at.</summary>
public enum FlagKind
{
    /// <summary>The same maker–reviewer pair many times in one day.</summary>
    RepeatedPair,
    /// <summary>A review completed within seconds of the request (shared credentials at the counter?).</summary>
    FastReview,
    /// <summary>Many refused attempts at one outlet in a short time.</summary>
    RefusalBurst,
    /// <summary>An authorisation outside the outlet's opening hours.</summary>
    OutsideOpeningHours,
    /// <summary>An outlet whose authorisations are far above the network's average.</summary>
    HighOverrideRate,
}

/// <summary>One flag: its kind, where and when, why (English template and arguments, translated when shown), the records concerned.</summary>
public sealed record AuthorisationFlag(FlagKind Kind, string OutletCode, DateOnly Day, string Reason, object[] Args, IReadOnlyList<long> RecordIds);

/// <summary>Overrides (granted) and refusals per outlet per day.</summary>
public sealed record DailyCount(string OutletCode, DateOnly Day, int Granted, int Refused);

/// <summary>
/// Flags that point an auditor at what to look at, over a span of UTC days, with the thresholds of <see cref="ReviewsSettings"/>.
/// Days and opening hours are counted in the outlets' local time (the kernel's <see cref="Kernel.Time.LocalClock"/>, <c>Kernel.UtcOffsetMinutes</c>).
/// </summary>
public sealed class AuthorisationFlags(Kernel.Data.AdminDbContext db, OutletScope scope, SystemSettings settings, Kernel.Time.LocalClock local)
{
    /// <summary>The longest span flags are computed over.</summary>
    public const int MaxDays = 92;

    public async Task<IReadOnlyList<AuthorisationFlag>> FlagsAsync(DateOnly from, DateOnly to, string? outlet, CancellationToken ct)
    {
        var offset = await local.OffsetAsync(ct);
        var records = await LoadAsync(from, to, null, offset, ct);
        var flags = new List<AuthorisationFlag>();
        DateOnly Day(Authorisation a) => DateOnly.FromDateTime(a.OccurredAt + offset);

        var granted = records.Where(a => a.Result == AuthorisationResult.Granted).ToList();
        var pairLimit = await settings.GetIntAsync(ReviewsSettings.PairPerDay, ct);
        flags.AddRange(granted
            .GroupBy(a => (a.OutletCode, a.MakerLogin, a.ReviewerLogin, Day: Day(a)))
            .Where(g => g.Count() >= pairLimit)
            .Select(g => new AuthorisationFlag(FlagKind.RepeatedPair, g.Key.OutletCode, g.Key.Day,
                "{0} reviewed {1}'s tasks {2} times in one day", [g.Key.ReviewerLogin, g.Key.MakerLogin ?? "", g.Count()], g.Select(a => a.Id).ToList())));

        var fast = TimeSpan.FromSeconds(await settings.GetIntAsync(ReviewsSettings.FastSeconds, ct));
        flags.AddRange(granted
            .Where(a => a.RequestedAt is { } requested && a.OccurredAt - requested < fast)
            .Select(a => new AuthorisationFlag(FlagKind.FastReview, a.OutletCode, Day(a),
                "Reviewed {0:0.0} s after the request (shared credentials?)", [(a.OccurredAt - a.RequestedAt!.Value).TotalSeconds], [a.Id])));

        var burst = await settings.GetIntAsync(ReviewsSettings.RefusalBurst, ct);
        var window = TimeSpan.FromMinutes(await settings.GetIntAsync(ReviewsSettings.RefusalWindowMinutes, ct));
        foreach (var outletRefusals in records.Where(a => a.Result == AuthorisationResult.Refused).GroupBy(a => a.OutletCode))
        {
            var sorted = outletRefusals.OrderBy(a => a.OccurredAt).ToList();
            var start = 0;
            for (var end = 0; end < sorted.Count; end++)
            {
                while (sorted[end].OccurredAt - sorted[start].OccurredAt > window)
                {
                    start++;
                }

                var reported = end + 1 < sorted.Count && sorted[end + 1].OccurredAt - sorted[start].OccurredAt <= window;
                if (end - start + 1 >= burst && !reported)
                {
                    // One flag per burst: the longest run within the window.
                    var run = sorted.GetRange(start, end - start + 1);
                    flags.Add(new AuthorisationFlag(FlagKind.RefusalBurst, outletRefusals.Key, Day(run[0]),
                        "{0} refused attempts within {1} minutes", [run.Count, (int)window.TotalMinutes], run.Select(a => a.Id).ToList()));
                    start = end + 1;
                }
            }
        }

        var hours = await OpeningHoursAsync(ct);
        flags.AddRange(granted
            .Where(a => hours(a.OutletCode) is var (open, close) && TimeOnly.FromDateTime(a.OccurredAt + offset) is var local && (local < open || local >= close))
            .Select(a => new AuthorisationFlag(FlagKind.OutsideOpeningHours, a.OutletCode, Day(a),
                "Authorised at {0:HH:mm}, outside the opening hours {1}", [a.OccurredAt + offset, Format(hours(a.OutletCode))], [a.Id])));

        var factor = await settings.GetIntAsync(ReviewsSettings.OverrideRateFactor, ct);
        var minimum = await settings.GetIntAsync(ReviewsSettings.OverrideMinimum, ct);
        // The network's rate is computed over every outlet's records, even for an outlet operator's own view.
        var network = scope.SeesAllOutlets ? granted : (await LoadAsync(from, to, null, offset, ct, everyOutlet: true)).Where(a => a.Result == AuthorisationResult.Granted).ToList();
        var perOutlet = network.GroupBy(a => a.OutletCode).ToDictionary(g => g.Key, g => g.Count());
        if (perOutlet.Count > 1)
        {
            foreach (var (code, count) in perOutlet)
            {
                var othersAverage = (double)(network.Count - count) / (perOutlet.Count - 1);
                if (count >= minimum && count >= factor * othersAverage && granted.Any(a => a.OutletCode == code))
                {
                    flags.Add(new AuthorisationFlag(FlagKind.HighOverrideRate, code, to,
                        "{0} authorisations, against {1:0.0} on average at the other outlets", [count, othersAverage],
                        granted.Where(a => a.OutletCode == code).Select(a => a.Id).Take(50).ToList()));
                }
            }
        }

        return flags.Where(f => string.IsNullOrEmpty(outlet) || f.OutletCode == outlet)
            .OrderByDescending(f => f.Day).ThenBy(f => f.OutletCode, StringComparer.Ordinal).ThenBy(f => f.Kind).ToList();
    }

    /// <summary>Overrides and refusals per outlet per local day.</summary>
    public async Task<IReadOnlyList<DailyCount>> DailyAsync(DateOnly from, DateOnly to, string? outlet, CancellationToken ct)
    {
        var offset = await local.OffsetAsync(ct);
        var records = await LoadAsync(from, to, outlet, offset, ct);
        return records.GroupBy(a => (a.OutletCode, Day: DateOnly.FromDateTime(a.OccurredAt + offset)))
            .Select(g => new DailyCount(g.Key.OutletCode, g.Key.Day, g.Count(a => a.Result == AuthorisationResult.Granted), g.Count(a => a.Result == AuthorisationResult.Refused)))
            .OrderBy(d => d.Day).ThenBy(d => d.OutletCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>Today's local day.</summary>
    public async Task<DateOnly> TodayAsync(DateTime utcNow, CancellationToken ct) =>
        Kernel.Time.LocalClock.DayOf(utcNow, await local.OffsetAsync(ct));

    private async Task<List<Authorisation>> LoadAsync(DateOnly from, DateOnly to, string? outlet, TimeSpan offset, CancellationToken ct, bool everyOutlet = false)
    {
        var range = Kernel.Time.LocalClock.DaysUtc(from, to, offset);
        var query = db.Set<Authorisation>().AsNoTracking();
        query = everyOutlet ? query : scope.Apply(query);
        if (!string.IsNullOrEmpty(outlet))
        {
            query = query.Where(a => a.OutletCode == outlet);
        }

        if (range.HasStart)
        {
            var start = range.StartUtc;
            query = query.Where(a => a.OccurredAt >= start);
        }

        if (range.HasEnd)
        {
            var end = range.EndUtc;
            query = query.Where(a => a.OccurredAt < end);
        }

        return await query.OrderBy(a => a.Id).ToListAsync(ct);
    }

    private async Task<Func<string, (TimeOnly Open, TimeOnly Close)?>> OpeningHoursAsync(CancellationToken ct)
    {
        var network = ParseRange(await settings.GetTextAsync(ReviewsSettings.OpeningHours, ct));
        var particular = (await settings.GetTextAsync(ReviewsSettings.OutletOpeningHours, ct))
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => entry.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2 && ParseRange(parts[1]) is not null)
            .GroupBy(parts => parts[0])
            .ToDictionary(g => g.Key, g => ParseRange(g.Last()[1]));
        return code => particular.TryGetValue(code, out var hours) ? hours : network;
    }

    /// <summary>"08:00-18:00" → (08:00, 18:00); null when unreadable (no flag then).</summary>
    internal static (TimeOnly Open, TimeOnly Close)? ParseRange(string? text)
    {
        var parts = text?.Split('-', 2, StringSplitOptions.TrimEntries);
        return parts is [var a, var b]
               && TimeOnly.TryParseExact(a, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var open)
               && TimeOnly.TryParseExact(b, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var close)
               && open < close
            ? (open, close)
            : null;
    }

    private static string Format((TimeOnly Open, TimeOnly Close)? hours) =>
        hours is var (open, close) ? $"{open:HH\\:mm}-{close:HH\\:mm}" : "";
}

/// <summary>The home chart: today's overrides and refusals per outlet, for whoever may read the log.</summary>
internal sealed class ReviewsHomeChart(AuthorisationFlags flags, TimeProvider clock) : IHomeChartProvider
{
    public string Permission => ReviewsPermissions.ViewAuthorisations;

    public async Task<HomeChart?> BuildAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var today = await flags.TodayAsync(clock.GetUtcNow().UtcDateTime, ct);
        var counts = await flags.DailyAsync(today, today, null, ct);
        var outlets = counts.GroupBy(c => c.OutletCode).OrderBy(g => g.Key, StringComparer.Ordinal).Take(20).ToList();
        return new HomeChart("Overrides and refusals today, per outlet", outlets.Select(g => g.Key).ToList(),
        [
            new ChartSeries("Overrides", outlets.Select(g => (decimal)g.Sum(c => c.Granted)).ToList()),
            new ChartSeries("Refusals", outlets.Select(g => (decimal)g.Sum(c => c.Refused)).ToList()),
        ])
        {
            Link = "/admin/reviews/log",
            Order = 20,
            EmptyText = "No reviews today.",
        };
    }
}

/// <summary>The flags' titles (English, translated when shown).</summary>
public static class FlagTitles
{
    public static string Of(FlagKind kind) => kind switch
    {
        FlagKind.RepeatedPair => "Same pair many times",
        FlagKind.FastReview => "Reviewed within seconds",
        FlagKind.RefusalBurst => "Burst of refusals",
        FlagKind.OutsideOpeningHours => "Outside opening hours",
        _ => "Far above the network's rate",
    };
}
