using System.Security.Claims;
using Admin.Kernel.Screens;

namespace Admin.Modules.Counter.Services;

/// <summary>Home chart: today's counter tasks (fee collections) per outlet, scoped like every query (an outlet operator sees their own).</summary>
internal sealed class CounterHomeChart(FeeCollectionQuery query, Kernel.Time.LocalClock local) : IHomeChartProvider
{
    public string Permission => CounterPermissions.ViewCollections;

    public async Task<HomeChart?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var rows = await query.DayPerOutletAsync(Kernel.Time.LocalClock.StartUtc(await local.TodayAsync(ct), await local.OffsetAsync(ct)), ct);
        return new HomeChart("Today's counter tasks per outlet", rows.Select(r => r.Outlet).ToList(), [new ChartSeries("Fee collections", rows.Select(r => (decimal)r.Count).ToList())])
        {
            Link = "/counter/collections",
            Order = 10,
            EmptyText = "No counter tasks today.",
        };
    }
}
