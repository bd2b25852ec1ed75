using System.Security.Claims;
using Admin.Kernel.Screens;
using Admin.Modules.Checks.Models;

namespace Admin.Modules.Checks.Services;

/// <summary>The reminders to close on the home page: per outlet, shifts left open and days not closed (an outlet sees its own).</summary>
internal sealed class ChecksHomeChart(ChecksQuery query) : IHomeChartProvider
{
    public string Permission => ChecksPermissions.Reminders;

    public async Task<HomeChart?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var reminders = await query.RemindersAsync(ct);
        if (reminders.Count == 0)
        {
            return null;
        }

        var outlets = reminders.Select(r => r.OutletCode).Distinct().OrderBy(c => c, StringComparer.Ordinal).Take(20).ToList();
        decimal Count(string outlet, string kind) => reminders.Count(r => r.OutletCode == outlet && r.Kind == kind);
        return new HomeChart("Reminders to close", outlets,
        [
            new ChartSeries("Shifts left open", outlets.Select(o => Count(o, CloseReminder.ShiftOpen)).ToList()),
            new ChartSeries("Days not closed", outlets.Select(o => Count(o, CloseReminder.DayOpen)).ToList()),
        ])
        { Link = "/checks/reminders", Order = 5, EmptyText = "Every shift and day is closed." };
    }
}
