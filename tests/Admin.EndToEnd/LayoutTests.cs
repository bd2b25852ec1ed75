using System.Collections.Concurrent;
using Admin.Kernel.Navigation;
using Admin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for the layout checks.</summary>
public sealed class LayoutSiteFixture : RealSite;

/// <summary>
/// Layouts that hold in Chinese (issue 21, point 4): every screen of the menu (from the host's navigation providers), as
/// head office, at 1366×768 and 1920×1080, in English and 简体中文: no button whose text wraps (a button taller than one
/// line of its text: "保 / 存" one character per line) and no page that scrolls sideways. A screenshot of every screen is
/// kept under <c>artifacts/layouts/</c> (CI keeps <c>artifacts/</c>; <c>ADMIN_ARTIFACTS_DIR</c> moves it).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture browser, LayoutSiteFixture site) : IClassFixture<LayoutSiteFixture>
{
    private const int Tabs = 3;

    /// <summary>
    /// Every visible button whose box is taller than its own line height allows for one line (with padding and border),
    /// and whether the page is wider than the window. Icon-only and deliberately multi-line controls (with a line break
    /// inside) are not buttons of one line.
    /// </summary>
    private const string Measure = """
        () => {
          const wrapped = [];
          for (const b of document.querySelectorAll('button, .btn, input[type=submit]')) {
            const r = b.getBoundingClientRect();
            if (r.width === 0 || r.height === 0 || b.closest('[hidden], .d-none, .modal:not(.show), .dropdown-menu:not(.show)')) continue;
            const s = getComputedStyle(b);
            const line = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.5;
            const chrome = parseFloat(s.paddingTop) + parseFloat(s.paddingBottom) + parseFloat(s.borderTopWidth) + parseFloat(s.borderBottomWidth);
            const text = (b.innerText || b.value || '').trim();
            if (text.length > 0 && !b.querySelector('br') && r.height - chrome > line * 1.5) {
              wrapped.push(text.replace(/\s+/g, ' ').slice(0, 40) + ' (' + Math.round(r.height) + 'px)');
            }
          }
          const doc = document.documentElement;
          return { wrapped, overflow: doc.scrollWidth > doc.clientWidth + 1 ? doc.scrollWidth - doc.clientWidth : 0 };
        }
        """;

    public static TheoryData<int, int, string> Screens => new()
    {
        { 1366, 768, "zh-CN" },
        { 1366, 768, "en-US" },
        { 1920, 1080, "zh-CN" },
        { 1920, 1080, "en-US" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task EveryMenuScreen_NoWrappedButton_NoSidewaysScrolling(int width, int height, string locale)
    {
        var problems = new ConcurrentQueue<string>();
        var seen = new ConcurrentQueue<string>();
        var directory = Path.Combine(ArtifactsDirectory(), "layouts", $"{width}x{height}-{locale}");
        Directory.CreateDirectory(directory);
        var tabs = new List<IPage>();
        for (var t = 0; t < Tabs; t++)
        {
            var page = await browser.NewPageAsync(site.Url, locale);
            await page.SetViewportSizeAsync(width, height);
            await BrowserSignIn.SignInAsync(page, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
            tabs.Add(page);
        }

        var menu = site.App.Services.GetServices<INavigationProvider>().SelectMany(p => p.GetMenuItems()).Select(i => i.Url).Distinct().ToList();
        var queue = new ConcurrentQueue<string>(menu.Prepend("/"));
        await Task.WhenAll(tabs.Select(async tab =>
        {
            while (queue.TryDequeue(out var url))
            {
                var response = await tab.GotoAsync(url);
                if (response?.Status != 200)
                {
                    continue;
                }

                seen.Enqueue(url);
                var measured = await tab.EvaluateAsync<Measured>(Measure);
                foreach (var button in measured.Wrapped)
                {
                    problems.Enqueue($"{url}: the button \"{button}\" wraps");
                }

                if (measured.Overflow > 0)
                {
                    problems.Enqueue($"{url}: the page scrolls sideways by {measured.Overflow}px");
                }

                var name = string.Concat(url.Select(c => char.IsLetterOrDigit(c) ? c : '_')).Trim('_');
                await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{(name.Length == 0 ? "home" : name)}.png"), FullPage = true });
            }
        }));

        Assert.True(seen.Count >= 15, $"Only {seen.Count} screens opened: {string.Join(", ", seen)}");
        Assert.True(problems.IsEmpty, $"{problems.Count} layout problems at {width}×{height} ({locale}):\n" + string.Join("\n", problems));
    }

    // Playwright fills the answer through a parameterless constructor and setters (a positional record is refused).
    private sealed class Measured
    {
        public string[] Wrapped { get; set; } = [];

        public int Overflow { get; set; }
    }

    /// <summary><c>ADMIN_ARTIFACTS_DIR</c>, else <c>artifacts/</c> at the repository's root (where Admin.sln is).</summary>
    private static string ArtifactsDirectory()
    {
        if (Environment.GetEnvironmentVariable("ADMIN_ARTIFACTS_DIR") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Admin.sln")))
            {
                return Path.Combine(dir.FullName, "artifacts");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "artifacts");
    }
}
