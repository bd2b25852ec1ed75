using System.Security.Claims;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;

namespace Admin.Kernel.Screens;

/// <summary>One named row of values in a <see cref="HomeChart"/>, one value per category.</summary>
/// <param name="Name">English name, translated when shown (e.g. "Overrides").</param>
/// <param name="Values">One value per category, in the chart's category order.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);

/// <summary>
/// A small bar chart on the home page (SCREENS.md: for head office and auditors, today's counter tasks, reviews and
/// refusals per outlet, bounced cheques). Rendered by the kernel as inline SVG with a table for screen readers.
/// </summary>
/// <param name="Title">English title, translated when shown.</param>
/// <param name="Categories">The bars' labels (outlet codes, days…), shown as they are.</param>
/// <param name="Series">One to four series.</param>
public sealed record HomeChart(string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>Where the chart leads for details (an app-relative URL like <c>/admin/reviews/log</c>), or null.</summary>
    public string? Link { get; init; }

    /// <summary>Position among the charts; smaller first.</summary>
    public int Order { get; init; } = 100;

    /// <summary>Shown when every value is zero (English, translated), e.g. "No counter tasks today.".</summary>
    public string EmptyText { get; init; } = "Nothing yet today.";

    /// <summary>The largest value over all series (0 when empty).</summary>
    public decimal Max => Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
}

/// <summary>
/// A module's chart for the home page. Implementations are found by scanning the module assemblies (scoped: they may
/// query the database) and are asked only when their module is enabled and the operator holds <see cref="Permission"/>.
/// The provider applies outlet scoping itself (an outlet operator's chart shows their outlet only).
/// </summary>
public interface IHomeChartProvider
{
    /// <summary>The permission an operator needs to see the chart.</summary>
    string Permission { get; }

    /// <summary>Builds the chart for the signed-in operator, or null when there is nothing to show.</summary>
    Task<HomeChart?> BuildAsync(ClaimsPrincipal user, CancellationToken ct);
}

/// <summary>Collects the home charts the operator may see.</summary>
public sealed class HomeCharts(IEnumerable<IHomeChartProvider> providers, ModuleCatalog catalog, ModuleStates states, IAuthorizationService authorization)
{
    /// <summary>The charts of enabled modules whose permission the user holds, in order.</summary>
    public async Task<IReadOnlyList<HomeChart>> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var charts = new List<HomeChart>();
        foreach (var provider in providers)
        {
            var module = catalog.FindByType(provider.GetType());
            if (module is null || !states.IsEnabled(module.Id)
                || !(await authorization.AuthorizeAsync(user, null, new PermissionRequirement(provider.Permission))).Succeeded)
            {
                continue;
            }

            if (await provider.BuildAsync(user, ct) is { } chart)
            {
                charts.Add(chart);
            }
        }

        return charts.OrderBy(c => c.Order).ThenBy(c => c.Title, StringComparer.Ordinal).ToList();
    }
}
