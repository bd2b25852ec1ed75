using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Admin.Kernel.Navigation;
using Admin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for the accessibility scan (a fresh SQLite database behind Kestrel).</summary>
public sealed class AccessibilitySiteFixture : RealSite
{
    /// <summary>The outlet and outlet operator the scans share (seeded by the first test that needs them).</summary>
    public (string Outlet, string Login)? Seeded { get; set; }
}

/// <summary>
/// Issue 24: axe-core over the sign-in page, every screen of the menu (read from the host's navigation providers, so a
/// new module's screens are scanned the day they are in the menu) and one record of each kind a list links to, as head
/// office and as an outlet operator, in English and 简体中文: no violation of WCAG 2.0/2.1 A and AA or of axe's best
/// practices. The counter forms' error state and the open review dialog are scanned by <see cref="CounterKeyboardTests"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccessibilityTests(BrowserFixture browser, AccessibilitySiteFixture site) : IClassFixture<AccessibilitySiteFixture>
{
    private const string Password = "Counter2024ok";

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task HeadOffice_EveryMenuScreenAndRecord_NoAxeViolations(string locale)
    {
        await SeedAsync();
        await ScanAsync(locale, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword, expectEveryMenuItem: true);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task OutletOperator_EveryMenuScreenAndRecord_NoAxeViolations(string locale)
    {
        var (outlet, login) = await SeedAsync();
        await ScanAsync(locale, outlet, login, Password, expectEveryMenuItem: false);
    }

    /// <summary>The scan can fail: an image without a text alternative and grey-on-grey text are reported.</summary>
    [Fact]
    public async Task AxeCheck_ReportsViolations()
    {
        var page = await browser.NewPageAsync(site.Url);
        await page.SetContentAsync("<!doctype html><html lang=\"en\"><head><title>t</title></head><body><main><h1>t</h1><img src=\"data:,\"><p style=\"color:#999;background:#aaa\">faint</p></main></body></html>");
        var violations = await AxeCheck.ViolationsAsync(page, "probe");
        Assert.Contains(violations, v => v.Contains("image-alt", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("color-contrast", StringComparison.Ordinal));
    }

    private async Task ScanAsync(string locale, string outlet, string login, string password, bool expectEveryMenuItem)
    {
        var page = await browser.NewPageAsync(site.Url, locale);
        var violations = new List<string>();
        var scanned = new List<string>();
        try
        {
            await page.GotoAsync("/login");
            Assert.StartsWith(locale[..2], await page.Locator("html").GetAttributeAsync("lang") ?? "", StringComparison.Ordinal);
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} /login"));
            await BrowserSignIn.SignInAsync(page, outlet, login, password);

            var menu = site.App.Services.GetServices<INavigationProvider>().SelectMany(p => p.GetMenuItems()).Select(i => i.Url).Distinct().ToList();
            var records = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var url in menu)
            {
                var response = await page.GotoAsync(url);
                var path = new Uri(page.Url).AbsolutePath;
                if (response?.Status != 200 || !string.Equals(path, url.Split('?')[0], StringComparison.Ordinal))
                {
                    Assert.False(expectEveryMenuItem, $"Head office could not open {url} ({response?.Status}, at {page.Url})");
                    continue; // not this caller's screen: its menu does not show it
                }

                scanned.Add(url);
                violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} {url}"));
                var rows = page.Locator("main tr[data-href]");
                var first = await rows.CountAsync() > 0 ? await rows.First.GetAttributeAsync("data-href") : null;
                if (first is not null && first.StartsWith('/'))
                {
                    records.TryAdd(RecordKind().Replace(first.Split('?')[0], "*"), first);
                }
            }

            foreach (var (kind, url) in records)
            {
                await page.GotoAsync(url);
                scanned.Add(url);
                violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} {kind} ({url})"));
            }
        }
        catch
        {
            await BrowserFixture.SaveScreenshotAsync(page, $"axe-{outlet}-{locale}");
            throw;
        }

        Assert.True(scanned.Count >= (expectEveryMenuItem ? 15 : 5), $"Only {scanned.Count} screens scanned: {string.Join(", ", scanned)}");
        Assert.True(violations.Count == 0, $"{violations.Count} axe violations on {scanned.Count} screens:\n" + string.Join("\n", violations));
    }

    // An outlet with an operator and a customer, so the lists have a record to open.
    private async Task<(string Outlet, string Login)> SeedAsync()
    {
        if (site.Seeded is { } done)
        {
            return done;
        }

        var outlet = await site.App.CreateOutletAsync(name: "海珠网点");
        var login = await site.App.CreateOperatorAsync(outlet, Password, "Outlet operator");
        var api = await site.App.ApiClientAsync(outlet, login, Password);
        var created = await api.PostAsJsonAsync("/api/customers", new { type = "Individual", name = "陈静", idType = "ResidentId", idNumber = "11010519491231002X", phone = "13800138000" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        site.Seeded = (outlet, login);
        return (outlet, login);
    }

    // A record's kind: its path with the segments that name one record (codes, ids) as *.
    [GeneratedRegex("(?<=/)[^/]*[0-9][^/]*(?=/|$)")]
    private static partial Regex RecordKind();
}
