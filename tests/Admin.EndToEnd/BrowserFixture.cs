using System.Collections.Concurrent;
using Admin.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Admin.EndToEnd;

/// <summary>
/// One headless Chromium per test collection, driven by Playwright. Uses the system's Chromium
/// (Debian's <c>chromium</c> package at <c>/usr/bin/chromium</c>, or <c>CHROMIUM_PATH</c>); Playwright never
/// downloads a browser here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Environment variable overriding the Chromium executable.</summary>
    public const string ChromiumPathVariable = "CHROMIUM_PATH";

    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
    ];

    private readonly ConcurrentBag<IBrowserContext> _contexts = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The launched browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser fixture is not initialised.");

    /// <summary>The Chromium executable in use.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 } path ? path : DefaultChromiumPath;

    /// <summary>Folder where <see cref="SaveScreenshotAsync"/> writes (under the test output folder).</summary>
    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var executable = ChromiumPath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at '{executable}'. Install it with `apt-get install -y chromium` (Debian), "
                + $"or set {ChromiumPathVariable} to a Chromium or Chrome executable.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = LaunchArguments,
        });
    }

    /// <summary>
    /// A page in a fresh browser context (own cookies and storage), 1280×800 unless <paramref name="zoom"/> says otherwise,
    /// with the given locale (navigator.language and Accept-Language). Relative URLs resolve against <paramref name="baseUrl"/>.
    /// The context is closed with the fixture; close it earlier with <c>page.Context.CloseAsync()</c>.
    /// </summary>
    /// <param name="zoom">A browser zoom: at 200% a 1366×768 screen is a 683×384 CSS viewport at 2 device pixels per CSS pixel.</param>
    public async Task<IPage> NewPageAsync(string baseUrl, string locale = "en-US", Zoom? zoom = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = locale,
            ViewportSize = zoom is { } z ? new ViewportSize { Width = z.CssWidth, Height = z.CssHeight } : new ViewportSize { Width = 1280, Height = 800 },
            DeviceScaleFactor = zoom?.Factor,
            // No transitions (Bootstrap honours it): axe must not read a colour halfway through a button's or dialog's fade.
            ReducedMotion = ReducedMotion.Reduce,
        });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot (e.g. from a test's catch block) and returns its path.</summary>
    public static async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotDirectory);
        var safe = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
        var path = Path.Combine(ScreenshotDirectory, $"{safe}-{DateTime.UtcNow:yyyyMMddHHmmssfff}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            try
            {
                await context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already closed with its browser.
            }
        }

        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>A screen of <paramref name="Width"/>×<paramref name="Height"/> device pixels zoomed by <paramref name="Factor"/>.</summary>
public readonly record struct Zoom(int Width, int Height, float Factor)
{
    /// <summary>1366×768 at 200% (WCAG 1.4.4 resize text, 1.4.10 reflow).</summary>
    public static readonly Zoom Laptop200 = new(1366, 768, 2);

    public int CssWidth => (int)(Width / Factor);

    public int CssHeight => (int)(Height / Factor);
}

/// <summary>Test classes in this collection share one <see cref="BrowserFixture"/> (one Chromium per run).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>A console of its own behind Kestrel on a fresh SQLite database; each browser test class derives its own (one database each).</summary>
public abstract class RealSite : SqliteDatabase
{
    protected override bool RealServer => true;

    public string Url => BaseAddress!.ToString().TrimEnd('/');
}
