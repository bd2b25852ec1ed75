using Admin.Kernel.Settings;
using Admin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for this class, with the simulated card reader on (as in the demo recipe).</summary>
public sealed class CardReaderSiteFixture : RealSite;

/// <summary>
/// Issue 17's card reader: the card-number input's "Read card" button reads the card in the (simulated) reader into the field,
/// says so when no card is in the reader, and appends to a stock task's list of numbers.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CardReaderBrowserTests(BrowserFixture browser, CardReaderSiteFixture site) : IClassFixture<CardReaderSiteFixture>
{
    [Fact]
    public async Task ReadCard_WithTheSimulatedReader_PutsTheNumberIntoTheField()
    {
        await site.App.WithScopeAsync(async sp =>
            Assert.True((await sp.GetRequiredService<SystemSettings>().SetAsync("Cards.SimulatedReader", "true", null, "test")).Succeeded));
        var page = await browser.NewPageAsync(site.Url);
        var step = "start";
        try
        {
            step = "sign in and open the card query";
            await BrowserSignIn.SignInAsync(page, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
            await page.GotoAsync("/admin/cards");
            var field = page.Locator("#number");
            var status = page.Locator("#number-reader-status");

            step = "no card in the reader";
            await page.Locator("[data-card-read='number']").ClickAsync();
            await Assertions.Expect(status).ToHaveTextAsync("No card in the reader.");
            await Assertions.Expect(field).ToHaveValueAsync("");

            step = "place a card and read it";
            await page.Locator("[data-card-field='number'] details summary").ClickAsync();
            await page.GetByLabel("Card in the reader").FillAsync("9101000000000017");
            await page.GetByLabel("Purse (CNY)").FillAsync("120.50");
            await page.GetByRole(AriaRole.Button, new() { Name = "Place card" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Read card" }).ClickAsync();
            await Assertions.Expect(field).ToHaveValueAsync("9101000000000017");
            await Assertions.Expect(status).ToHaveTextAsync("Card 9101000000000017 read.");
            await Assertions.Expect(field).ToBeFocusedAsync();
            Assert.Equal(120.50, await page.EvaluateAsync<double>("AdminCardReader.readPurse().then(r => r.balance)"));

            step = "the read number is submitted like a typed one";
            await field.PressAsync("Enter");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("There is no such card.");
            await Assertions.Expect(page.Locator("#number")).ToHaveValueAsync("9101000000000017");

            step = "a stock task's list gets each read card as a new line";
            await page.GotoAsync("/admin/card-stock/receive");
            await page.Locator("[data-card-read='Numbers']").ClickAsync();
            await Assertions.Expect(page.Locator("#Numbers")).ToHaveValueAsync("9101000000000017");
            await page.EvaluateAsync("AdminCardReader.simulator.place('9101000000000025', 0)");
            await page.Locator("[data-card-read='Numbers']").ClickAsync();
            await Assertions.Expect(page.Locator("#Numbers")).ToHaveValueAsync("9101000000000017\n9101000000000025");
        }
        catch (Exception)
        {
            var shot = await BrowserFixture.SaveScreenshotAsync(page, "card-reader-" + step);
            throw new Xunit.Sdk.XunitException($"Failed at step '{step}' (screenshot {shot}).");
        }
    }
}
