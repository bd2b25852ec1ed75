using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for the counter's browser test (a fresh SQLite database behind Kestrel).</summary>
public sealed class CounterSiteFixture : RealSite;

/// <summary>
/// Issue 4's browser test: an operator waives a card cost fee, the review dialog opens over the unchanged form, a colleague
/// of the same outlet authorises it, the receipt shows; then the auditor finds the authorisation and verifies the chains.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CounterReviewScreensTests(BrowserFixture browser, CounterSiteFixture site) : IClassFixture<CounterSiteFixture>
{
    private const string Password = "Counter2024ok";

    [Fact]
    public async Task Operator_WaivesCardCostFee_ColleagueAuthorisesInTheDialog_ReceiptShows()
    {
        var outlet = await site.App.CreateOutletAsync(name: "越秀网点");
        var maker = await site.App.CreateOperatorAsync(outlet, Password, "Outlet operator");
        var colleague = await site.App.CreateOperatorAsync(outlet, Password, "Outlet operator");
        var api = await site.App.ApiClientAsync(outlet, maker, Password);
        var created = await api.PostAsJsonAsync("/api/customers", new { type = "Individual", name = "王芳", idType = "ResidentId", idNumber = "11010519491231002X", phone = "13800138000" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var customer = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;

        var page = await browser.NewPageAsync(site.Url);
        var step = "start";
        try
        {
            step = "operator signs in";
            await BrowserSignIn.SignInAsync(page, outlet, maker, Password);

            step = "find the customer by ID number in the one box";
            await page.GotoAsync("/counter/fees");
            await page.Locator("#q").FillAsync("11010519491231002X");
            await page.Locator("#q").PressAsync("Enter");
            await Assertions.Expect(page.Locator("#selected-customer")).ToContainTextAsync(customer);

            step = "one card, the fee waived";
            var card = page.Locator("tr[data-fee='CARD']");
            await card.Locator("[data-quantity]").FillAsync("1");
            await Assertions.Expect(card.Locator("[data-amount]")).ToHaveValueAsync("20.00");
            await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync("20.00");
            await Assertions.Expect(page.Locator("#total-capitals")).ToHaveTextAsync("贰拾元整");
            await card.Locator("[data-amount]").FillAsync("0.00");
            await Assertions.Expect(page.Locator("#total-capitals")).ToHaveTextAsync("零元整");
            await page.Locator("#collect-submit").ClickAsync();

            step = "the review dialog opens over the unchanged form";
            var dialog = page.Locator("#review-dialog");
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await Assertions.Expect(dialog).ToContainTextAsync("collected 0.00, schedule 20.00: card cost fee");
            await Assertions.Expect(page.Locator("tr[data-fee='CARD'] [data-amount]")).ToHaveValueAsync("0.00");
            await Assertions.Expect(page.Locator("#review-login")).ToBeFocusedAsync();

            step = "the maker cannot authorise their own waiver";
            await page.Locator("#review-login").FillAsync(maker);
            await page.Locator("#review-password").FillAsync(Password);
            await page.Locator("#review-authorise").ClickAsync();
            await Assertions.Expect(page.Locator("#review-dialog-refusal")).ToBeVisibleAsync();

            step = "a colleague of the same outlet authorises";
            await page.Locator("#review-login").FillAsync(colleague);
            await page.Locator("#review-password").FillAsync(Password);
            await page.Locator("#review-authorise").ClickAsync();
            await page.WaitForURLAsync(new Regex("/counter/collections/"));

            step = "the receipt shows";
            await Assertions.Expect(page.Locator("#receipt-number")).ToHaveTextAsync($"{outlet}-000001");
            await Assertions.Expect(page.Locator("#receipt-reviewer")).ToHaveTextAsync(colleague);
            await Assertions.Expect(page.Locator("#receipt-capitals")).ToHaveTextAsync("零元整");
            await Assertions.Expect(page.Locator("#next-customer")).ToBeVisibleAsync();

            step = "the auditor finds the record";
            var auditor = await site.App.CreateOperatorAsync(AdminAppFactory.HeadOffice, Password, "Auditor");
            await page.Locator("form.ta-signout button").ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/login"));
            await BrowserSignIn.SignInAsync(page, AdminAppFactory.HeadOffice, auditor, Password);
            await page.GotoAsync($"/admin/reviews/log?outlet={outlet}");
            await Assertions.Expect(page.Locator("#authorisations")).ToContainTextAsync(colleague);
            await Assertions.Expect(page.Locator("#authorisations")).ToContainTextAsync(maker);
            await page.Locator("#authorisations a").First.ClickAsync();
            await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("20.00");
            await Assertions.Expect(page.Locator("#hash-matches")).ToBeVisibleAsync();

            step = "the auditor verifies the chains";
            await page.GotoAsync($"/admin/reviews/log?outlet={outlet}");
            await page.Locator("#verify-chains").ClickAsync();
            await Assertions.Expect(page.Locator("#verification")).ToContainTextAsync("intact");
            await Assertions.Expect(page.Locator("#chains")).ToContainTextAsync(outlet);
        }
        catch
        {
            await BrowserFixture.SaveScreenshotAsync(page, $"{nameof(Operator_WaivesCardCostFee_ColleagueAuthorisesInTheDialog_ReceiptShows)}-{step.Replace(' ', '-')}");
            throw;
        }
    }
}
