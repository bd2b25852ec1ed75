using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Kernel.Localization;
using Admin.Modules.Cards.Models;
using Admin.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>The host's clock (<see cref="TimeProvider"/>) that the walk moves forward.</summary>
public sealed class WalkClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

/// <summary>A console of its own for the card-service walk, whose clock the test moves (the waiting period, the settlement window).</summary>
public sealed class CardServiceWalkSiteFixture : RealSite
{
    public WalkClock Clock { get; } = new();

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(s => { s.RemoveAll<TimeProvider>(); s.AddSingleton<TimeProvider>(Clock); });
}

/// <summary>
/// Issue 19's card-service walk on screens, in English and 简体中文: a registered single-user card with money on it is found by
/// its number, reported lost with the customer's ID document, refused a replacement within the waiting period, replaced after
/// it (the clock moved) onto a card from the operator's drawer with the card fee paid, and its balance is on the new card; after
/// the settlement window the old purse's money is there too. axe-core on every screen: the card page, each task form, the
/// refused replacement's error state.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CardServiceWalkTests(BrowserFixture browser, CardServiceWalkSiteFixture site) : IClassFixture<CardServiceWalkSiteFixture>
{
    private const string Password = "Counter2024ok";
    private string _locale = "en-US";

    [Theory]
    [InlineData("en-US", 41)]
    [InlineData("zh-CN", 61)]
    public async Task CardQuery_LossReport_ReplacementAfterTheWaitingPeriod_BalanceOnTheNewCard(string locale, int serial)
    {
        _locale = locale;
        var (outlet, login, idNumber) = await SeedAsync(serial);
        var old = Number(serial);
        var fresh = Number(serial + 1);
        var page = await browser.NewPageAsync(site.Url, locale);
        var violations = new List<string>();
        var step = "sign in";
        try
        {
            await BrowserSignIn.SignInAsync(page, outlet, login, Password);

            step = "find the card by its number";
            await page.GotoAsync($"/card-service?card={old}");
            await page.WaitForURLAsync(new Regex($"/card-service/cards/{old}$"));
            await AssertBalanceAsync(page, "Card account", "260.00");
            await AssertBalanceAsync(page, "Purse (as last known)", "40.00");
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} card page"));

            step = "report it lost with the customer's ID document";
            await page.GotoAsync($"/card-service/report-lost?card={old}");
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} loss report form"));
            await page.Locator("#IdNumber").FillAsync(idNumber);
            await page.Locator("#card-task-submit").ClickAsync();
            await page.WaitForURLAsync(new Regex($"/card-service/cards/{old}$"));
            await Assertions.Expect(Notice(page)).ToContainTextAsync(T("The card {0} is reported lost: it is blocked from the next terminal update.", old));
            await Assertions.Expect(page.Locator("#card-status")).ToHaveTextAsync(T("Lost"));

            step = "a replacement within the waiting period is refused";
            await page.GotoAsync($"/card-service/replace?card={old}");
            await page.Locator("#IdNumber").FillAsync(idNumber);
            await page.Locator("#NewCard").FillAsync(fresh);
            await page.Locator("#card-task-submit").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync(old);
            Assert.Contains("/card-service/replace", page.Url);
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} replacement refused"));

            step = "after the waiting period: the replacement, the card fee paid in cash";
            site.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
            await BrowserSignIn.SignInAsync(page, outlet, login, Password);
            await page.GotoAsync($"/card-service/replace?card={old}");
            await Assertions.Expect(page.Locator("#replace-fee")).ToContainTextAsync("20.00");
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} replacement form"));
            await page.Locator("#IdNumber").FillAsync(idNumber);
            await page.Locator("#NewCard").FillAsync(fresh);
            await page.Locator("#PaymentMethod").SelectOptionAsync("Cash");
            await page.Locator("#card-task-submit").ClickAsync();
            await page.WaitForURLAsync(new Regex($"/card-service/cards/{fresh}$"));
            await Assertions.Expect(Notice(page)).ToContainTextAsync(T("The card {0} is replaced by {1}; its number is blocked for good. Card fee {2} received.", old, fresh, "20.00"));

            step = "the balance is on the new card; the purse follows after the settlement window";
            await AssertBalanceAsync(page, "Card account", "260.00");
            await AssertBalanceAsync(page, "Purse (as last known)", "0.00");
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} new card page"));
            site.Clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));
            await BrowserSignIn.SignInAsync(page, outlet, login, Password);
            await page.GotoAsync($"/card-service/cards/{fresh}");
            await AssertBalanceAsync(page, "Card account", "300.00");
            await Assertions.Expect(page.Locator("#replacement-purse")).ToContainTextAsync("40.00");
            await page.GotoAsync($"/card-service/cards/{old}");
            await Assertions.Expect(page.Locator("#card-status")).ToHaveTextAsync(T("Replaced"));
            await AssertBalanceAsync(page, "Card account", "0.00");
        }
        catch (Exception e)
        {
            var shot = await BrowserFixture.SaveScreenshotAsync(page, $"card-service-walk-{locale}-{step}");
            throw new Xunit.Sdk.XunitException($"Failed at step '{step}' ({locale}; screenshot {shot}): {e.Message}");
        }

        Assert.True(violations.Count == 0, $"{violations.Count} axe violations:\n" + string.Join("\n", violations));
        var verify = await (await site.App.AdminApiClientAsync()).GetFromJsonAsync<JsonElement>("/api/ledger/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean(), verify.ToString());
    }

    /// <summary>
    /// Through the API: an outlet with an operator; single-user cards <paramref name="serial"/> and the next one in the operator's
    /// drawer; the first issued to a new customer, 300.00 topped up onto it and 40.00 of it loaded onto the purse (as a completed
    /// load leaves it). Answers the outlet, the login and the customer's ID number.
    /// </summary>
    private async Task<(string Outlet, string Login, string IdNumber)> SeedAsync(int serial)
    {
        var outlet = await site.App.CreateOutletAsync(name: "天河北网点");
        var login = await site.App.CreateOperatorAsync(outlet, Password, "Outlet operator");
        var admin = await site.App.AdminApiClientAsync();
        var desk = await site.App.ApiClientAsync(outlet, login, Password);
        var numbers = new[] { new { first = Number(serial), last = Number(serial + 1) } };
        await CreatedAsync(admin.PostAsJsonAsync("/api/card-stock/ranges", new { product = "SINGLE", numbers[0].first, numbers[0].last }));
        var request = await CreatedAsync(desk.PostAsJsonAsync("/api/card-stock/requests", new { product = "SINGLE", quantity = 2 }));
        await CreatedAsync(admin.PostAsJsonAsync($"/api/card-stock/requests/{request.GetProperty("id").GetGuid()}/ship", new { numbers }));
        await CreatedAsync(desk.PostAsJsonAsync("/api/card-stock/receive", new { product = "SINGLE", numbers }));
        await CreatedAsync(desk.PostAsJsonAsync("/api/card-stock/take", new { product = "SINGLE", numbers }));
        var idNumber = "91440101MA59" + Random.Shared.Next(100000, 999999);
        await CreatedAsync(desk.PostAsJsonAsync("/api/cards/issue", new
        {
            newCustomer = new { type = "Company", name = "广州天河车队有限公司", idType = "BusinessLicence", idNumber, phone = "02038880000" },
            product = "SINGLE", card = new { number = Number(serial), holderName = "王师傅" }, paymentMethod = "Cash",
        }));
        await CreatedAsync(desk.PostAsJsonAsync("/api/topups", new { card = Number(serial), amount = 300m, paymentMethod = "Cash" }));
        var load = await CreatedAsync(desk.PostAsJsonAsync("/api/loads", new { card = Number(serial), amount = 40m }));
        var completed = await desk.PostAsJsonAsync($"/api/loads/{load.GetProperty("id").GetGuid()}/complete", new { });
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());
        return (outlet, login, idNumber);
    }

    private async Task AssertBalanceAsync(IPage page, string row, string amount)
    {
        var balances = page.Locator("#card-balances");
        await Assertions.Expect(balances.GetByRole(AriaRole.Row, new() { Name = T(row) }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(amount);
    }

    private ILocator Notice(IPage page) => page.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = T("Close"), Exact = true }) }).First;

    private string T(string english, params object[] args)
    {
        var text = site.App.Services.GetRequiredService<AdminText>();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(_locale);
        try
        {
            return args.Length == 0 ? text[english].Value : text[english, args].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>The n-th card number of the setup recipe's single-user product (16 digits, prefix 9101, Luhn).</summary>
    private static string Number(int n) =>
        new CardNumbering(16, "9101", CheckDigitRule.Luhn).NumberOf(long.Parse("9101" + n.ToString("D11", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    private static async Task<JsonElement> CreatedAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
