using System.Security.Claims;
using Admin.Kernel.Screens;

namespace Admin.Modules.Cheques.Services;

/// <summary>Home chart: bounced cheques per outlet in the last 30 days, scoped like every query.</summary>
internal sealed class ChequesHomeChart(ChequeQuery query, TimeProvider clock) : IHomeChartProvider
{
    public string Permission => ChequesPermissions.View;

    public async Task<HomeChart?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var rows = await query.BouncedPerOutletAsync(clock.GetUtcNow().UtcDateTime, ct);
        return new HomeChart("Bounced cheques per outlet (30 days)", rows.Select(r => r.Outlet).ToList(), [new ChartSeries("Bounced cheques", rows.Select(r => (decimal)r.Count).ToList())])
        {
            Order = 30,
            EmptyText = "No bounced cheques in the last 30 days.",
        };
    }
}
