using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for the cheques' browser test (a fresh SQLite database behind Kestrel).</summary>
public sealed class ChequeSiteFixture : RealSite;

/// <summary>
/// Issue 5's browser test: an operator receives a cheque, records that it cleared, then that it bounced — a colleague
/// authorises the bounce in the review dialog — and finds it in 支票查询 with its whole history; the day journal shows it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChequeScreensBrowserTests(BrowserFixture browser, ChequeSiteFixture site) : IClassFixture<ChequeSiteFixture>
{
    private const string Password = "Counter2024ok";

    [Fact]
    public async Task Operator_ReceivesClearsAndBouncesACheque_ColleagueAuthorises_FoundInTheQueryWithItsHistory()
    {
        var outlet = await site.App.CreateOutletAsync(name: "天河网点");
        var maker = await site.App.CreateOperatorAsync(outlet, Password, "Outlet operator");
        var colleague = await site.App.CreateOperatorAsync(outlet, Password, "Outlet operator");
        var api = await site.App.ApiClientAsync(outlet, maker, Password);
        var created = await api.PostAsJsonAsync("/api/customers", new { type = "Individual", name = "李明", idType = "ResidentId", idNumber = "11010519491231002X", phone = "13800138001" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var customer = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var number = "88" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var page = await browser.NewPageAsync(site.Url);
        var step = "start";
        try
        {
            step = "operator signs in";
            await BrowserSignIn.SignInAsync(page, outlet, maker, Password);

            step = "find the customer in the one box";
            await page.GotoAsync("/cheques/receive");
            await page.Locator("#q").FillAsync("11010519491231002X");
            await page.Locator("#q").PressAsync("Enter");
            await Assertions.Expect(page.Locator("#selected-customer")).ToContainTextAsync(customer);

            step = "type the cheque";
            await page.Locator("#Number").FillAsync(number);
            await page.Locator("#Amount").FillAsync("1234.50");
            await Assertions.Expect(page.Locator("#total-capitals")).ToHaveTextAsync("壹仟贰佰叁拾肆元伍角整");
            await page.Locator("#DrawerName").FillAsync("广州林华贸易有限公司");
            await page.Locator("#DrawerBank").FillAsync("工商银行广州天河支行");
            await page.Locator("#DrawerBank").PressAsync("Enter");
            await page.WaitForURLAsync(new Regex("/cheques/[0-9a-f-]{36}$"));
            await Assertions.Expect(page.Locator("#cheque-status")).ToHaveTextAsync("Received");
            await Assertions.Expect(page.Locator("#cheque-receipt")).ToHaveTextAsync($"{outlet}-C000001");

            step = "the cheque clears, after a confirmation that names the amount and the customer";
            string? asked = null;
            EventHandler<IDialog> confirm = async (_, d) =>
            {
                asked = d.Message;
                await d.AcceptAsync();
            };

            page.Dialog += confirm;
            await page.Locator("#clear-submit").ClickAsync();
            await Assertions.Expect(page.Locator("#cheque-status")).ToHaveTextAsync("Cleared");
            page.Dialog -= confirm;
            Assert.Contains("1,234.50", asked);
            Assert.Contains(customer, asked);

            step = "the cheque bounces: the review dialog opens over the bounce form";
            await page.Locator("#Reason").SelectOptionAsync("InsufficientFunds");
            await page.Locator("#bounce-submit").ClickAsync();
            var dialog = page.Locator("#review-dialog");
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await Assertions.Expect(dialog).ToContainTextAsync($"bounce of cheque {number} of 1234.50 (cleared)");
            await Assertions.Expect(page.Locator("#Reason")).ToHaveValueAsync("InsufficientFunds");

            step = "a colleague authorises the bounce";
            await page.Locator("#review-login").FillAsync(colleague);
            await page.Locator("#review-password").FillAsync(Password);
            await page.Locator("#review-authorise").ClickAsync();
            await Assertions.Expect(page.Locator("#cheque-status")).ToHaveTextAsync("Bounced");
            await Assertions.Expect(page.Locator("#bounce-form")).ToHaveCountAsync(0);

            step = "find it in the cheque query";
            await page.GotoAsync("/cheques");
            await page.Locator("#number").FillAsync(number);
            await page.Locator("#number").PressAsync("Enter");
            await Assertions.Expect(page.Locator("#cheques")).ToContainTextAsync($"{outlet}-C000001");
            await page.Locator("#cheques a").First.ClickAsync();

            step = "its history: received, cleared, bounced with the colleague's review";
            var history = page.Locator("#cheque-history");
            await Assertions.Expect(history.Locator("tbody tr")).ToHaveCountAsync(3);
            await Assertions.Expect(history.Locator("tr[data-kind='Receive']")).ToContainTextAsync(maker);
            await Assertions.Expect(history.Locator("tr[data-kind='Clear']")).ToContainTextAsync("1,234.50");
            await Assertions.Expect(history.Locator("tr[data-kind='Bounce']")).ToContainTextAsync(colleague);
            await Assertions.Expect(history.Locator("tr[data-kind='Bounce']")).ToContainTextAsync("-1,234.50");

            step = "the day journal lists the three; the bounced cheque is not counted as money held";
            await page.GotoAsync("/counter/journal");
            await Assertions.Expect(page.Locator("#journal tbody tr")).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("#journal-takings")).ToHaveTextAsync("0.00");
            await Assertions.Expect(page.Locator("#journal-not-held")).ToContainTextAsync("1,234.50");
        }
        catch
        {
            await BrowserFixture.SaveScreenshotAsync(page, $"{nameof(Operator_ReceivesClearsAndBouncesACheque_ColleagueAuthorises_FoundInTheQueryWithItsHistory)}-{step.Replace(' ', '-').Replace(':', '-')}");
            throw;
        }
    }
}
