using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Kernel.Localization;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Cards.Models;
using Admin.Tests.Infrastructure;
using Admin.Tests.Stations;
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
/// the settlement window the old purse's money is there too. Head office sees the lost card on the block list right after the
/// loss report; at the end a terminal (the station simulator) sends a grey purchase of the new card, which the operator un-greys
/// from the terminal's record, and head office's forced un-grey refuses the card (not an internal card). axe-core on every screen:
/// the card page, each task form, the refused replacement's error state, the block list, the un-grey form with the terminal's grey
/// record, the forced un-grey form and its refusal.
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
        var office = await browser.NewPageAsync(site.Url, locale);
        var violations = new List<string>();
        var version = await site.App.WithScopeAsync(sp => sp.GetRequiredService<IBlockList>().VersionAsync());
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

            step = "head office sees the lost card on the block list";
            await BrowserSignIn.SignInAsync(office, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
            await office.GotoAsync($"/card-service/block-list?since={version}");
            var blocked = office.Locator("#block-list tbody tr").Filter(new() { HasText = old });
            await Assertions.Expect(blocked).ToHaveCountAsync(1);
            await Assertions.Expect(blocked).ToContainTextAsync(T("Lost"));
            await Assertions.Expect(blocked).ToContainTextAsync(T("Yes"));
            violations.AddRange(await AxeCheck.ViolationsAsync(office, $"{locale} block list"));

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

            step = "a terminal sends a grey purchase of the new card; the operator un-greys it from the terminal's record";
            var terminal = await GreyPurchaseAsync(outlet, login, fresh);
            await page.GotoAsync($"/stations/un-grey?card={fresh}");
            await Assertions.Expect(page.Locator("#grey-records tbody tr")).ToHaveCountAsync(1);
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} un-grey with the terminal's grey record"));
            await page.Locator("#grey-records tbody tr a").ClickAsync();
            await Assertions.Expect(page.Locator("#Sequence")).ToHaveValueAsync("1");
            await Assertions.Expect(page.Locator("#TerminalId")).ToHaveValueAsync(terminal);
            await page.Locator("#un-grey-submit").ClickAsync();
            await page.WaitForURLAsync(new Regex("/stations/card-transactions"));
            await Assertions.Expect(Notice(page)).ToContainTextAsync(fresh);
            await Assertions.Expect(Notice(page)).ToContainTextAsync("30.00");
            await page.GotoAsync($"/card-service/cards/{fresh}");
            await AssertBalanceAsync(page, "Purse (as last known)", "20.00");

            step = "head office's forced un-grey refuses a card that is not internal";
            await BrowserSignIn.SignInAsync(office, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
            await office.GotoAsync($"/stations/forced-un-grey?card={fresh}");
            violations.AddRange(await AxeCheck.ViolationsAsync(office, $"{locale} forced un-grey form"));
            await office.Locator("#TerminalId").FillAsync(terminal);
            await office.Locator("#Sequence").FillAsync("2");
            await office.Locator("#Reason").FillAsync("pump fault");
            await office.Locator("#forced-un-grey-submit").ClickAsync();
            await Assertions.Expect(office.GetByRole(AriaRole.Alert).First).ToContainTextAsync(fresh);
            Assert.Contains("/stations/forced-un-grey", office.Url);
            violations.AddRange(await AxeCheck.ViolationsAsync(office, $"{locale} forced un-grey refused"));
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

    /// <summary>
    /// Through the API: 50.00 loaded onto <paramref name="card"/>'s purse, a terminal of the outlet's station registered and a gateway
    /// client; the station simulator sends a signed batch with a grey purchase of 30.00 (sequence 1). Answers the terminal's id.
    /// </summary>
    private async Task<string> GreyPurchaseAsync(string outlet, string login, string card)
    {
        var desk = await site.App.ApiClientAsync(outlet, login, Password);
        var load = await CreatedAsync(desk.PostAsJsonAsync("/api/loads", new { card, amount = 50m }));
        var completed = await desk.PostAsJsonAsync($"/api/loads/{load.GetProperty("id").GetGuid()}/complete", new { });
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());
        var admin = await site.App.AdminApiClientAsync();
        var id = "T" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant();
        var registered = await CreatedAsync(admin.PostAsJsonAsync("/api/terminals", new { terminalId = id, stationCode = "S" + id[1..5], stationName = "天河北加油站", outlet }));
        var clientId = "walk-" + Guid.NewGuid().ToString("N")[..8];
        var client = await CreatedAsync(admin.PostAsJsonAsync("/api/clients", new { clientId, displayName = "Walk gateway", kind = "System", scopes = new[] { "Stations.Gateway" }, redirectUris = Array.Empty<string>() }));
        var token = await site.App.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = client.GetProperty("clientSecret").GetString()!,
        }));
        var gateway = site.App.CreateClient();
        gateway.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        var station = new StationSimulator(id, registered.GetProperty("key").GetString()!);
        var sent = await station.SendAsync(gateway, station.Batch([station.Purchase(card, 30m, grey: true, balanceAfter: 20m)]));
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
        return id;
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
