using System.Security.Claims;
using Admin.Kernel.Screens;
using Admin.Modules.Counter.Contracts;

namespace Admin.Modules.Counter.Services;

/// <summary>
/// Home chart: today's counter tasks per outlet, every kind the day journal knows (fee collections, cheques received and
/// settled, top-ups, refunds… from every module's <see cref="IJournalSource"/>), scoped like the journal (an outlet
/// operator sees their own outlet). The four most frequent kinds are series of their own, the rest one "Other tasks".
/// </summary>
internal sealed class CounterHomeChart(IEnumerable<IJournalSource> sources, Kernel.Time.LocalClock local) : IHomeChartProvider
{
    private const int MaxSeries = 4;

    public string Permission => CounterPermissions.ViewCollections;

    public async Task<HomeChart?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var from = Kernel.Time.LocalClock.StartUtc(await local.TodayAsync(ct), await local.OffsetAsync(ct));
        var request = new JournalRequest(from, from.AddDays(1), null, null);
        var entries = new List<JournalEntry>();
        foreach (var source in sources)
        {
            entries.AddRange(await source.ListAsync(request, ct));
        }

        var outlets = entries.Select(e => e.OutletCode).Distinct().Order(StringComparer.Ordinal).ToList();
        var kinds = entries.GroupBy(e => e.KindLabel).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var shown = kinds.Count <= MaxSeries ? kinds : kinds.Take(MaxSeries - 1).ToList();
        var series = shown.Select(k => new ChartSeries(k, outlets.Select(o => (decimal)entries.Count(e => e.OutletCode == o && e.KindLabel == k)).ToList())).ToList();
        if (kinds.Count > shown.Count)
        {
            series.Add(new ChartSeries("Other tasks", outlets.Select(o => (decimal)entries.Count(e => e.OutletCode == o && !shown.Contains(e.KindLabel))).ToList()));
        }

        return new HomeChart("Today's counter tasks per outlet", outlets, series.Count > 0 ? series : [new ChartSeries("Counter tasks", [])])
        {
            Link = "/counter/journal",
            Order = 10,
            EmptyText = "No counter tasks today.",
        };
    }
}
