using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Admin.Modules.InvoiceTitles.Models;
using Admin.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for this class (a fresh SQLite database behind Kestrel).</summary>
public sealed class InvoiceTitleSiteFixture : RealSite;

/// <summary>
/// Issue 6's browser test: an operator adds a title with a mistyped credit code, reads the message, fixes the code and makes
/// the new title the customer's default.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InvoiceTitleScreensTests(BrowserFixture browser, InvoiceTitleSiteFixture site) : IClassFixture<InvoiceTitleSiteFixture>
{
    [Fact]
    public async Task Operator_FixesAMistypedCreditCode_ThenMakesTheTitleTheDefault()
    {
        var api = await site.App.AdminApiClientAsync();
        var customer = await api.PostAsJsonAsync("/api/customers", new { type = "Company", name = "广州天河卡务有限公司", idType = "Other", idNumber = "GZTH0001", outlet = AdminAppFactory.HeadOffice });
        var customerId = (await customer.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        var first = await api.PostAsJsonAsync($"/api/customers/{customerId}/invoice-titles", new { type = "Individual", buyerName = "王五" });
        Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());

        const string body = "91440106MA59C3XK8";
        var good = body + CreditCode.CheckCharacter(body);
        var mistyped = body + (good[17] == 'A' ? 'B' : 'A');
        var page = await browser.NewPageAsync(site.Url);
        var step = "start";
        try
        {
            step = "sign in";
            await BrowserSignIn.SignInAsync(page, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
            await page.WaitForURLAsync(site.Url + "/");

            step = "add a title with a mistyped code";
            await page.GotoAsync($"/counter/customers/{customerId}/invoice-titles");
            await page.Locator("#add-title").ClickAsync();
            await page.GetByLabel("Title type").SelectOptionAsync("Company");
            await page.GetByLabel("Buyer name (title)").FillAsync("广州天河卡务有限公司");
            await page.GetByLabel("Taxpayer number").FillAsync(mistyped);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

            step = "read the message";
            await Assertions.Expect(page.Locator(".ta-validation-summary")).ToContainTextAsync("check character");
            await Assertions.Expect(page.Locator("#TaxpayerNumber")).ToHaveValueAsync(mistyped);
            await Assertions.Expect(page.GetByLabel("Buyer name (title)")).ToHaveValueAsync("广州天河卡务有限公司");

            step = "fix it";
            await page.GetByLabel("Taxpayer number").FillAsync(good);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await page.WaitForURLAsync(new Regex($"/counter/customers/{customerId}/invoice-titles$"));
            var row = page.Locator("#titles tbody tr", new() { HasText = good });
            await Assertions.Expect(row).ToHaveCountAsync(1);

            step = "make it the default";
            await row.Locator("[data-make-default]").ClickAsync();
            await page.WaitForURLAsync(new Regex($"/counter/customers/{customerId}/invoice-titles$"));
            await Assertions.Expect(page.Locator("#titles tbody tr", new() { HasText = good }).Locator("[data-default]")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#titles [data-default]")).ToHaveCountAsync(1);
        }
        catch
        {
            await BrowserFixture.SaveScreenshotAsync(page, $"{nameof(Operator_FixesAMistypedCreditCode_ThenMakesTheTitleTheDefault)}-{step.Replace(' ', '-')}");
            throw;
        }
    }
}
