using System.Collections.Concurrent;
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
/// new module's screens are scanned the day they are in the menu), one record of each kind a list links to, and the error
/// state of every form a menu screen holds or opens from its actions (posted empty), as head office and as an outlet
/// operator, in English and 简体中文: no violation of WCAG 2.0/2.1 A and AA or of axe's best practices. The menu screens
/// again at 200% zoom of a 1366×768 screen: no horizontal scrolling of the page, no violation. Pages are scanned by a few
/// browser tabs at once. The counter and issuing forms (their error state and the open review dialog) are scanned on
/// the way by <see cref="CounterKeyboardTests"/> and <see cref="IssuingWalkTests"/>, where a customer is picked first.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccessibilityTests(BrowserFixture browser, AccessibilitySiteFixture site) : IClassFixture<AccessibilitySiteFixture>
{
    private const string Password = "Counter2024ok";

    /// <summary>Browser tabs scanning at once (one host, one browser).</summary>
    private const int Tabs = 3;

    /// <summary>A data-entry form (the task and maintenance forms mark themselves for focus; row actions and switches do not).</summary>
    private const string EntryForm = "main form[method=post][data-autofocus]:not([data-autofocus=false])";

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task HeadOffice_EveryMenuScreenRecordAndFormErrorState_NoAxeViolations(string locale)
    {
        await SeedAsync();
        await ScanAsync(locale, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword, headOffice: true);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task OutletOperator_EveryMenuScreenRecordAndFormErrorState_NoAxeViolations(string locale)
    {
        var (outlet, login) = await SeedAsync();
        await ScanAsync(locale, outlet, login, Password, headOffice: false);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task HeadOffice_EveryMenuScreenAt200PercentZoom_NoHorizontalScrolling_NoAxeViolations(string locale)
    {
        await SeedAsync();
        await ScanAsync(locale, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword, headOffice: true, Zoom.Laptop200);
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

    /// <summary>The zoom check can fail: a box wider than the zoomed viewport is reported.</summary>
    [Fact]
    public async Task OverflowCheck_ReportsAPageWiderThanTheZoomedScreen()
    {
        var page = await browser.NewPageAsync(site.Url, zoom: Zoom.Laptop200);
        await page.SetContentAsync("<!doctype html><html lang=\"en\"><head><title>t</title></head><body><main><h1>t</h1><div id=\"wide\" style=\"width:900px\">wide</div></main></body></html>");
        Assert.Equal(683, await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.Contains("div#wide", await OverflowAsync(page) ?? "");
    }

    private async Task ScanAsync(string locale, string outlet, string login, string password, bool headOffice, Zoom? zoom = null)
    {
        var label = zoom is null ? locale : $"{locale} at 200%";
        var tabs = new List<IPage>();
        var violations = new ConcurrentQueue<string>();
        var scanned = new ConcurrentQueue<string>();
        var errorStates = new ConcurrentQueue<string>();
        var records = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var forms = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        async Task CheckAsync(IPage page, string where)
        {
            foreach (var v in await AxeCheck.ViolationsAsync(page, $"{label} {where}"))
            {
                violations.Enqueue(v);
            }

            if (zoom is not null && await OverflowAsync(page) is { } wide)
            {
                violations.Enqueue($"{label} {where}: the page scrolls sideways ({wide})");
            }
        }

        try
        {
            for (var t = 0; t < Tabs; t++)
            {
                tabs.Add(await browser.NewPageAsync(site.Url, locale, zoom));
            }

            await tabs[0].GotoAsync("/login");
            Assert.StartsWith(locale[..2], await tabs[0].Locator("html").GetAttributeAsync("lang") ?? "", StringComparison.Ordinal);
            await CheckAsync(tabs[0], "/login");
            foreach (var tab in tabs)
            {
                await BrowserSignIn.SignInAsync(tab, outlet, login, password);
            }

            var menu = site.App.Services.GetServices<INavigationProvider>().SelectMany(p => p.GetMenuItems()).Select(i => i.Url).Distinct().ToList();
            await InTabsAsync(tabs, menu, async (page, url) =>
            {
                var response = await page.GotoAsync(url);
                var path = new Uri(page.Url).AbsolutePath;
                if (response?.Status != 200 || !string.Equals(path, url.Split('?')[0], StringComparison.Ordinal))
                {
                    Assert.False(headOffice, $"Head office could not open {url} ({response?.Status}, at {page.Url})");
                    return; // not this caller's screen: its menu does not show it
                }

                scanned.Enqueue(url);
                await CheckAsync(page, url);
                if (zoom is not null)
                {
                    return;
                }

                var rows = page.Locator("main tr[data-href]");
                var first = await rows.CountAsync() > 0 ? await rows.First.GetAttributeAsync("data-href") : null;
                if (first is not null && first.StartsWith('/'))
                {
                    records.TryAdd(RecordKind().Replace(first.Split('?')[0], "*"), first);
                }

                if (await page.Locator(EntryForm).CountAsync() > 0)
                {
                    forms.TryAdd(url, true);
                }

                // The forms a list opens from its actions ("New outlet", "Register", "Import").
                foreach (var href in await page.Locator(".ta-page-actions a[href^='/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
                {
                    if (!href.Contains(".csv", StringComparison.Ordinal) && !href.Contains(".pdf", StringComparison.Ordinal))
                    {
                        forms.TryAdd(href, true);
                    }
                }
            });

            if (zoom is null)
            {
                await InTabsAsync(tabs, [.. records.Values], async (page, url) =>
                {
                    await page.GotoAsync(url);
                    scanned.Enqueue(url);
                    await CheckAsync(page, $"{RecordKind().Replace(url.Split('?')[0], "*")} ({url})");
                });

                await InTabsAsync(tabs, [.. forms.Keys], async (page, url) =>
                {
                    var response = await page.GotoAsync(url);
                    if (response?.Status != 200 || await page.Locator(EntryForm).CountAsync() == 0)
                    {
                        return;
                    }

                    // Posted empty, past the browser's own checks, as a hurried operator would: the screen answers with its errors.
                    await page.Locator(EntryForm).First.EvaluateAsync("form => HTMLFormElement.prototype.submit.call(form)");
                    try
                    {
                        await page.Locator(".ta-validation-summary, main .is-invalid").First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 15_000 });
                    }
                    catch (System.TimeoutException)
                    {
                        return; // an empty form this screen accepts: no error state to scan
                    }

                    await page.WaitForLoadStateAsync(LoadState.Load);
                    errorStates.Enqueue(url);
                    await CheckAsync(page, $"{url}, error state");
                });
            }
        }
        catch
        {
            foreach (var tab in tabs)
            {
                await BrowserFixture.SaveScreenshotAsync(tab, $"axe-{outlet}-{label}");
            }

            throw;
        }

        Assert.True(scanned.Count >= (headOffice ? 15 : 5), $"Only {scanned.Count} screens scanned: {string.Join(", ", scanned)}");
        if (zoom is null)
        {
            Assert.True(errorStates.Count >= (headOffice ? 8 : 4), $"Only {errorStates.Count} forms' error states scanned: {string.Join(", ", errorStates)} (of {string.Join(", ", forms.Keys)})");
        }

        Assert.True(violations.IsEmpty, $"{violations.Count} violations on {scanned.Count} screens and {errorStates.Count} error states:\n" + string.Join("\n", violations));
    }

    /// <summary>Each item by the first tab free, the tabs side by side.</summary>
    private static Task InTabsAsync(IReadOnlyList<IPage> tabs, IReadOnlyList<string> items, Func<IPage, string, Task> scan)
    {
        var queue = new ConcurrentQueue<string>(items);
        return Task.WhenAll(tabs.Select(async tab =>
        {
            while (queue.TryDequeue(out var item))
            {
                await scan(tab, item);
            }
        }));
    }

    /// <summary>Null when the page does not scroll sideways; else the first boxes that stick out to the right.</summary>
    private static Task<string?> OverflowAsync(IPage page) => page.EvaluateAsync<string?>(
        """
        () => {
            const root = document.documentElement;
            if (root.scrollWidth <= root.clientWidth) return null;
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
            const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > root.clientWidth + 1);
            return (root.scrollWidth + 'px wide: ') + wide.slice(0, 4).map(name).join(', ');
        }
        """);

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
